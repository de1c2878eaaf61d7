package kr.minwon.portal.bestpractice.control;

import static kr.minwon.portal.bestpractice.entity.CaseStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseWorkflowTest {

    private static final Actor MANAGER = Actor.asManager();
    private static final Actor REVIEWER = Actor.asReviewer();
    private static final Actor ADMIN = Actor.asAdmin();
    private static final Actor NOBODY = Actor.asNobody();

    /** Every allowed move: action, the person, from, to. */
    private static final List<Object[]> ALLOWED = List.of(
            new Object[] {CaseAction.EDIT, MANAGER, DRAFT, DRAFT},
            new Object[] {CaseAction.EDIT, MANAGER, REVISION_REQUESTED, REVISION_REQUESTED},
            new Object[] {CaseAction.SUBMIT, MANAGER, DRAFT, SUBMITTED},
            new Object[] {CaseAction.RECALL, MANAGER, SUBMITTED, DRAFT},
            new Object[] {CaseAction.ASSIGN_REVIEWER, ADMIN, SUBMITTED, IN_REVIEW},
            new Object[] {CaseAction.ASSIGN_REVIEWER, ADMIN, IN_REVIEW, IN_REVIEW},
            new Object[] {CaseAction.ASSIGN_REVIEWER, ADMIN, RESUBMITTED, RESUBMITTED},
            new Object[] {CaseAction.SCORE, REVIEWER, IN_REVIEW, IN_REVIEW},
            new Object[] {CaseAction.SCORE, REVIEWER, RESUBMITTED, RESUBMITTED},
            new Object[] {CaseAction.REQUEST_REVISION, REVIEWER, IN_REVIEW, REVISION_REQUESTED},
            new Object[] {CaseAction.REQUEST_REVISION, REVIEWER, RESUBMITTED, REVISION_REQUESTED},
            new Object[] {CaseAction.RESUBMIT, MANAGER, REVISION_REQUESTED, RESUBMITTED},
            new Object[] {CaseAction.APPROVE, REVIEWER, IN_REVIEW, APPROVED},
            new Object[] {CaseAction.APPROVE, REVIEWER, RESUBMITTED, APPROVED},
            new Object[] {CaseAction.REJECT, REVIEWER, IN_REVIEW, REJECTED},
            new Object[] {CaseAction.REJECT, REVIEWER, RESUBMITTED, REJECTED},
            new Object[] {CaseAction.CONFIRM_GRADE, ADMIN, APPROVED, APPROVED},
            new Object[] {CaseAction.PUBLISH, ADMIN, APPROVED, PUBLISHED},
            new Object[] {CaseAction.PUBLISH, Actor.SYSTEM, APPROVED, PUBLISHED},
            new Object[] {CaseAction.SCHEDULE_PUBLICATION, ADMIN, APPROVED, APPROVED},
            new Object[] {CaseAction.ARCHIVE, ADMIN, PUBLISHED, ARCHIVED},
            new Object[] {CaseAction.ARCHIVE, ADMIN, REJECTED, ARCHIVED});

    static Stream<Arguments> allowed() {
        return ALLOWED.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{1} may {0} from {2} to {3}")
    @MethodSource("allowed")
    void allowedMovesLeadWhereTheWorkflowSays(CaseAction action, Actor actor, CaseStatus from, CaseStatus to) {
        assertThat(CaseWorkflow.next(from, action, actor)).isEqualTo(to);
        assertThat(CaseWorkflow.allows(from, action, actor)).isTrue();
    }

    /** Every (action, state) pair not in the table is refused for the right person, as the wrong state. */
    static Stream<Arguments> wrongStates() {
        List<Arguments> out = new ArrayList<>();
        Map<CaseAction, Actor> rightPerson = Map.ofEntries(
                Map.entry(CaseAction.EDIT, MANAGER),
                Map.entry(CaseAction.SUBMIT, MANAGER),
                Map.entry(CaseAction.RECALL, MANAGER),
                Map.entry(CaseAction.RESUBMIT, MANAGER),
                Map.entry(CaseAction.ASSIGN_REVIEWER, ADMIN),
                Map.entry(CaseAction.SCORE, REVIEWER),
                Map.entry(CaseAction.REQUEST_REVISION, REVIEWER),
                Map.entry(CaseAction.APPROVE, REVIEWER),
                Map.entry(CaseAction.REJECT, REVIEWER),
                Map.entry(CaseAction.CONFIRM_GRADE, ADMIN),
                Map.entry(CaseAction.PUBLISH, ADMIN),
                Map.entry(CaseAction.SCHEDULE_PUBLICATION, ADMIN),
                Map.entry(CaseAction.ARCHIVE, ADMIN));
        for (CaseAction action : CaseAction.values()) {
            Set<CaseStatus> ok = EnumSet.noneOf(CaseStatus.class);
            ALLOWED.stream().filter(r -> r[0] == action).forEach(r -> ok.add((CaseStatus) r[2]));
            for (CaseStatus s : CaseStatus.values()) {
                if (!ok.contains(s)) {
                    out.add(Arguments.of(action, rightPerson.get(action), s));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} from {2} is refused as the wrong state")
    @MethodSource("wrongStates")
    void movesFromOtherStatesAreRefused(CaseAction action, Actor actor, CaseStatus from) {
        assertThatThrownBy(() -> CaseWorkflow.next(from, action, actor))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.why()).isEqualTo(TransitionRefused.Why.WRONG_STATE);
                    assertThat(r.getMessage()).contains("현재 상태");
                });
        assertThat(CaseWorkflow.allows(from, action, actor)).isFalse();
    }

    /** Every allowed move is refused to every person the table does not name, before the state is looked at. */
    static Stream<Arguments> wrongPeople() {
        List<Actor> all = List.of(MANAGER, REVIEWER, ADMIN, NOBODY, Actor.SYSTEM);
        List<Arguments> out = new ArrayList<>();
        for (Object[] r : ALLOWED) {
            CaseAction action = (CaseAction) r[0];
            for (Actor a : all) {
                boolean named = ALLOWED.stream().anyMatch(x -> x[0] == action && x[1].equals(a));
                if (!named) {
                    out.add(Arguments.of(action, a, r[2]));
                }
            }
        }
        return out.stream().distinct();
    }

    @ParameterizedTest(name = "{1} may not {0} from {2}")
    @MethodSource("wrongPeople")
    void movesByTheWrongPersonAreRefused(CaseAction action, Actor actor, CaseStatus from) {
        assertThatThrownBy(() -> CaseWorkflow.next(from, action, actor))
                .isInstanceOfSatisfying(
                        TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.NOT_ALLOWED_FOR_ACTOR));
    }

    @Test
    void theAuthorCanRecallOnlyBeforeReviewStarts() {
        assertThat(CaseWorkflow.allows(SUBMITTED, CaseAction.RECALL, MANAGER)).isTrue();
        assertThat(CaseWorkflow.allows(IN_REVIEW, CaseAction.RECALL, MANAGER)).isFalse();
        assertThat(CaseWorkflow.allows(RESUBMITTED, CaseAction.RECALL, MANAGER)).isFalse();
    }

    @Test
    void aReviewerCanNeitherPublishNorEditAndAnAdminCannotDecide() {
        assertThat(CaseWorkflow.allows(APPROVED, CaseAction.PUBLISH, REVIEWER)).isFalse();
        assertThat(CaseWorkflow.allows(DRAFT, CaseAction.EDIT, REVIEWER)).isFalse();
        assertThat(CaseWorkflow.allows(IN_REVIEW, CaseAction.APPROVE, ADMIN)).isFalse();
        assertThat(CaseWorkflow.allows(IN_REVIEW, CaseAction.APPROVE, new Actor(true, false, true, false)))
                .isFalse();
    }

    @Test
    void theRevisionLoopCanTurnMoreThanOnce() {
        CaseStatus s = DRAFT;
        s = CaseWorkflow.next(s, CaseAction.SUBMIT, MANAGER);
        s = CaseWorkflow.next(s, CaseAction.ASSIGN_REVIEWER, ADMIN);
        for (int i = 0; i < 3; i++) {
            s = CaseWorkflow.next(s, CaseAction.REQUEST_REVISION, REVIEWER);
            s = CaseWorkflow.next(s, CaseAction.EDIT, MANAGER);
            s = CaseWorkflow.next(s, CaseAction.RESUBMIT, MANAGER);
        }
        s = CaseWorkflow.next(s, CaseAction.APPROVE, REVIEWER);
        s = CaseWorkflow.next(s, CaseAction.PUBLISH, Actor.SYSTEM);
        assertThat(CaseWorkflow.next(s, CaseAction.ARCHIVE, ADMIN)).isEqualTo(ARCHIVED);
    }

    @Test
    void everyStateHasAKoreanName() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(CaseWorkflow.korean(s)).isNotBlank();
        }
    }
}
