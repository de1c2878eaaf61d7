package kr.minwon.portal.notice.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.security.boundary.FirstStart;
import kr.minwon.portal.staff.entity.Employee;

/**
 * Plans the notices of the demo year's open petitions and replays the last working mornings' delivery runs for the
 * petitions of the demo people's department, so demo.employee, demo.manager and demo.head find notices in their
 * inboxes, the older ones read, the recent ones not. Runs inside the seeding transaction, so claims are made there too.
 */
@Stateless
public class DemoNotices {

    private static final Logger LOG = Logger.getLogger(DemoNotices.class.getName());
    private static final int REPLAYED_DAYS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    NoticePlanning planning;

    @Inject
    NoticeOutbox outbox;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) FirstStart.DemoSeeding seeding) {
        long t0 = System.nanoTime();
        // The seeding transaction holds the whole demo year; without this every query below would flush-check it.
        em.flush();
        jakarta.persistence.FlushModeType before = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        try {
            seed(seeding, t0);
        } finally {
            em.setFlushMode(before);
        }
    }

    private void seed(FirstStart.DemoSeeding seeding, long t0) {
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        WorkingCalendar cal = calendar.calendar();
        Set<Long> demoPeople =
                seeding.demoPeople().values().stream().map(Employee::getId).collect(Collectors.toSet());
        Set<Long> demoUnits = seeding.demoPeople().values().stream()
                .filter(e -> e.getUnit() != null)
                .flatMap(
                        e -> java.util.stream.Stream.of(e.getUnit(), e.getUnit().department()))
                .filter(java.util.Objects::nonNull)
                .map(u -> u.getId())
                .collect(Collectors.toSet());
        List<Object[]> open = em.createQuery(
                        "SELECT p.id, h.id, u.id, d.id FROM Petition p JOIN p.handler h JOIN p.unit u"
                                + " LEFT JOIN p.department d WHERE p.status <> :done",
                        Object[].class)
                .setParameter("done", PetitionStatus.COMPLETED)
                .getResultList();
        List<Long> mine = new ArrayList<>();
        for (Object[] r : open) {
            if (demoPeople.contains((Long) r[1])
                    || demoUnits.contains((Long) r[2])
                    || (r[3] != null && demoUnits.contains((Long) r[3]))) {
                mine.add((Long) r[0]);
            }
        }
        // Replay the mornings: as if the run had planned and delivered at 09:00 of each of the last working days.
        LocalDate day = cal.workingDayOnOrAfter(now.toLocalDate());
        List<LocalDateTime> mornings = new ArrayList<>();
        for (int i = 0; i < REPLAYED_DAYS; i++) {
            day = cal.addWorkingDays(day, -1);
            mornings.add(0, cal.startOfWorkingDay(day).plusMinutes(1));
        }
        if (cal.isWorkingDay(now.toLocalDate()) && now.isAfter(cal.startOfWorkingDay(now.toLocalDate()))) {
            mornings.add(now);
        }
        int delivered = 0;
        for (LocalDateTime morning : mornings) {
            for (long id : mine) {
                planning.replan(id, morning);
            }
            for (long noticeId : outbox.dueNotices(morning, 10_000)) {
                if (outbox.claimHere(noticeId, morning) == NoticeOutbox.Claim.DELIVERED) {
                    delivered++;
                }
            }
        }
        for (Object[] r : open) {
            planning.replan((Long) r[0], now);
        }
        // Older messages read, the last two working days' left unread.
        LocalDateTime readBefore =
                cal.startOfWorkingDay(cal.addWorkingDays(cal.workingDayOnOrAfter(now.toLocalDate()), -2));
        em.createQuery("UPDATE InboxMessage m SET m.readAt = :now WHERE m.createdAt < :before AND m.readAt IS NULL")
                .setParameter("now", now)
                .setParameter("before", readBefore)
                .executeUpdate();
        em.flush();
        int total = open.size();
        int claimed = delivered;
        LOG.info(() ->
                "Demo notices: " + total + " open petitions planned, " + claimed + " notices replayed for the demo"
                        + " department, in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
    }
}
