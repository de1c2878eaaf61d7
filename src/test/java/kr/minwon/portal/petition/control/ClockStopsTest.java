package kr.minwon.portal.petition.control;

import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.CALCULATOR;
import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockStopsTest {

    private static Deadline compute(String received, LegalPeriod period, ClockStop... stops) {
        return CALCULATOR.compute(at(received), period, List.of(stops), List.of());
    }

    private static ClockStop stop(StopReason reason, String from, String to) {
        return new ClockStop(reason, at(from), at(to));
    }

    @Test
    void aSupplementExcludesBothTheDayItWasSentAndTheDayTheFilingArrived() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(7),
                stop(StopReason.SUPPLEMENT, "2026-06-10T15:00", "2026-06-12T10:00"));
        assertThat(deadline.legalDeadline()).isEqualTo(at("2026-06-16T18:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-19T18:00"));
    }

    @Test
    void aSupplementOnOneDayOfAnHourPeriodExcludesThatWholeDay() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(3),
                stop(StopReason.SUPPLEMENT, "2026-06-09T11:00", "2026-06-09T16:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-12T10:00"));
    }

    @Test
    void aHearingExcludesExactlyItsWorkingTime() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(3),
                stop(StopReason.HEARING, "2026-06-09T14:00", "2026-06-09T16:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-11T12:00"));
    }

    @Test
    void aPartDayStopInADayPeriodMovesTheDeadlineToTheEndOfTheNextDay() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(7),
                stop(StopReason.INSPECTION, "2026-06-09T14:00", "2026-06-09T16:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-17T18:00"));
        assertThat(deadline.remainingMinutes(deadline.deadline())).isZero();
    }

    @Test
    void aStopAfterTheDeadlineChangesNothing() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(1),
                stop(StopReason.HEARING, "2026-06-10T10:00", "2026-06-10T12:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-09T10:00"));
    }

    @Test
    void overlappingStopsCountTheirWorkingTimeOnce() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(3),
                stop(StopReason.HEARING, "2026-06-09T14:00", "2026-06-09T16:00"),
                stop(StopReason.INSPECTION, "2026-06-09T15:00", "2026-06-09T17:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-11T14:00"));
    }

    @Test
    void anOpenStopSuspendsTheDeadlineAndFreezesTheRemainingTime() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(3),
                ClockStop.open(StopReason.PREREQUISITE, at("2026-06-09T10:00")));
        assertThat(deadline.suspended()).isTrue();
        assertThat(deadline.isOverdueAt(at("2026-07-01T10:00"))).isFalse();
        assertThat(deadline.remainingMinutes(at("2026-06-09T10:00"))).isEqualTo(1440 - 480);
        assertThat(deadline.remainingMinutes(at("2026-06-30T10:00"))).isEqualTo(1440 - 480);
    }

    @Test
    void usedAndRemainingTimeAreNetOfStops() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(3),
                stop(StopReason.HEARING, "2026-06-09T14:00", "2026-06-09T16:00"));
        assertThat(deadline.usedMinutes(at("2026-06-09T18:00"))).isEqualTo(420 + 480 - 120);
        assertThat(deadline.remainingMinutes(at("2026-06-09T18:00"))).isEqualTo(1440 - 780);
        assertThat(deadline.usedMinutes(at("2026-06-08T08:00"))).isZero();
    }
}
