package kr.minwon.portal.petition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import kr.minwon.portal.platform.text.Texts;

/**
 * Who may set which facts of a petition (issue 13, "facts from the right people"), as pure rules.
 *
 * <p>The core system (API keys with a write scope, and the CSV imports) sets and back-fills facts, within what is
 * possible: a clock stop lies between receipt and approval, a completed petition has no open stop, an extension is
 * decided not before receipt, not in the future, not before the previous extension and not after the deadline in
 * force at that moment. Staff screens record what happens now: a stop starting no earlier than the start of the
 * previous working day, an extension before the deadline, a completion at the office clock's now. Anything else is a
 * correction (requested, then approved by someone else; see {@link CorrectionRules}).
 */
public final class FactRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** How far back a previous working day is looked for (the longest Korean holiday run is well inside). */
    private static final int MOST_DAYS_BACK = 31;

    private FactRules() {}

    /**
     * The earliest moment staff may record as happening "now": the working start of the last working day before
     * today ({@code isWorkingDay} from the office calendar; 09:00 with {@code dayStart} 09:00).
     */
    public static LocalDateTime staffWindowStart(
            LocalDateTime now, Predicate<LocalDate> isWorkingDay, java.time.LocalTime dayStart) {
        LocalDate day = now.toLocalDate().minusDays(1);
        for (int i = 0; i < MOST_DAYS_BACK && !isWorkingDay.test(day); i++) {
            day = day.minusDays(1);
        }
        return LocalDateTime.of(day, dayStart);
    }

    /** A stop as the core system may record it: within receipt..approval, closed if the petition is completed. */
    public static List<PetitionRules.Violation> coreStop(
            LocalDateTime receivedAt,
            LocalDateTime approvedAt,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            LocalDateTime now) {
        List<PetitionRules.Violation> v = new ArrayList<>();
        if (startedAt.isBefore(receivedAt)) {
            v.add(new PetitionRules.Violation("startedAt", Texts.t("petition.msg.stopAfterReceipt", show(receivedAt))));
        }
        if (startedAt.isAfter(now)) {
            v.add(new PetitionRules.Violation("startedAt", Texts.t("petition.msg.FactRules.5")));
        }
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            v.add(new PetitionRules.Violation("endedAt", Texts.t("petition.msg.PetitionClock.7")));
        } else if (endedAt != null && endedAt.isAfter(now)) {
            v.add(new PetitionRules.Violation("endedAt", Texts.t("petition.msg.FactRules.4")));
        }
        if (approvedAt != null) {
            if (!startedAt.isBefore(approvedAt)) {
                v.add(new PetitionRules.Violation(
                        "startedAt", Texts.t("petition.msg.stopStartsBeforeApproval", show(approvedAt))));
            }
            if (endedAt == null) {
                v.add(new PetitionRules.Violation("endedAt", Texts.t("petition.msg.FactRules.3")));
            } else if (endedAt.isAfter(approvedAt)) {
                v.add(new PetitionRules.Violation(
                        "endedAt", Texts.t("petition.msg.stopEndsBeforeApproval", show(approvedAt))));
            }
        }
        return v;
    }

    /**
     * A stop as staff may record it on a screen: on an open petition, starting (and ending) no earlier than
     * {@code windowStart}, not in the future.
     */
    public static List<PetitionRules.Violation> staffStop(
            boolean completed,
            LocalDateTime receivedAt,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            LocalDateTime now,
            LocalDateTime windowStart) {
        List<PetitionRules.Violation> v = new ArrayList<>();
        if (completed) {
            v.add(new PetitionRules.Violation("receiptNo", Texts.t("petition.msg.FactRules.2")));
            return v;
        }
        if (startedAt.isBefore(windowStart)) {
            v.add(new PetitionRules.Violation("startedAt", Texts.t("petition.msg.stopStartWindow", show(windowStart))));
        }
        if (endedAt != null && endedAt.isBefore(windowStart)) {
            v.add(new PetitionRules.Violation("endedAt", Texts.t("petition.msg.stopEndWindow", show(windowStart))));
        }
        v.addAll(coreStop(receivedAt, null, startedAt, endedAt, now));
        return v;
    }

    /**
     * When an extension may be decided: not before receipt, not in the future, not before the previous extension
     * and, unless the clock stood still then, not after the deadline in force at that moment.
     */
    public static List<PetitionRules.Violation> extensionDecision(
            LocalDateTime decidedAt,
            LocalDateTime receivedAt,
            LocalDateTime previousDecision,
            LocalDateTime deadlineInForce,
            boolean suspendedThen,
            LocalDateTime now) {
        List<PetitionRules.Violation> v = new ArrayList<>();
        if (decidedAt.isAfter(now)) {
            v.add(new PetitionRules.Violation("decidedAt", Texts.t("petition.msg.FactRules.1")));
        } else if (decidedAt.isBefore(receivedAt)) {
            v.add(new PetitionRules.Violation(
                    "decidedAt", Texts.t("petition.msg.extensionBeforeReceipt", show(receivedAt))));
        } else if (previousDecision != null && decidedAt.isBefore(previousDecision)) {
            v.add(new PetitionRules.Violation(
                    "decidedAt", Texts.t("petition.msg.extensionBeforePrevious", show(previousDecision))));
        } else if (!suspendedThen && decidedAt.isAfter(deadlineInForce)) {
            v.add(new PetitionRules.Violation(
                    "decidedAt", Texts.t("petition.msg.extensionAfterDeadline", show(deadlineInForce))));
        }
        return v;
    }

    /** Whether a changed stop is only its ending (what staff may record), the rest as it was. */
    public static boolean onlyEnds(
            StopReason oldReason,
            LocalDateTime oldStart,
            LocalDateTime oldEnd,
            StopReason reason,
            LocalDateTime startedAt,
            LocalDateTime endedAt) {
        return oldEnd == null && endedAt != null && oldReason == reason && Objects.equals(oldStart, startedAt);
    }

    public static String show(LocalDateTime t) {
        return t == null ? "" : SHOWN.format(t);
    }
}
