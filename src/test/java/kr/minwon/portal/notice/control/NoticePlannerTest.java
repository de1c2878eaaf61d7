package kr.minwon.portal.notice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.StopReason;
import org.junit.jupiter.api.Test;

/**
 * Walks petitions through their life with a controlled clock, in ten-minute steps: at every step the planner re-plans
 * (as the hourly sweep and every petition change do) and a delivery run sends what is due, in working time only.
 */
class NoticePlannerTest {

    static final WorkingCalendar CAL = WorkingCalendar.bundled(WorkingHours.standard());
    static final DeadlineCalculator ENGINE = new DeadlineCalculator(CAL);

    /** An in-memory outbox: the notices of one petition, keyed like the database's unique key. */
    static final class Life {
        final NoticeRules rules;
        final Map<PlannedNotice.Key, Row> rows = new LinkedHashMap<>();
        final List<String> sent = new ArrayList<>();
        long seq;

        static final class Row {
            final long id;
            final PlannedNotice.Key key;
            LocalDateTime plannedAt;
            NoticeStatus status = NoticeStatus.PLANNED;
            LocalDateTime sentAt;

            Row(long id, PlannedNotice.Key key, LocalDateTime plannedAt) {
                this.id = id;
                this.key = key;
                this.plannedAt = plannedAt;
            }
        }

        Life(NoticeRules rules) {
            this.rules = rules;
        }

        void step(NoticeFacts facts, LocalDateTime now) {
            List<NoticePlanner.Existing> existing = rows.values().stream()
                    .map(r -> new NoticePlanner.Existing(r.id, r.key.stage(), r.key.stageDay(), r.plannedAt, r.status))
                    .toList();
            NoticePlanner.Changes c = NoticePlanner.reconcile(existing, NoticePlanner.plan(facts, rules, CAL, now));
            for (PlannedNotice p : c.insert()) {
                assertThat(rows).doesNotContainKey(p.key());
                rows.put(p.key(), new Row(++seq, p.key(), p.plannedAt()));
            }
            for (NoticePlanner.Move m : c.move()) {
                Row r = byId(m.id());
                assertThat(r.status).isNotEqualTo(NoticeStatus.SENT);
                r.plannedAt = m.plannedAt();
                r.status = NoticeStatus.PLANNED;
            }
            for (long id : c.cancel()) {
                Row r = byId(id);
                assertThat(r.status).isEqualTo(NoticeStatus.PLANNED);
                r.status = NoticeStatus.CANCELLED;
            }
            if (!CAL.isWorkingTime(now)) {
                return;
            }
            for (Row r : rows.values()) {
                if (r.status == NoticeStatus.PLANNED && !r.plannedAt.isAfter(now)) {
                    r.status = NoticeStatus.SENT;
                    r.sentAt = now;
                    sent.add(r.key.stage().code() + " " + r.key.stageDay() + " " + now.toLocalTime());
                }
            }
        }

        Row byId(long id) {
            return rows.values().stream().filter(r -> r.id == id).findFirst().orElseThrow();
        }

        void walk(java.util.function.Function<LocalDateTime, NoticeFacts> facts, LocalDateTime from, LocalDateTime to) {
            for (LocalDateTime t = from; !t.isAfter(to); t = t.plusMinutes(10)) {
                step(facts.apply(t), t);
            }
        }

        List<String> cancelled() {
            return rows.values().stream()
                    .filter(r -> r.status == NoticeStatus.CANCELLED)
                    .map(r -> r.key.stage().code() + " " + r.key.stageDay())
                    .toList();
        }

        List<String> planned() {
            return rows.values().stream()
                    .filter(r -> r.status == NoticeStatus.PLANNED)
                    .map(r -> r.key.stage().code() + " " + r.key.stageDay())
                    .toList();
        }
    }

    static NoticeFacts facts(Deadline d, boolean open) {
        return new NoticeFacts(d.receivedAt(), d.deadline(), d.mode(), d.legalDays(), open && !d.suspended(), true);
    }

