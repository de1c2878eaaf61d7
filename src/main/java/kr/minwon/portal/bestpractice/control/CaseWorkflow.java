package kr.minwon.portal.bestpractice.control;

import static kr.minwon.portal.bestpractice.entity.CaseStatus.APPROVED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.ARCHIVED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.DRAFT;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.IN_REVIEW;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.PUBLISHED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.REJECTED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.RESUBMITTED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.REVISION_REQUESTED;
import static kr.minwon.portal.bestpractice.entity.CaseStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.platform.text.Texts;

/**
 * The case workflow as a table: for each action, who may take it, from which states, and where it leads. Assigning the
 * first reviewer starts the review, so the author can recall a case only while nobody reviews it yet. The decision
 * (approve with a grade, reject) and the publication are separate moves by separate people.
 */
public final class CaseWorkflow {

    private record Rule(Set<CaseStatus> from, Predicate<Actor> who, String whoText, Target to) {}

    /** Where an action leads, which for a few actions depends on the state it starts from. */
    @FunctionalInterface
    private interface Target {
        CaseStatus from(CaseStatus current);
    }

    private static final Predicate<Actor> MANAGER = Actor::unitManager;
    private static final Predicate<Actor> REVIEWER = Actor::assignedReviewer;
    private static final Predicate<Actor> ADMIN = Actor::admin;

    private static final Map<CaseAction, Rule> RULES = Map.ofEntries(
            Map.entry(
                    CaseAction.EDIT,
                    new Rule(EnumSet.of(DRAFT, REVISION_REQUESTED), MANAGER, "cases.who.manager", s -> s)),
            Map.entry(CaseAction.SUBMIT, new Rule(EnumSet.of(DRAFT), MANAGER, "cases.who.manager", s -> SUBMITTED)),
            Map.entry(CaseAction.RECALL, new Rule(EnumSet.of(SUBMITTED), MANAGER, "cases.who.manager", s -> DRAFT)),
            Map.entry(
                    CaseAction.ASSIGN_REVIEWER,
                    new Rule(
                            EnumSet.of(SUBMITTED, IN_REVIEW, RESUBMITTED),
                            ADMIN,
                            "cases.who.admin",
                            s -> s == SUBMITTED ? IN_REVIEW : s)),
            Map.entry(
                    CaseAction.SCORE,
                    new Rule(EnumSet.of(IN_REVIEW, RESUBMITTED), REVIEWER, "cases.who.reviewer", s -> s)),
            Map.entry(
                    CaseAction.REQUEST_REVISION,
                    new Rule(
                            EnumSet.of(IN_REVIEW, RESUBMITTED),
                            REVIEWER,
                            "cases.who.reviewer",
                            s -> REVISION_REQUESTED)),
            Map.entry(
                    CaseAction.RESUBMIT,
                    new Rule(EnumSet.of(REVISION_REQUESTED), MANAGER, "cases.who.manager", s -> RESUBMITTED)),
            Map.entry(
                    CaseAction.APPROVE,
                    new Rule(EnumSet.of(IN_REVIEW, RESUBMITTED), REVIEWER, "cases.who.reviewer", s -> APPROVED)),
            Map.entry(
                    CaseAction.REJECT,
                    new Rule(EnumSet.of(IN_REVIEW, RESUBMITTED), REVIEWER, "cases.who.reviewer", s -> REJECTED)),
            Map.entry(CaseAction.CONFIRM_GRADE, new Rule(EnumSet.of(APPROVED), ADMIN, "cases.who.admin", s -> s)),
            Map.entry(
                    CaseAction.PUBLISH,
                    new Rule(EnumSet.of(APPROVED), a -> a.admin() || a.system(), "cases.who.admin", s -> PUBLISHED)),
            Map.entry(
                    CaseAction.SCHEDULE_PUBLICATION, new Rule(EnumSet.of(APPROVED), ADMIN, "cases.who.admin", s -> s)),
            Map.entry(
                    CaseAction.ARCHIVE,
                    new Rule(EnumSet.of(PUBLISHED, REJECTED), ADMIN, "cases.who.admin", s -> ARCHIVED)));

    private CaseWorkflow() {}

    /** The state {@code action} leads to from {@code current}, or why it may not be taken. */
    public static CaseStatus next(CaseStatus current, CaseAction action, Actor actor) {
        Rule rule = RULES.get(action);
        if (!rule.who().test(actor)) {
            throw new TransitionRefused(
                    current,
                    action,
                    TransitionRefused.Why.NOT_ALLOWED_FOR_ACTOR,
                    Texts.t("cases.msg.onlyWho", Texts.t(rule.whoText())));
        }
        if (!rule.from().contains(current)) {
            throw new TransitionRefused(
                    current,
                    action,
                    TransitionRefused.Why.WRONG_STATE,
                    Texts.t("cases.msg.notInState", korean(current)));
        }
        return rule.to().from(current);
    }

    public static boolean allows(CaseStatus current, CaseAction action, Actor actor) {
        Rule rule = RULES.get(action);
        return rule.who().test(actor) && rule.from().contains(current);
    }

    /** The states an action may start from (for the tests and the screens' buttons). */
    public static Set<CaseStatus> startingStates(CaseAction action) {
        return EnumSet.copyOf(RULES.get(action).from());
    }

    public static String korean(CaseStatus s) {
        return switch (s) {
            case DRAFT -> Texts.t("bestpractice.msg.CaseWorkflow.9");
            case SUBMITTED -> Texts.t("bestpractice.msg.CaseWorkflow.8");
            case IN_REVIEW -> Texts.t("bestpractice.msg.CaseWorkflow.7");
            case REVISION_REQUESTED -> Texts.t("bestpractice.msg.CaseWorkflow.6");
            case RESUBMITTED -> Texts.t("bestpractice.msg.CaseWorkflow.5");
            case APPROVED -> Texts.t("bestpractice.msg.CaseWorkflow.4");
            case REJECTED -> Texts.t("bestpractice.msg.CaseWorkflow.3");
            case PUBLISHED -> Texts.t("bestpractice.msg.CaseWorkflow.2");
            case ARCHIVED -> Texts.t("bestpractice.msg.CaseWorkflow.1");
        };
    }
}
