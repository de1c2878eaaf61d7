package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlinePropertiesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    @Provide
    Arbitrary<LocalDateTime> receipts() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3 * 365 - 60),
                        Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> LocalDateTime.of(FIRST.plusDays(day), LocalTime.ofSecondOfDay(minute * 60L)));
    }

    @Provide
    Arbitrary<LegalPeriod> periods() {
        return Arbitraries.oneOf(
                Arbitraries.just(LegalPeriod.immediate()),
                Arbitraries.integers().between(1, 40).map(LegalPeriod::hours),
                Arbitraries.integers().between(1, 30).map(LegalPeriod::days),
                Arbitraries.integers().between(1, 4).map(n -> new LegalPeriod(n, PeriodUnit.WEEK)),
                Arbitraries.integers().between(1, 3).map(n -> new LegalPeriod(n, PeriodUnit.MONTH)));
    }

    @Provide
    Arbitrary<ClockStop> stops() {
        return Combinators.combine(
                        Arbitraries.of(StopReason.class),
                        receipts(),
                        Arbitraries.integers().between(0, 20 * 24 * 60))
                .as((reason, from, minutes) -> new ClockStop(reason, from, from.plusMinutes(minutes)));
    }

    @Property
    void aDeadlineLiesInWorkingTimeOrAtTheEndOfABlock(
            @ForAll("receipts") LocalDateTime received, @ForAll("periods") LegalPeriod period) {
        LocalDateTime deadline = CALCULATOR.compute(received, period).deadline();
        assertThat(CALENDAR.isWorkingTime(deadline) || endsABlock(deadline))
                .as(deadline.toString())
                .isTrue();
    }

    @Property
    void aClockStopNeverMakesADeadlineEarlier(
            @ForAll("receipts") LocalDateTime received,
            @ForAll("periods") LegalPeriod period,
            @ForAll("stops") ClockStop stop) {
        LocalDateTime without = CALCULATOR.compute(received, period).deadline();
        LocalDateTime with =
                CALCULATOR.compute(received, period, List.of(stop), List.of()).deadline();
        assertThat(with).isAfterOrEqualTo(without);
    }

    @Property
    void aLaterReceiptNeverGivesAnEarlierDeadline(
            @ForAll("receipts") LocalDateTime received,
            @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int laterBy,
            @ForAll("periods") LegalPeriod period) {
        LocalDateTime earlier = CALCULATOR.compute(received, period).deadline();
        LocalDateTime later =
                CALCULATOR.compute(received.plusMinutes(laterBy), period).deadline();
        assertThat(later).isAfterOrEqualTo(earlier);
    }

    @Property
    void anHourCountedPeriodGetsExactlyItsWorkingMinutes(
            @ForAll("receipts") LocalDateTime received, @ForAll @IntRange(min = 1, max = 5) int days) {
        Deadline deadline = CALCULATOR.compute(received, LegalPeriod.days(days));
        assertThat(CALENDAR.workingMinutesBetween(received, deadline.deadline()))
                .isEqualTo(days * 480L);
        assertThat(deadline.remainingMinutes(deadline.deadline())).isZero();
    }

    @Property
    void theRemainingTimeRunsFromAllowedToZeroAtTheDeadline(
            @ForAll("receipts") LocalDateTime received,
            @ForAll("periods") LegalPeriod period,
            @ForAll("stops") ClockStop stop) {
        Deadline deadline = CALCULATOR.compute(received, period, List.of(stop), List.of());
        assertThat(deadline.remainingMinutes(deadline.deadline())).isZero();
        assertThat(deadline.remainingMinutes(received)).isEqualTo(deadline.allowedMinutes());
    }

    private static boolean endsABlock(LocalDateTime instant) {
        return CALENDAR.isWorkingDay(instant.toLocalDate())
                && CALENDAR.hours().blocks().stream()
                        .anyMatch(block -> block.end().equals(instant.toLocalTime()));
    }
}