    @Test
    void aTenDayPetitionGetsEachStageOnceOnItsWorkingDayAndOneOverdueNoticePerWorkingDayUntilCompleted() {
        // DOMAIN §2: received 2027-02-03 (Wed), 설 2/6–2/9, due 2027-02-18 (Thu) 18:00.
        Deadline d = ENGINE.compute(LocalDateTime.of(2027, 2, 3, 10, 0), LegalPeriod.days(10));
        assertThat(d.deadline()).isEqualTo(LocalDateTime.of(2027, 2, 18, 18, 0));
        Life life = new Life(NoticeRules.officeDefault());
        LocalDateTime completed = LocalDateTime.of(2027, 2, 23, 11, 0);

        life.walk(t -> facts(d, t.isBefore(completed)), d.receivedAt(), LocalDateTime.of(2027, 2, 26, 18, 0));

        assertThat(life.sent)
                .containsExactly(
                        "D-3 2027-02-15 09:00",
                        "D-1 2027-02-17 09:00",
                        "D-DAY 2027-02-18 09:00",
                        "OVERDUE 2027-02-19 09:00",
                        "OVERDUE 2027-02-22 09:00",
                        "OVERDUE 2027-02-23 09:00");
        assertThat(life.cancelled()).containsExactly("OVERDUE 2027-02-24");
        assertThat(life.planned()).isEmpty();
        assertThat(life.rows.values()).allSatisfy(r -> {
            if (r.sentAt != null) {
                assertThat(CAL.isWorkingTime(r.sentAt))
                        .as("sent in working time " + r.sentAt)
                        .isTrue();
            }
        });
    }

    @Test
    void aThreeDayPetitionGetsNothingUnderTheDefaultMinimumOfFiveDays() {
        Deadline d = ENGINE.compute(LocalDateTime.of(2026, 5, 29, 15, 0), LegalPeriod.days(3));
        assertThat(NoticePlanner.plan(facts(d, true), NoticeRules.officeDefault(), CAL, d.receivedAt()))
                .isEmpty();
    }

    @Test
    void aThreeDayPetitionUnderAThreeDayMinimumWithHourStagesWalksItsLifeAroundTheElectionDay() {
        // DOMAIN §2: received 2026-05-29 (Fri) 15:00, 6/3 local election, due 2026-06-04 (Thu) 15:00 (24 working
        // hours).
        Deadline d = ENGINE.compute(LocalDateTime.of(2026, 5, 29, 15, 0), LegalPeriod.days(3));
        assertThat(d.deadline()).isEqualTo(LocalDateTime.of(2026, 6, 4, 15, 0));
        Life life = new Life(NoticeRules.officeDefault().withMinLegalDays(3).withHourStages(true));

        life.walk(t -> facts(d, true), d.receivedAt(), LocalDateTime.of(2026, 6, 8, 12, 0));

        assertThat(life.sent)
                .containsExactly(
                        "D-3 2026-05-29 15:00", // D-3 is the day of receipt: told at receipt, not before
                        "D-1 2026-06-02 09:00", // 6/3 is a holiday, so D-1 is Tuesday
                        "D-DAY 2026-06-04 09:00",
                        "H-4 2026-06-04 10:00", // 4 working hours before 15:00, lunch excluded
                        "H-1 2026-06-04 14:00",
                        "OVERDUE 2026-06-05 09:00",
                        "OVERDUE 2026-06-08 09:00"); // never on the weekend
        assertThat(life.planned()).containsExactly("OVERDUE 2026-06-09");
    }

    @Test
    void anExtensionCancelsWhatNoLongerFitsAndPlansTheStagesOfTheNewDeadline() {
        LocalDateTime received = LocalDateTime.of(2027, 2, 3, 10, 0);
        Deadline before = ENGINE.compute(received, LegalPeriod.days(10));
        Deadline after =
                ENGINE.compute(received, LegalPeriod.days(10), List.of(), List.of(new Extension(5, "현장 확인 필요", false)));
        LocalDateTime extendedAt = LocalDateTime.of(2027, 2, 16, 10, 0);
        assertThat(after.deadline()).isEqualTo(LocalDateTime.of(2027, 2, 25, 18, 0));
        Life life = new Life(NoticeRules.officeDefault());

        life.walk(
                t -> facts(t.isBefore(extendedAt) ? before : after, true),
                received,
                LocalDateTime.of(2027, 2, 26, 12, 0));

        assertThat(life.sent)
                .containsExactly(
                        "D-3 2027-02-15 09:00", // for the old deadline, already sent: stays sent
                        "D-3 2027-02-22 09:00",
                        "D-1 2027-02-24 09:00",
                        "D-DAY 2027-02-25 09:00",
                        "OVERDUE 2027-02-26 09:00");
        assertThat(life.cancelled()).contains("D-1 2027-02-17", "D-DAY 2027-02-18", "OVERDUE 2027-02-19");
    }

