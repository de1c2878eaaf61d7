package kr.minwon.portal.petition.control;

import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.CALCULATOR;
import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeUsedTest {

    @Test
    void aDayPeriodCountsTheDayOfReceiptAndTheDayOfCompletion() {
        Deadline deadline = CALCULATOR.compute(at("2026-06-08T10:00"), LegalPeriod.days(7));
        assertThat(deadline.usedDays(at("2026-06-10T15:00"))).isEqualTo(3);
        assertThat(deadline.daysSaved(at("2026-06-10T15:00"))).isEqualTo(4);
    }

    @Test
    void aDayPeriodCompletedOnTheDayOfReceiptUsedOneDay() {
        Deadline deadline = CALCULATOR.compute(at("2026-06-08T10:00"), LegalPeriod.days(7));
        assertThat(deadline.usedDays(at("2026-06-08T11:00"))).isEqualTo(1);
    }

    @Test
    void wholeStoppedDaysAreNotTimeUsed() {
        ClockStop supplement = new ClockStop(StopReason.SUPPLEMENT, at("2026-06-09T10:00"), at("2026-06-09T17:00"));
        Deadline deadline =
                CALCULATOR.compute(at("2026-06-08T10:00"), LegalPeriod.days(7), List.of(supplement), List.of());
        assertThat(deadline.usedDays(at("2026-06-10T15:00"))).isEqualTo(2);
        assertThat(deadline.daysSaved(at("2026-06-10T15:00"))).isEqualTo(5);
    }

    @Test
    void anHourPeriodCountsWorkingHoursDividedByEightToOneDecimal() {
        Deadline deadline = CALCULATOR.compute(at("2026-06-08T10:00"), LegalPeriod.days(3));
        assertThat(deadline.usedDays(at("2026-06-09T12:00"))).isEqualTo(1.3);
        assertThat(deadline.daysSaved(at("2026-06-09T12:00"))).isEqualTo(1.7);
    }

    @Test
    void lateCompletionSavesNegativeDays() {
        Deadline deadline = CALCULATOR.compute(at("2026-06-08T10:00"), LegalPeriod.days(7));
        assertThat(deadline.daysSaved(at("2026-06-18T10:00"))).isEqualTo(-2);
        assertThat(deadline.isOverdueAt(at("2026-06-18T10:00"))).isTrue();
        assertThat(deadline.isOverdueAt(at("2026-06-16T18:00"))).isFalse();
    }
}
