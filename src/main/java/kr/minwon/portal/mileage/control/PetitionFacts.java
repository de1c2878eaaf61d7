package kr.minwon.portal.mileage.control;

import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;

/**
 * What scoring needs to know of a completed petition, all as the deadline engine measured it: time used net of clock
 * stops, and the one lateness flag of the petition (approved after its deadline in force), which 준수율 and notices read
 * too.
 *
 * @param legalDays    the legal period in days (hour-mode periods: working minutes ÷ 480, one decimal)
 * @param usedDays     the time used in the same unit
 * @param eligibleType whether the petition's type takes part in mileage at all
 * @param onTime       approved no later than the deadline in force (extensions and stops applied)
 * @param lateDays     working days late against that deadline, a part of a day counting whole; 0 when on time
 */
public record PetitionFacts(
        String receiptNo,
        DeadlineMode mode,
        double legalDays,
        double usedDays,
        boolean compound,
        Outcome outcome,
        boolean eligibleType,
        boolean onTime,
        int lateDays) {

    public PetitionFacts {
        if (onTime ? lateDays != 0 : lateDays < 1) {
            throw new IllegalArgumentException("on time " + onTime + " with " + lateDays + " days late");
        }
    }

    /** The facts of a petition approved at {@code approvedAt}, as the deadline engine measures them. */
    public static PetitionFacts of(
            String receiptNo,
            Deadline deadline,
            LocalDateTime approvedAt,
            boolean compound,
            Outcome outcome,
            boolean eligibleType) {
        int late = deadline.lateDays(approvedAt);
        return new PetitionFacts(
                receiptNo,
                deadline.mode(),
                deadline.legalDays(),
                deadline.usedDays(approvedAt),
                compound,
                outcome,
                eligibleType,
                late == 0,
                late);
    }

    /**
     * Facts of a petition with no extension whose deadline is its legal period: late exactly when it used more than
     * that, by the whole days begun past it.
     */
    public static PetitionFacts unextended(
            String receiptNo,
            DeadlineMode mode,
            double legalDays,
            double usedDays,
            boolean compound,
            Outcome outcome,
            boolean eligibleType) {
        double over = Math.round((usedDays - legalDays) * 10) / 10.0;
        int late = over > 0 ? (int) Math.ceil(over - 1e-9) : 0;
        return new PetitionFacts(
                receiptNo, mode, legalDays, usedDays, compound, outcome, eligibleType, late == 0, late);
    }
}
