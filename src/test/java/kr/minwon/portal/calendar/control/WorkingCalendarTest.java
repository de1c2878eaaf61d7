package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 6, 3)))
                .as("local election")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 6, 6)))
                .as("Saturday")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 6, 7))).as("Sunday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 6, 4))).isTrue();
    }

    @Test
    void lunchIsNotWorkingTimeByDefault() {
        assertThat(CALENDAR.isWorkingTime(at("2026-06-04T12:30"))).isFalse();
        assertThat(CALENDAR.isWorkingTime(at("2026-06-04T11:59"))).isTrue();
        assertThat(CALENDAR.withHours(WorkingHours.lunchIncluded()).isWorkingTime(at("2026-06-04T12:30")))
                .isTrue();
    }

    @Test
    void nextWorkingStartSkipsLunchNightsAndHolidays() {
        assertThat(CALENDAR.nextWorkingStart(at("2026-06-04T10:15"))).isEqualTo(at("2026-06-04T10:15"));
        assertThat(CALENDAR.nextWorkingStart(at("2026-06-04T12:00"))).isEqualTo(at("2026-06-04T13:00"));
        assertThat(CALENDAR.nextWorkingStart(at("2026-06-04T18:00"))).isEqualTo(at("2026-06-05T09:00"));
        assertThat(CALENDAR.nextWorkingStart(at("2026-06-02T19:00"))).isEqualTo(at("2026-06-04T09:00"));
        assertThat(CALENDAR.nextWorkingStart(at("2026-06-06T08:00"))).isEqualTo(at("2026-06-08T09:00"));
    }

    @Test
    void addingWorkingMinutesStopsAtTheEndOfABlock() {
        assertThat(CALENDAR.addWorkingMinutes(at("2026-06-04T11:00"), 60)).isEqualTo(at("2026-06-04T12:00"));
        assertThat(CALENDAR.addWorkingMinutes(at("2026-06-04T11:00"), 61)).isEqualTo(at("2026-06-04T13:01"));
        assertThat(CALENDAR.addWorkingMinutes(at("2026-06-04T17:00"), 60)).isEqualTo(at("2026-06-04T18:00"));
    }

    @Test
    void addingWorkingMinutesCrossesTheYearEnd() {
        assertThat(CALENDAR.addWorkingMinutes(at("2026-12-31T17:00"), 120)).isEqualTo(at("2027-01-04T10:00"));
    }

    @Test
    void workingMinutesBetweenCountOnlyWorkingTime() {
        assertThat(CALENDAR.workingMinutesBetween(at("2026-05-29T15:00"), at("2026-06-04T15:00")))
                .isEqualTo(1440);
        assertThat(CALENDAR.workingMinutesBetween(at("2026-06-06T10:00"), at("2026-06-07T10:00")))
                .isZero();
        assertThat(CALENDAR.workingMinutesBetween(at("2026-06-04T15:00"), at("2026-06-04T10:00")))
                .isEqualTo(-240);
    }

    @Test
    void workingDaysAreCountedInclusively() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 30)))
                .isEqualTo(7);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 18)))
                .isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 19), LocalDate.of(2026, 9, 18)))
                .isZero();
    }

    @Test
    void addingWorkingDaysSkipsChuseok() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 18), 6)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 26), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 28), -1)).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(CALENDAR.workingDayOnOrAfter(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void aTemporaryHolidayMakesANewCalendar() {
        LocalDate day = LocalDate.of(2026, 10, 2);
        WorkingCalendar withTemporary = CALENDAR.withHoliday(day);
        assertThat(withTemporary.isWorkingDay(day)).isFalse();
        assertThat(CALENDAR.isWorkingDay(day)).isTrue();
    }

    @Test
    void endOfWorkingDayIsTheLastBlockEnd() {
        assertThat(CALENDAR.endOfWorkingDay(LocalDate.of(2026, 6, 4))).isEqualTo(at("2026-06-04T18:00"));
    }

    @Test
    void datesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }
}
