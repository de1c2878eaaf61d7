package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.DeadlineBadge.Kind;
import kr.minwon.portal.petition.control.DeadlineBadge.Severity;
import kr.minwon.portal.petition.entity.PetitionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineBadgeTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());

    static DeadlineBadge badge(String deadline, DeadlineMode mode, PetitionStatus status, String now) {
        return DeadlineBadge.of(CALENDAR, LocalDateTime.parse(deadline), mode, status, LocalDateTime.parse(now));
    }

    static DeadlineBadge open(String deadline, DeadlineMode mode, String now) {
        return badge(deadline, mode, PetitionStatus.OPEN, now);
    }

    @Nested
    class DayCountedPeriods {

        // Deadline Friday 2026-03-20 18:00; no holidays that week.
        @ParameterizedTest(name = "on {0} the badge reads D-{1}")
        @CsvSource({"2026-03-17T09:00, 3, OK", "2026-03-18T17:59, 2, OK", "2026-03-19T10:00, 1, INFO"})
        void countsWorkingDaysToTheDeadlineDay(String now, long left, Severity severity) {
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, now))
                    .isEqualTo(new DeadlineBadge(Kind.DAYS_LEFT, left, severity));
        }

        @Test
        void theDeadlineDayIsDDayAndRed() {
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-20T08:00"))
                    .isEqualTo(new DeadlineBadge(Kind.DUE_TODAY, 0, Severity.DANGER));
        }

        @Test
        void aWeekendBetweenDoesNotCount() {
            // Friday before a Tuesday deadline: Monday and Tuesday are left.
            assertThat(open("2026-03-24T18:00", DeadlineMode.DAYS, "2026-03-20T11:00"))
                    .isEqualTo(new DeadlineBadge(Kind.DAYS_LEFT, 2, Severity.OK));
        }

        @Test
        void onSaturdayAMondayDeadlineIsOneDayAway() {
            assertThat(open("2026-03-23T18:00", DeadlineMode.DAYS, "2026-03-21T10:00"))
                    .isEqualTo(new DeadlineBadge(Kind.DAYS_LEFT, 1, Severity.INFO));
        }

        @Test
        void chuseokBetweenDoesNotCount() {
            // 9/24-26 추석 (Thu-Sat): from Wednesday 9/23 the next working days are Mon 9/28, Tue 9/29, Wed 9/30.
            assertThat(open("2026-09-30T18:00", DeadlineMode.DAYS, "2026-09-23T10:00"))
                    .isEqualTo(new DeadlineBadge(Kind.DAYS_LEFT, 3, Severity.OK));
        }

        @Test
        void theLocalElectionDayDoesNotCount() {
            // 6/3 지방선거 (Wed): Tuesday 6/2 to Friday 6/5 is two working days.
            assertThat(open("2026-06-05T18:00", DeadlineMode.DAYS, "2026-06-02T10:00")
                            .amount())
                    .isEqualTo(2);
        }
    }

    @Nested
    class Overdue {

        @Test
        void theEveningOfTheDeadlineDayIsOneDayLate() {
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-20T18:30"))
                    .isEqualTo(new DeadlineBadge(Kind.OVERDUE, 1, Severity.DANGER));
        }

        @Test
        void theWeekendAfterAFridayDeadlineStaysOneDayLate() {
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-22T12:00")
                            .amount())
                    .isEqualTo(1);
        }

        @Test
        void countsWorkingDaysAfterTheDeadlineDay() {
            // Friday deadline; Monday is 1, Wednesday is 3.
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-23T09:00")
                            .amount())
                    .isEqualTo(1);
            assertThat(open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-25T09:00")
                            .amount())
                    .isEqualTo(3);
        }

        @Test
        void holidaysAfterTheDeadlineDoNotCount() {
            // Deadline Wed 9/23; 추석 Thu-Sat and Sunday pass; Monday 9/28 is the first working day late.
            assertThat(open("2026-09-23T18:00", DeadlineMode.DAYS, "2026-09-28T10:00")
                            .amount())
                    .isEqualTo(1);
        }

        @Test
        void anHourCountedPetitionIsLateFromTheMinuteAfterItsDeadline() {
            assertThat(open("2026-03-20T15:00", DeadlineMode.HOURS, "2026-03-20T15:01"))
                    .isEqualTo(new DeadlineBadge(Kind.OVERDUE, 1, Severity.DANGER));
        }

        @Test
        void theDeadlineMinuteItselfIsNotLate() {
            assertThat(open("2026-03-20T15:00", DeadlineMode.HOURS, "2026-03-20T15:00")
                            .kind())
                    .isEqualTo(Kind.HOURS_LEFT);
        }
    }

    @Nested
    class HourCountedPeriods {

        @Test
        void showWholeWorkingHoursLeft() {
            // Thursday 16:30 to Friday 15:00: 1.5 + 5 working hours (lunch excluded) = 6.5, shown as 6.
            assertThat(open("2026-03-20T15:00", DeadlineMode.HOURS, "2026-03-19T16:30"))
                    .isEqualTo(new DeadlineBadge(Kind.HOURS_LEFT, 6, Severity.DANGER));
        }

        @Test
        void justUnderADayReadsSevenHoursInRedAndADayReadsEightInBlue() {
            assertThat(open("2026-03-20T17:59", DeadlineMode.HOURS, "2026-03-19T18:00"))
                    .isEqualTo(new DeadlineBadge(Kind.HOURS_LEFT, 7, Severity.DANGER));
            assertThat(open("2026-03-20T18:00", DeadlineMode.HOURS, "2026-03-19T18:00"))
                    .isEqualTo(new DeadlineBadge(Kind.HOURS_LEFT, 8, Severity.INFO));
        }

        @Test
        void nightsAndWeekendsAreNotWorkingHours() {
            // Friday 17:00 to Tuesday 10:00: 1 + 8 + 1 = 10 working hours, more than a day: blue.
            assertThat(open("2026-03-24T10:00", DeadlineMode.HOURS, "2026-03-20T17:00"))
                    .isEqualTo(new DeadlineBadge(Kind.HOURS_LEFT, 10, Severity.INFO));
        }

        @Test
        void twoDaysOrMoreOfWorkingTimeIsGreen() {
            assertThat(open("2026-03-20T15:00", DeadlineMode.HOURS, "2026-03-17T15:00"))
                    .isEqualTo(new DeadlineBadge(Kind.HOURS_LEFT, 24, Severity.OK));
        }

        @Test
        void lessThanAnHourShowsOneHour() {
            assertThat(open("2026-03-20T15:00", DeadlineMode.HOURS, "2026-03-20T14:50")
                            .amount())
                    .isEqualTo(1);
        }
    }

    @Nested
    class StoppedAndFinished {

        @Test
        void aStoppedClockShowsSuspendedEvenPastTheEarliestDeadline() {
            assertThat(badge("2026-03-20T18:00", DeadlineMode.DAYS, PetitionStatus.SUSPENDED, "2026-03-27T10:00"))
                    .isEqualTo(new DeadlineBadge(Kind.SUSPENDED, 0, Severity.MUTED));
        }

        @Test
        void aCompletedPetitionShowsCompleted() {
            assertThat(badge("2026-03-20T18:00", DeadlineMode.DAYS, PetitionStatus.COMPLETED, "2026-03-27T10:00"))
                    .isEqualTo(new DeadlineBadge(Kind.COMPLETED, 0, Severity.MUTED));
        }
    }

    @Test
    void keysAndClassesFollowKindAndSeverity() {
        DeadlineBadge b = open("2026-03-20T18:00", DeadlineMode.DAYS, "2026-03-19T10:00");
        assertThat(b.key()).isEqualTo("DeadlineBadge.DAYS_LEFT");
        assertThat(b.styleClass()).isEqualTo("badge badge-info");
    }

    @Test
    void calendarPeriodsCountLikeDayPeriods() {
        assertThat(open("2026-03-20T18:00", DeadlineMode.CALENDAR, "2026-03-18T10:00"))
                .isEqualTo(new DeadlineBadge(Kind.DAYS_LEFT, 2, Severity.OK));
    }
}
