package kr.minwon.portal.calendar.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far the office's holiday table reaches, and whether it is time to load the next year: from
 * {@link #WARNING_DAYS} days before its last day (and after it) admins are told, and readiness carries a warning. A
 * deadline after that last day is computed with weekends only and marked provisional ({@link WorkingCalendar#isProvisional}).
 *
 * @param loadedThrough the last day whose holidays are known; empty when the table is empty
 */
public record HolidayCoverage(Optional<LocalDate> loadedThrough) {

    public static final int WARNING_DAYS = 90;

    public static HolidayCoverage of(WorkingCalendar calendar) {
        return new HolidayCoverage(calendar.holidaysLoadedThrough());
    }

    /** Whether admins should hear about it on {@code today}: within 90 days of the table's end, after it, or no table. */
    public boolean warnsOn(LocalDate today) {
        return loadedThrough
                .map(last -> !today.isBefore(last.minusDays(WARNING_DAYS)))
                .orElse(true);
    }

    /** Days from {@code today} to the table's last day, negative once it has passed; empty without a table. */
    public Optional<Long> daysLeft(LocalDate today) {
        return loadedThrough.map(last -> ChronoUnit.DAYS.between(today, last));
    }

    /**
     * The warning as readiness gives it, in plain ASCII English: monitoring tools and Payara's health endpoint do not
     * carry Korean reliably (it arrives as question marks). Screens say it from the bundle. Empty when all is well.
     */
    public Optional<String> warning(LocalDate today) {
        if (!warnsOn(today)) {
            return Optional.empty();
        }
        if (loadedThrough.isEmpty()) {
            return Optional.of("The holiday table is empty: every deadline skips weekends only and is provisional."
                    + " Load the holidays.");
        }
        LocalDate last = loadedThrough.get();
        String verb = today.isAfter(last)
                ? "ended on " + last
                : "ends on " + last + " (" + daysLeft(today).orElseThrow() + " days left)";
        return Optional.of("The holiday table " + verb + ": deadlines after it skip weekends only and are provisional."
                + " Load the holidays of " + (last.getYear() + 1) + ".");
    }
}
