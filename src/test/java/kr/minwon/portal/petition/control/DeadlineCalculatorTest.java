package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());
    static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    static LocalDateTime due(String received, LegalPeriod period) {
        return CALCULATOR.compute(at(received), period).deadline();
    }

    @Nested
    class WorkedExamplesOfTheDomain {

        @Test
        void deadlineSkipsTheLocalElectionDay() {
            assertThat(due("2026-05-29T15:00", LegalPeriod.days(3))).isEqualTo(at("2026-06-04T15:00"));
        }

        @Test
        void deadlineSkipsLabourDayFrom2026() {
            assertThat(due("2026-04-30T16:30", LegalPeriod.days(1))).isEqualTo(at("2026-05-04T16:30"));
        }

        @Test
        void immediateMeansThreeWorkingHoursAndSkipsConstitutionDay() {
            assertThat(due("2026-07-16T16:00", LegalPeriod.immediate())).isEqualTo(at("2026-07-20T10:00"));
        }

        @Test
        void sevenDaysCountTheDayOfReceiptAndSkipChuseok() {
            assertThat(due("2026-09-18T10:00", LegalPeriod.days(7))).isEqualTo(at("2026-09-30T18:00"));
        }

        @Test
        void tenDaysSkipSeollalAndItsSubstituteHoliday() {
            assertThat(due("2027-02-03T14:00", LegalPeriod.days(10))).isEqualTo(at("2027-02-18T18:00"));
        }

        @Test
        void fourteenDaysSkipTheLongOctoberHolidays() {
            assertThat(due("2025-09-29T09:00", LegalPeriod.days(14))).isEqualTo(at("2025-10-23T18:00"));
        }
    }

    @Nested
    class ModeOfCounting {

        @ParameterizedTest
        @CsvSource({
            "0,IMMEDIATE,HOURS",
            "4,HOUR,HOURS",
            "5,DAY,HOURS",
            "6,DAY,DAYS",
            "1,WEEK,CALENDAR",
            "1,MONTH,CALENDAR",
            "1,YEAR,CALENDAR"
        })
        void periodsOfFiveDaysOrLessAreCountedInHours(int amount, PeriodUnit unit, DeadlineMode mode) {
            assertThat(new LegalPeriod(amount, unit).mode()).isEqualTo(mode);
        }

        @Test
        void threeDaysAreTwentyFourWorkingHours() {
            Deadline deadline = CALCULATOR.compute(at("2026-05-29T15:00"), LegalPeriod.days(3));
            assertThat(deadline.workingMinutes()).isEqualTo(1440);
            assertThat(deadline.allowedMinutes()).isEqualTo(1440);
        }
    }

    @Nested
    class ReceiptOutsideWorkingTime {

        @Test
        void lunchIsSkippedByDefault() {
            assertThat(due("2026-06-09T11:30", LegalPeriod.hours(1))).isEqualTo(at("2026-06-09T13:30"));
        }

        @Test
        void lunchCountsWhenTheOfficeIncludesIt() {
            DeadlineCalculator withLunch = new DeadlineCalculator(CALENDAR.withHours(WorkingHours.lunchIncluded()));
            assertThat(withLunch
                            .compute(at("2026-06-09T11:30"), LegalPeriod.hours(1))
                            .deadline())
                    .isEqualTo(at("2026-06-09T12:30"));
        }

        @Test
        void aDayStaysEightHoursWhenLunchIsWorkingTime() {
            DeadlineCalculator withLunch = new DeadlineCalculator(CALENDAR.withHours(WorkingHours.lunchIncluded()));
            assertThat(withLunch
                            .compute(at("2026-06-09T09:00"), LegalPeriod.days(1))
                            .deadline())
                    .isEqualTo(at("2026-06-09T17:00"));
        }

        @Test
        void aReceiptAtNightStartsTheClockNextMorning() {
            Deadline deadline = CALCULATOR.compute(at("2026-06-09T19:00"), LegalPeriod.hours(3));
            assertThat(deadline.clockStart()).isEqualTo(at("2026-06-10T09:00"));
            assertThat(deadline.deadline()).isEqualTo(at("2026-06-10T12:00"));
        }

        @Test
        void aSaturdayReceiptAtThe365OfficeStartsOnMonday() {
            assertThat(due("2026-06-13T10:00", LegalPeriod.days(1))).isEqualTo(at("2026-06-15T18:00"));
        }

        @Test
        void aSundayReceiptStartsOnMonday() {
            assertThat(due("2026-06-14T15:00", LegalPeriod.days(2))).isEqualTo(at("2026-06-16T18:00"));
        }

        @Test
        void aReceiptAtExactlySixBelongsToTheNextDay() {
            assertThat(due("2026-06-09T18:00", LegalPeriod.days(1))).isEqualTo(at("2026-06-10T18:00"));
            assertThat(due("2026-06-09T18:00", LegalPeriod.days(7))).isEqualTo(at("2026-06-18T18:00"));
        }

        @Test
        void anOfficeMayCountTheEveningReceiptDayAsDayOne() {
            WorkingHours sameDay = WorkingHours.standard().withAfterHoursStartsNextWorkingStart(false);
            DeadlineCalculator calculator = new DeadlineCalculator(CALENDAR.withHours(sameDay));
            assertThat(calculator
                            .compute(at("2026-06-09T18:00"), LegalPeriod.days(7))
                            .deadline())
                    .isEqualTo(at("2026-06-17T18:00"));
        }

        @Test
        void aReceiptAtNoonStartsAfterLunch() {
            assertThat(due("2026-06-09T12:00", LegalPeriod.hours(3))).isEqualTo(at("2026-06-09T16:00"));
        }

        @Test
        void aDeadlineOnABlockEndStaysThere() {
            assertThat(due("2026-06-09T11:00", LegalPeriod.hours(1))).isEqualTo(at("2026-06-09T12:00"));
            assertThat(due("2026-06-09T09:00", LegalPeriod.days(1))).isEqualTo(at("2026-06-09T18:00"));
        }

        @Test
        void aPeriodRunsAcrossNewYear() {
            assertThat(due("2026-12-31T16:00", LegalPeriod.days(1))).isEqualTo(at("2027-01-04T16:00"));
        }
    }

    @Nested
    class Holidays {

        @Test
        void deadlineSkipsTheTemporaryHolidayBeforeSeollal() {
            assertThat(due("2025-01-24T14:00", LegalPeriod.days(1))).isEqualTo(at("2025-01-31T14:00"));
        }

        @Test
        void aTemporaryHolidayAddedAfterReceiptMovesTheDeadline() {
            LocalDateTime received = at("2026-06-02T10:00");
            Deadline original = CALCULATOR.compute(received, LegalPeriod.days(3));
            DeadlineCalculator recomputed = new DeadlineCalculator(CALENDAR.withHoliday(LocalDate.of(2026, 6, 5)));
            assertThat(original.deadline()).isEqualTo(at("2026-06-08T10:00"));
            assertThat(recomputed.compute(received, LegalPeriod.days(3)).deadline())
                    .isEqualTo(at("2026-06-09T10:00"));
        }
    }

    @Nested
    class CalendarPeriods {

        @Test
        void oneMonthFromTheThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruary() {
            assertThat(due("2025-01-31T10:00", new LegalPeriod(1, PeriodUnit.MONTH)))
                    .isEqualTo(at("2025-02-28T18:00"));
        }

        @Test
        void oneMonthEndsTheDayBeforeTheCorrespondingDay() {
            assertThat(due("2026-06-15T10:00", new LegalPeriod(1, PeriodUnit.MONTH)))
                    .isEqualTo(at("2026-07-14T18:00"));
        }

        @Test
        void aWeekEndingOnSundayMovesToMonday() {
            assertThat(due("2026-06-08T10:00", new LegalPeriod(1, PeriodUnit.WEEK)))
                    .isEqualTo(at("2026-06-15T18:00"));
        }

        @Test
        void aYearEndingOnNewYearsDayMovesToTheNextWorkingDay() {
            assertThat(due("2026-01-02T10:00", new LegalPeriod(1, PeriodUnit.YEAR)))
                    .isEqualTo(at("2027-01-04T18:00"));
        }

        @Test
        void weekendsInsideACalendarPeriodCount() {
            Deadline deadline = CALCULATOR.compute(at("2026-06-10T10:00"), new LegalPeriod(2, PeriodUnit.WEEK));
            assertThat(deadline.deadline()).isEqualTo(at("2026-06-23T18:00"));
            assertThat(deadline.legalDays()).isEqualTo(10);
        }
    }
}
