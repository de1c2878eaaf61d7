package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13 (7): how far the holiday table reaches, the provisional flag and the warning before it runs out. */
class HolidayCoverageTest {

    private static final WorkingCalendar BUNDLED = WorkingCalendar.bundled(WorkingHours.standard());

    @Test
    void theBundledHolidaysAreKnownThroughTheEndOf2027() {
        assertThat(BUNDLED.holidaysLoadedThrough()).contains(LocalDate.of(2027, 12, 31));
        assertThat(BUNDLED.isProvisional(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(BUNDLED.isProvisional(LocalDate.of(2025, 1, 2))).isFalse();
        assertThat(BUNDLED.isProvisional(LocalDate.of(2028, 1, 1))).isTrue();
        assertThat(BUNDLED.isProvisional(LocalDate.of(2030, 6, 3))).isTrue();
    }

    @Test
    void aCalendarWithoutHolidaysIsProvisionalEverywhere() {
        WorkingCalendar none = WorkingCalendar.of(List.of(), WorkingHours.standard());
        assertThat(none.holidaysLoadedThrough()).isEmpty();
        assertThat(none.isProvisional(LocalDate.of(2026, 3, 3))).isTrue();
    }

    @Test
    void aYearCountsAsLoadedOnlyOnceItReachesChristmas() {
        // an election announced ahead for 2028 does not make 2028's deadlines final
        WorkingCalendar withElection = BUNDLED.withHoliday(LocalDate.of(2028, 4, 12));
        assertThat(withElection.holidaysLoadedThrough()).contains(LocalDate.of(2027, 12, 31));
        assertThat(withElection.isProvisional(LocalDate.of(2028, 4, 12))).isTrue();
        // nor does a year typed in by hand up to November; 25 December completes it
        WorkingCalendar byHand =
                withElection.withHoliday(LocalDate.of(2028, 1, 1)).withHoliday(LocalDate.of(2028, 10, 3));
        assertThat(byHand.holidaysLoadedThrough()).contains(LocalDate.of(2027, 12, 31));
        assertThat(byHand.withHoliday(LocalDate.of(2028, 12, 25)).holidaysLoadedThrough())
                .contains(LocalDate.of(2028, 12, 31));
        assertThat(WorkingCalendar.holidaysCompleteThrough(List.of(LocalDate.of(2026, 1, 1))))
                .isEmpty();
    }

    @Test
    void theKnownRangeSurvivesOtherHoursAndCanBeNarrowed() {
        assertThat(BUNDLED.withHours(WorkingHours.lunchIncluded()).holidaysLoadedThrough())
                .contains(LocalDate.of(2027, 12, 31));
        assertThat(BUNDLED.withHolidaysThrough(LocalDate.of(2026, 12, 31)).isProvisional(LocalDate.of(2027, 3, 2)))
                .isTrue();
    }

    @Test
    void yearsPastTheTableComputeWithWeekendsOnlyInsteadOfThrowing() {
        // 2030-01-01 will be New Year's Day, 2030-02-04 will fall in 설날; neither is loaded, so both are working days
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2030, 1, 5)))
                .as("a Saturday")
                .isFalse();
        assertThat(BUNDLED.addWorkingDays(LocalDate.of(2030, 2, 1), 1)).isEqualTo(LocalDate.of(2030, 2, 4));
        assertThat(BUNDLED.addWorkingMinutes(LocalDateTime.of(2099, 12, 31, 17, 0), 60))
                .isEqualTo(LocalDateTime.of(2099, 12, 31, 18, 0));
    }

    @Test
    void adminsAreWarnedFromNinetyDaysBeforeTheTableEnds() {
        HolidayCoverage coverage = HolidayCoverage.of(BUNDLED);
        LocalDate end = LocalDate.of(2027, 12, 31);

        assertThat(coverage.warnsOn(end.minusDays(91))).isFalse();
        assertThat(coverage.warning(end.minusDays(91))).isEmpty();
        assertThat(coverage.warnsOn(end.minusDays(90))).isTrue();
        assertThat(coverage.warning(end.minusDays(90)))
                .hasValueSatisfying(w -> assertThat(w)
                        .isEqualTo(
                                "The holiday table ends on 2027-12-31 (90 days left): deadlines after it skip weekends only"
                                        + " and are provisional. Load the holidays of 2028."));
        assertThat(coverage.daysLeft(end.minusDays(90))).contains(90L);
        assertThat(coverage.warning(end.plusDays(3)))
                .hasValueSatisfying(w -> assertThat(w).startsWith("The holiday table ended on 2027-12-31:"));
        assertThat(new HolidayCoverage(Optional.empty()).warning(end))
                .hasValueSatisfying(w -> assertThat(w).startsWith("The holiday table is empty"));
    }
}
