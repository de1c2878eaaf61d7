package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.StopReason;
import org.junit.jupiter.api.Test;

/** The cases issue 13 found, each scored under 성동구 2009 through the deadline engine, as production scores them. */
class OneLatenessTest {

    private static final DeadlineCalculator CALCULATOR =
            new DeadlineCalculator(WorkingCalendar.bundled(WorkingHours.standard()));
    private static final RuleSet SEONGDONG = Presets.SEONGDONG_2009.rules();

    private static Score score(Deadline deadline, String approvedAt) {
        PetitionFacts facts =
                PetitionFacts.of("R", deadline, LocalDateTime.parse(approvedAt), false, Outcome.GRANTED, true);
        return PointRules.score(SEONGDONG, facts).orElseThrow();
    }

    @Test
    void aSevenDayPetitionExtendedBySevenAndApprovedOnWorkingDayTenIsOnTimeAndScoresZero() {
        // Received Mon 2026-06-08: day 7 is Tue 6/16, day 10 Fri 6/19, the extended deadline day 14 Thu 6/25.
        Deadline d = CALCULATOR.compute(
                LocalDateTime.parse("2026-06-08T10:00"),
                LegalPeriod.days(7),
                List.of(),
                List.of(new Extension(7, "현장 확인", false)));
        Score s = score(d, "2026-06-19T15:00");
        assertThat(s.kind()).isEqualTo(Score.Kind.AWARD);
        assertThat(s.points()).isEqualByComparingTo("0");
        assertThat(d.isLateAt(LocalDateTime.parse("2026-06-19T15:00"))).isFalse();
    }

    @Test
    void aTwoHourStopInDayModeMovesTheDeadlineADayAndApprovalThereSavedNothing() {
        ClockStop stop = new ClockStop(
                StopReason.HEARING, LocalDateTime.parse("2026-06-10T10:00"), LocalDateTime.parse("2026-06-10T12:00"));
        Deadline d = CALCULATOR.compute(
                LocalDateTime.parse("2026-06-08T10:00"), LegalPeriod.days(7), List.of(stop), List.of());
        assertThat(d.deadline()).isEqualTo(LocalDateTime.parse("2026-06-17T18:00"));
        LocalDateTime atMovedDeadline = d.deadline();
        assertThat(d.isLateAt(atMovedDeadline)).isFalse();
        assertThat(d.usedDays(atMovedDeadline)).isEqualTo(7.0);
        assertThat(score(d, "2026-06-17T18:00").points()).isEqualByComparingTo("0");
        assertThat(score(d, "2026-06-18T09:30").points()).isEqualByComparingTo("-1");
    }

    @Test
    void anHourModePetitionTenWorkingMinutesLateLosesADay() {
        Deadline d = CALCULATOR.compute(LocalDateTime.parse("2026-06-08T10:00"), LegalPeriod.days(3));
        assertThat(d.deadline()).isEqualTo(LocalDateTime.parse("2026-06-11T10:00"));
        assertThat(d.lateDays(LocalDateTime.parse("2026-06-11T10:10"))).isEqualTo(1);
        Score s = score(d, "2026-06-11T10:10");
        assertThat(s.kind()).isEqualTo(Score.Kind.PENALTY);
        assertThat(s.points()).isEqualByComparingTo("-1");
    }

    @Test
    void anApprovalAtSevenInTheEveningOfTheDeadlineDayIsLateByOneDay() {
        Deadline d = CALCULATOR.compute(LocalDateTime.parse("2026-06-08T10:00"), LegalPeriod.days(7));
        assertThat(d.isLateAt(LocalDateTime.parse("2026-06-16T19:00"))).isTrue();
        assertThat(score(d, "2026-06-16T19:00").points()).isEqualByComparingTo("-1");
        // The weekend after a Friday deadline has no working time, and is still a day late.
        Deadline friday = CALCULATOR.compute(LocalDateTime.parse("2026-06-10T10:00"), LegalPeriod.days(7));
        assertThat(friday.deadline()).isEqualTo(LocalDateTime.parse("2026-06-18T18:00"));
        assertThat(friday.lateDays(LocalDateTime.parse("2026-06-22T11:00"))).isEqualTo(2);
    }

    @Test
    void anApprovalInTheLunchBreakAfterANoonDeadlineIsLate() {
        Deadline d = CALCULATOR.compute(LocalDateTime.parse("2026-06-08T09:00"), LegalPeriod.immediate());
        assertThat(d.deadline()).isEqualTo(LocalDateTime.parse("2026-06-08T12:00"));
        assertThat(d.isLateAt(LocalDateTime.parse("2026-06-08T12:30"))).isTrue();
        assertThat(d.lateDays(LocalDateTime.parse("2026-06-08T12:30"))).isEqualTo(1);
    }

    @Test
    void hourPeriodsBetweenBandsEarnAtTheLowerBandsRate() {
        for (int hours = 49; hours <= 55; hours++) {
            Deadline d = CALCULATOR.compute(LocalDateTime.parse("2026-06-08T09:00"), LegalPeriod.hours(hours));
            Score s = score(d, "2026-06-08T18:00");
            assertThat(s.points()).as(hours + " hours").isEqualByComparingTo("5");
        }
    }
}
