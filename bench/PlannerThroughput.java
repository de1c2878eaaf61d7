import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.notice.control.NoticeFacts;
import kr.minwon.portal.notice.control.NoticePlanner;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.NoticeStatus;
import kr.minwon.portal.notice.control.PlannedNotice;
import kr.minwon.portal.petition.control.DeadlineMode;

/** The planner alone (no database): plan + reconcile of N open petitions against their existing notices, 5 rounds. */
public class PlannerThroughput {
    public static void main(String[] a) {
        int n = a.length > 0 ? Integer.parseInt(a[0]) : 100_000;
        WorkingCalendar cal = WorkingCalendar.bundled(WorkingHours.standard());
        NoticeRules rules = NoticeRules.officeDefault();
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);
        Random r = new Random(1);
        List<NoticeFacts> facts = new ArrayList<>();
        List<List<NoticePlanner.Existing>> existing = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < n; i++) {
            LocalDate day = cal.addWorkingDays(now.toLocalDate(), r.nextInt(30) - 15);
            NoticeFacts f = new NoticeFacts(day.minusDays(14).atTime(10, 0), day.atTime(18, 0), DeadlineMode.DAYS, 10, true, true);
            facts.add(f);
            List<NoticePlanner.Existing> e = new ArrayList<>();
            for (PlannedNotice p : NoticePlanner.plan(f, rules, cal, now)) {
                e.add(new NoticePlanner.Existing(++id, p.stage(), p.stageDay(), p.plannedAt(), NoticeStatus.PLANNED));
            }
            existing.add(e);
        }
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            int changes = 0;
            for (int i = 0; i < n; i++) {
                NoticePlanner.Changes c = NoticePlanner.reconcile(existing.get(i), NoticePlanner.plan(facts.get(i), rules, cal, now));
                changes += c.insert().size() + c.move().size() + c.cancel().size();
            }
            System.out.printf("round %d: %,d petitions planned and reconciled in %d ms (%d changes)%n", round, n,
                    (System.nanoTime() - t0) / 1_000_000, changes);
        }
    }
}