    @Test
    void aClockStopCancelsEveryPlannedNoticeAndTheResumeRePlansThemLater() {
        LocalDateTime received = LocalDateTime.of(2027, 2, 3, 10, 0);
        LocalDateTime stopped = LocalDateTime.of(2027, 2, 16, 10, 0);
        LocalDateTime resumed = LocalDateTime.of(2027, 2, 19, 10, 0);
        Deadline running = ENGINE.compute(received, LegalPeriod.days(10));
        Deadline waiting = ENGINE.compute(
                received, LegalPeriod.days(10), List.of(ClockStop.open(StopReason.SUPPLEMENT, stopped)), List.of());
        Deadline moved = ENGINE.compute(
                received,
                LegalPeriod.days(10),
                List.of(new ClockStop(StopReason.SUPPLEMENT, stopped, resumed)),
                List.of());
        assertThat(waiting.suspended()).isTrue();
        Life life = new Life(NoticeRules.officeDefault());

        life.walk(
                t -> facts(t.isBefore(stopped) ? running : t.isBefore(resumed) ? waiting : moved, true),
                received,
                moved.deadline().plusHours(1));

        assertThat(life.sent).first().isEqualTo("D-3 2027-02-15 09:00");
        LocalDate newDay = moved.deadline().toLocalDate();
        assertThat(life.sent).contains("D-DAY " + newDay + " 09:00").doesNotContain("D-DAY 2027-02-18 09:00");
        assertThat(life.cancelled()).contains("D-1 2027-02-17", "D-DAY 2027-02-18");
        assertThat(life.sent.stream().filter(s -> s.startsWith("D-DAY"))).hasSize(1);
    }

    @Test
    void completionCancelsEveryPlannedNoticeAndNothingIsSentAfterIt() {
        Deadline d = ENGINE.compute(LocalDateTime.of(2027, 2, 3, 10, 0), LegalPeriod.days(10));
        LocalDateTime done = LocalDateTime.of(2027, 2, 16, 14, 0);
        Life life = new Life(NoticeRules.officeDefault());

        life.walk(t -> facts(d, t.isBefore(done)), d.receivedAt(), LocalDateTime.of(2027, 3, 2, 12, 0));

        assertThat(life.sent).containsExactly("D-3 2027-02-15 09:00");
        assertThat(life.cancelled())
                .containsExactlyInAnyOrder("D-1 2027-02-17", "D-DAY 2027-02-18", "OVERDUE 2027-02-19");
    }

    @Test
    void petitionTypesThatAreNotNoticeEligibleGetNothing() {
        Deadline d = ENGINE.compute(LocalDateTime.of(2027, 2, 3, 10, 0), LegalPeriod.days(10));
        NoticeFacts f = new NoticeFacts(d.receivedAt(), d.deadline(), d.mode(), d.legalDays(), true, false);
        assertThat(NoticePlanner.plan(f, NoticeRules.officeDefault(), CAL, d.receivedAt()))
                .isEmpty();
    }

    @Test
    void aPetitionRegisteredOnItsDeadlineDayEveIsNotToldAboutStagesAlreadyPast() {
        Deadline d = ENGINE.compute(LocalDateTime.of(2027, 2, 3, 10, 0), LegalPeriod.days(10));
        List<PlannedNotice> plan = NoticePlanner.plan(
                facts(d, true), NoticeRules.officeDefault(), CAL, LocalDateTime.of(2027, 2, 17, 20, 0));
        assertThat(plan)
                .extracting(p -> p.stage().code() + " " + p.stageDay() + " "
                        + p.plannedAt().toLocalTime())
                .containsExactly("D-1 2027-02-17 09:00", "D-DAY 2027-02-18 09:00", "OVERDUE 2027-02-19 09:00");
    }

    @Test
    void stagesReadBackFromTheirCodes() {
        for (String code : List.of("D-3", "D-1", "D-DAY", "OVERDUE", "H-4", "H-1")) {
            assertThat(Stage.parse(code).code()).isEqualTo(code);
        }
    }

    @Test
    void failedDeliveriesAreRetriedAfterOneFiveFifteenAndSixtyMinutesThenGivenUp() {
        RetrySchedule r = RetrySchedule.standard(5);
        LocalDateTime t = LocalDateTime.of(2026, 6, 1, 9, 0);
        assertThat(r.next(1, t)).contains(t.plusMinutes(1));
        assertThat(r.next(2, t)).contains(t.plusMinutes(5));
        assertThat(r.next(3, t)).contains(t.plusMinutes(15));
        assertThat(r.next(4, t)).contains(t.plusMinutes(60));
        assertThat(r.next(5, t)).isEmpty();
    }
}
