package kr.minwon.portal.mileage.control;

import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.entity.Outcome;

/**
 * What scoring needs to know of a completed petition, all net of clock stops as the deadline engine measured them.
 *
 * @param legalDays  the legal period in days (hour-mode periods: working minutes ÷ 480, one decimal)
 * @param usedDays   the time used in the same unit
 * @param eligibleType whether the petition's type takes part in mileage at all
 */
public record PetitionFacts(String receiptNo, DeadlineMode mode, double legalDays, double usedDays, boolean compound,
        Outcome outcome, boolean eligibleType) {}
