package kr.minwon.portal.notice.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.control.DeadlineMode;

/**
 * Which notices a petition should have at a moment, and how to get there from the ones it has.
 *
 * <p>D-n counts working days back from the deadline day; D-DAY and OVERDUE go out at the working start of their day;
 * H-n lies n working hours before the deadline. A stage whose day is already past is not planned any more (a petition
 * registered on its D-1 gets no D-3). OVERDUE is planned one working day at a time: today's, once the deadline day is
 * over, and the next working day's, so each working morning after the deadline has exactly one.
 */
public final class NoticePlanner {

    private NoticePlanner() {}

    public static List<PlannedNotice> plan(NoticeFacts p, NoticeRules rules, WorkingCalendar cal, LocalDateTime now) {
        if (!p.open() || !p.noticeEligible() || p.legalDays() < rules.minLegalDays()) {
            return List.of();
        }
        LocalDate today = now.toLocalDate();
        LocalDate deadlineDay = p.deadline().toLocalDate();
        List<PlannedNotice> out = new ArrayList<>();
        for (NoticeRules.StageRule rule : rules.stages()) {
            if (!rule.enabled()) {
                continue;
            }
            Stage stage = rule.stage();
            switch (stage.kind()) {
                case DAYS_BEFORE ->
                    day(out, stage, cal.addWorkingDays(deadlineDay, -stage.amount()), p, rules, cal, today);
                case DEADLINE_DAY -> day(out, stage, deadlineDay, p, rules, cal, today);
                case HOURS_LEFT -> {
                    if (rules.hourStages() && p.mode() == DeadlineMode.HOURS) {
                        LocalDateTime at = cal.startAt(cal.positionOf(p.deadline()) - stage.amount() * 60L);
                        if (!at.isBefore(p.receivedAt()) && !at.toLocalDate().isBefore(today)) {
                            out.add(new PlannedNotice(stage, at.toLocalDate(), at));
                        }
                    }
                }
                case OVERDUE -> {
                    LocalDate first = cal.addWorkingDays(deadlineDay, 1);
                    if (cal.isWorkingDay(today) && !today.isBefore(first)) {
                        out.add(new PlannedNotice(stage, today, morning(today, rules, cal)));
                    }
                    LocalDate next = cal.addWorkingDays(today, 1);
                    next = next.isBefore(first) ? first : next;
                    out.add(new PlannedNotice(stage, next, morning(next, rules, cal)));
                }
            }
        }
        return out;
    }

    private static void day(
            List<PlannedNotice> out,
            Stage stage,
            LocalDate day,
            NoticeFacts p,
            NoticeRules rules,
            WorkingCalendar cal,
            LocalDate today) {
        if (day.isBefore(today) || day.isBefore(p.receivedAt().toLocalDate())) {
            return;
        }
        LocalDateTime at = morning(day, rules, cal);
        if (at.isBefore(p.receivedAt())) {
            // Received during the stage's own day: tell at once (in working time when the policy wants it).
            at = rules.workingTimeOnly() ? cal.nextWorkingStart(p.receivedAt()) : p.receivedAt();
        }
        out.add(new PlannedNotice(stage, day, at));
    }

    private static LocalDateTime morning(LocalDate day, NoticeRules rules, WorkingCalendar cal) {
        LocalDateTime start = cal.startOfWorkingDay(day);
        return rules.workingTimeOnly() ? cal.nextWorkingStart(start) : start;
    }

    /** A notice a petition already has. */
    public record Existing(long id, Stage stage, LocalDate stageDay, LocalDateTime plannedAt, NoticeStatus status) {
        PlannedNotice.Key key() {
            return new PlannedNotice.Key(stage, stageDay);
        }
    }

    /** A planned (or revived cancelled) notice whose time is now {@code plannedAt}. */
    public record Move(long id, LocalDateTime plannedAt) {}

    /** What re-planning does: insert the new, re-time or revive the known, cancel the planned ones that no longer fit. */
    public record Changes(List<PlannedNotice> insert, List<Move> move, List<Long> cancel) {
        public boolean isEmpty() {
            return insert.isEmpty() && move.isEmpty() && cancel.isEmpty();
        }
    }

    /** Sent notices are never touched: a notice goes out once, ever. */
    public static Changes reconcile(List<Existing> existing, List<PlannedNotice> desired) {
        Map<PlannedNotice.Key, Existing> known = new HashMap<>();
        for (Existing e : existing) {
            known.put(e.key(), e);
        }
        List<PlannedNotice> insert = new ArrayList<>();
        List<Move> move = new ArrayList<>();
        Set<PlannedNotice.Key> wanted = new HashSet<>();
        for (PlannedNotice d : desired) {
            wanted.add(d.key());
            Existing e = known.get(d.key());
            if (e == null) {
                insert.add(d);
            } else if (e.status() == NoticeStatus.CANCELLED
                    || (e.status() == NoticeStatus.PLANNED && !e.plannedAt().equals(d.plannedAt()))) {
                move.add(new Move(e.id(), d.plannedAt()));
            }
        }
        List<Long> cancel = new ArrayList<>();
        for (Existing e : existing) {
            if (e.status() == NoticeStatus.PLANNED && !wanted.contains(e.key())) {
                cancel.add(e.id());
            }
        }
        return new Changes(insert, move, cancel);
    }
}
