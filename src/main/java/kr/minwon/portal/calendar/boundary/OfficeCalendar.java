package kr.minwon.portal.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.calendar.control.HolidayCoverage;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.platform.SchemaReady;
import kr.minwon.portal.platform.cluster.CacheChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's working calendar as the deadline engine (petition's DeadlineCalculator) sees it: the holidays in the database and the configured
 * working hours. Immutable snapshots are swapped on change, so readers never lock. The other nodes of a cluster reload
 * as soon as a change has committed (platform.cluster, within a second), and every five minutes whatever happened.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeCalendar {

    /** The name other nodes know this cache by. */
    public static final String CACHE = "calendar";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.calendar.lunch.excluded", defaultValue = "true")
    boolean lunchExcluded;

    @Inject
    @ConfigProperty(name = "portal.calendar.after.hours.next.start", defaultValue = "true")
    boolean afterHoursNextStart;

    private volatile WorkingCalendar calendar;

    @Inject
    Migrations migrations;

    @PostConstruct
    void load() {
        if (migrations.isMigrated()) {
            reload();
        }
    }

    /**
     * Started while the database was away: the holidays are read once the schema is current, before the first-start
     * setup (default priority) seeds what needs deadlines.
     */
    public void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION) SchemaReady ready) {
        reload();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void refresh() {
        if (!migrations.isMigrated()) {
            return;
        }
        try {
            reload();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // The snapshot in hand stays; the next refresh reads the table again.
            DatabaseOutage.noticed("calendar refresh", e);
        }
    }

    /** Another node changed the holidays. */
    public void changedElsewhere(@Observes CacheChanged change) {
        if (change.is(CACHE)) {
            reload();
        }
    }

    public void reload() {
        List<LocalDate> days = em.createQuery("SELECT h.date FROM HolidayEntry h", LocalDate.class)
                .getResultList();
        // Holidays are known through the end of the last complete year (WorkingCalendar.holidaysCompleteThrough).
        calendar = WorkingCalendar.of(days, hours());
    }

    /** How far the holiday table reaches, for the provisional marks, the admins' banner and readiness. */
    public HolidayCoverage coverage() {
        return HolidayCoverage.of(calendar());
    }

    /**
     * The coverage of the snapshot in hand, without reading the database: empty while none is loaded (the database
     * was away at start), so that a readiness probe every few seconds does not try, and log, a query each time.
     */
    public Optional<HolidayCoverage> loadedCoverage() {
        WorkingCalendar c = calendar;
        return c == null ? Optional.empty() : Optional.of(HolidayCoverage.of(c));
    }

    public WorkingHours hours() {
        WorkingHours base = lunchExcluded ? WorkingHours.standard() : WorkingHours.lunchIncluded();
        return base.withAfterHoursStartsNextWorkingStart(afterHoursNextStart);
    }

    /** The current snapshot; petition builds its deadline calculator on it. */
    public WorkingCalendar calendar() {
        WorkingCalendar c = calendar;
        if (c == null) {
            // Not loaded yet (the database was away at start): read it now, or fail as the database does.
            reload();
            c = calendar;
        }
        return c;
    }
}
