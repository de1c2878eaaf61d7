package kr.minwon.portal.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.calendar.control.HolidayCoverage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready: how far the holiday table reaches. Always UP, because deadlines past it still compute (weekends only,
 * marked provisional); from 90 days before its end it carries a {@code warning} for monitoring to pass on.
 */
@Readiness
@ApplicationScoped
public class HolidayCoverageReadiness implements HealthCheck {

    @Inject
    OfficeCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        Optional<HolidayCoverage> coverage = calendar.loadedCoverage();
        if (coverage.isEmpty()) {
            // Not loaded yet: the database was away at start (the database check says DOWN); the calendar is read
            // when the schema is current, not by this probe.
            return new HealthCheckResponse(
                    "holidays",
                    HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.<String, Object>of("holidaysLoadedThrough", "not loaded")));
        }
        return report(coverage.get(), LocalDate.now(clock));
    }

    /** The check's answer for a coverage on a day, so it can be tested without a container. */
    static HealthCheckResponse report(HolidayCoverage coverage, LocalDate today) {
        // Built without the runtime's builder (a plain constructor since MicroProfile Health 3) so a unit test can call
        // it.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "holidaysLoadedThrough",
                coverage.loadedThrough().map(LocalDate::toString).orElse("none"));
        coverage.daysLeft(today).ifPresent(days -> data.put("daysLeft", days));
        coverage.warning(today).ifPresent(w -> data.put("warning", w));
        return new HealthCheckResponse("holidays", HealthCheckResponse.Status.UP, Optional.of(data));
    }
}
