package kr.minwon.portal.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.HolidayCoverage;
import kr.minwon.portal.calendar.control.WorkingCalendar;

/**
 * What screens say about the holiday table: the "잠정" mark on a deadline past it, and the admins' banner from 90 days
 * before it ends (the template shows the banner to admins only).
 */
@Named("holidayCoverage")
@RequestScoped
public class HolidayCoverageView {

    @Inject
    OfficeCalendar calendar;

    @Inject
    Clock clock;

    /** The office calendar of this request: a list asks for it once per row (issue 16), the bean once per page. */
    private WorkingCalendar workingCalendar;

    /** Whether a deadline lies past the holidays loaded (weekends only; it may still move). */
    public boolean provisional(LocalDateTime deadline) {
        if (deadline == null) {
            return false;
        }
        if (workingCalendar == null) {
            workingCalendar = calendar.calendar();
        }
        return workingCalendar.isProvisional(deadline.toLocalDate());
    }

    public boolean isWarning() {
        return calendar.coverage().warnsOn(LocalDate.now(clock));
    }

    /** The table's last day as text, or empty when there is no table. */
    public String getLoadedThrough() {
        return calendar.coverage().loadedThrough().map(LocalDate::toString).orElse("");
    }

    public boolean isEnded() {
        HolidayCoverage c = calendar.coverage();
        return c.loadedThrough().map(last -> LocalDate.now(clock).isAfter(last)).orElse(true);
    }

    public long getDaysLeft() {
        return calendar.coverage().daysLeft(LocalDate.now(clock)).orElse(0L);
    }

    /** The year to load next. */
    public int getNextYear() {
        return calendar.coverage()
                .loadedThrough()
                .map(d -> d.getYear() + 1)
                .orElse(LocalDate.now(clock).getYear());
    }
}
