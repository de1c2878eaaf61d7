package kr.minwon.portal.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.calendar.control.Holiday;
import kr.minwon.portal.calendar.control.HolidayKind;
import kr.minwon.portal.calendar.control.SpecialDayResponse;
import kr.minwon.portal.calendar.entity.HolidayEntry;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.cluster.ClusterCaches;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * The office's holidays. Every change reloads the working calendar and moves the deadlines of the open petitions it
 * touches (their original deadline stays), in the same transaction.
 */
@Stateless
public class Holidays {

    /** What a calendar change did. */
    public record Change(int added, int removed, int unchanged, int deadlinesMoved) {}

    /** Fired with each change so that a rolled-back change does not leave the in-memory calendar ahead of the data. */
    public record CalendarEdited() {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    AuditLog audit;

    @Inject
    Event<CalendarEdited> edited;

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_ADMIN"
    })
    public List<HolidayEntry> ofYear(int year) {
        return em.createQuery(
                        "SELECT h FROM HolidayEntry h WHERE h.date >= :from AND h.date < :to ORDER BY h.date",
                        HolidayEntry.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public Change add(LocalDate date, String name, HolidayKind kind, String reason) {
        if (date == null || name == null || name.isBlank() || kind == null) {
            throw new CalendarChangeRefused(Texts.t("calendar.msg.needAll"));
        }
        if (existing(date) != null) {
            throw new CalendarChangeRefused(Texts.t("calendar.msg.alreadyHoliday", String.valueOf(date)));
        }
        em.persist(new HolidayEntry(new Holiday(date, name.trim(), kind), reason, LocalDateTime.now(clock), caller()));
        int moved = afterChange(date);
        audit.record(
                "HOLIDAY_ADDED",
                date.toString(),
                name + " " + kind + " · " + reason + Texts.t("calendar.event.moved", moved));
        return new Change(1, 0, 0, moved);
    }

    /**
     * Sets a holiday idempotently (PUT): the same holiday again changes nothing; a known date with another name or
     * kind is renamed without touching deadlines (the day stays a holiday); a new date is {@link #add added}.
     */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public Change put(LocalDate date, String name, HolidayKind kind, String reason) {
        if (date == null || name == null || name.isBlank() || kind == null) {
            throw new CalendarChangeRefused(Texts.t("calendar.msg.needAll"));
        }
        HolidayEntry entry = existing(date);
        if (entry == null) {
            return add(date, name, kind, reason);
        }
        if (entry.getName().equals(name.trim()) && entry.getKind() == kind) {
            return new Change(0, 0, 1, 0);
        }
        em.remove(entry);
        em.flush();
        em.persist(new HolidayEntry(new Holiday(date, name.trim(), kind), reason, LocalDateTime.now(clock), caller()));
        audit.record(
                "HOLIDAY_CHANGED",
                date.toString(),
                entry.getName() + " " + entry.getKind() + " → " + name + " " + kind + " · " + reason);
        return new Change(0, 0, 0, 0);
    }

    /** The holiday on that date, if any. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_ADMIN"
    })
    public java.util.Optional<HolidayEntry> on(LocalDate date) {
        return java.util.Optional.ofNullable(existing(date));
    }

    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public Change remove(LocalDate date, String reason) {
        HolidayEntry entry = existing(date);
        if (entry == null) {
            throw new CalendarChangeRefused(Texts.t("calendar.msg.notHoliday", String.valueOf(date)));
        }
        em.remove(entry);
        int moved = afterChange(date);
        audit.record(
                "HOLIDAY_REMOVED",
                date.toString(),
                entry.getName() + " · " + reason + Texts.t("calendar.event.moved", moved));
        return new Change(0, 1, 0, moved);
    }

    /** Imports a saved 특일정보 (getRestDeInfo) response, XML or JSON: new holidays are added, known ones left alone. */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public Change importSpecialDays(byte[] response) {
        List<Holiday> holidays;
        try {
            holidays = SpecialDayResponse.parse(response);
        } catch (RuntimeException e) {
            throw new CalendarChangeRefused(Texts.t("calendar.msg.unreadableFeed", e.getMessage()));
        }
        return merge(holidays, Texts.t("calendar.event.feedImport"), "HOLIDAYS_IMPORTED");
    }

    /**
     * Merges what the configured 특일정보 service answered (HolidayFeed): new holidays added, known ones left alone,
     * exactly as an upload. Open to any caller because the monthly run has none; the list comes from the service the
     * operator configured, never from a caller, and no page or endpoint hands one in.
     */
    @PermitAll
    public Change mergeFeed(List<Holiday> holidays) {
        return merge(holidays, Texts.t("calendar.event.feedFetched"), "HOLIDAYS_FETCHED");
    }

    private Change merge(List<Holiday> holidays, String reason, String auditAction) {
        int added = 0;
        int unchanged = 0;
        int moved = 0;
        for (Holiday h : holidays) {
            if (existing(h.date()) != null) {
                unchanged++;
                continue;
            }
            em.persist(new HolidayEntry(h, reason, LocalDateTime.now(clock), caller()));
            added++;
        }
        if (added > 0) {
            em.flush();
            calendar.reload();
            edited.fire(new CalendarEdited());
            CalendarChanged change =
                    new CalendarChanged(holidays.stream().map(Holiday::date).toList());
            changed.fire(change);
            moved = change.deadlinesMoved();
        }
        audit.record(auditAction, "getRestDeInfo", Texts.t("calendar.event.imported", added, unchanged, moved));
        return new Change(added, 0, unchanged, moved);
    }

    private int afterChange(LocalDate date) {
        em.flush();
        calendar.reload();
        edited.fire(new CalendarEdited());
        CalendarChanged change = new CalendarChanged(List.of(date));
        changed.fire(change);
        return change.deadlinesMoved();
    }

    private HolidayEntry existing(LocalDate date) {
        return em.createQuery("SELECT h FROM HolidayEntry h WHERE h.date = :d", HolidayEntry.class)
                .setParameter("d", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private String caller() {
        return audit.callerName();
    }

    /** Once a change has committed, the other nodes of a cluster reload their calendars too. */
    static void tellOtherNodes(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarEdited e, ClusterCaches cluster) {
        cluster.changed(OfficeCalendar.CACHE);
    }

    /** Puts the calendar back in step with the database when a change rolls back. */
    static void restoreAfterRollback(
            @Observes(during = TransactionPhase.AFTER_FAILURE) CalendarEdited e, OfficeCalendar calendar) {
        calendar.reload();
    }
}
