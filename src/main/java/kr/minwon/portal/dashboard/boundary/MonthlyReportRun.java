package kr.minwon.portal.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.dashboard.control.MonthlyReportDue;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.Migrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monthly status report's trigger, every 15 minutes (portal.report.run.enabled): from the first working day of a
 * month on, makes the previous month's report if it is missing. Cheap when it exists (one indexed look-up); runs on
 * every node, and the unique month keeps the report and its inbox message to one. {@link #run} takes "now" so tests
 * and operators can drive it with a controlled clock.
 */
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyReportRun {

    private static final Logger LOG = Logger.getLogger(MonthlyReportRun.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    MonthlyReports reports;

    @Inject
    @ConfigProperty(name = "portal.report.run.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What one run found: the month due (none before the first working day) and whether this run made it. */
    public record Outcome(YearMonth due, boolean made) {}

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void tick() {
        if (!enabled) {
            return;
        }
        if (!migrations.isMigrated()) {
            return;
        }
        try {
            run(LocalDateTime.now(clock));
            DatabaseOutage.over();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                DatabaseOutage.noticed("monthly report run", e);
            } else {
                LOG.log(Level.WARNING, "Monthly report run failed; the next one retries", e);
            }
        }
    }

    /** One run as of {@code now}; empty when another run on this node is still busy. */
    @PermitAll
    public Optional<Outcome> run(LocalDateTime now) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            Optional<YearMonth> due = MonthlyReportDue.due(now.toLocalDate(), calendar.calendar());
            if (due.isEmpty()) {
                return Optional.of(new Outcome(null, false));
            }
            boolean made = reports.makeIfMissing(due.get(), now).isPresent();
            if (made) {
                LOG.info(() -> "Monthly status report made for " + due.get());
            }
            return Optional.of(new Outcome(due.get(), made));
        } finally {
            running.set(false);
        }
    }
}
