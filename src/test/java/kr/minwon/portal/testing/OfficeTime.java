package kr.minwon.portal.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The office's "now" as the shared test server sees it, for the black-box tests: real Asia/Seoul time, or, when
 * {@code -Dportal.clock.start=2027-01-04T09:00} fixes the office clock (failsafe passes it to the server, which reads
 * that moment when it starts and ticks on), that moment plus the time since the server came up. The test side counts
 * from when the server answered ready, so it runs a little behind the server's clock, never ahead: a time the tests
 * call "now" is never in the server's future. Tests inside the container inject the portal's {@code Clock} instead.
 */
public final class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    public static final String START_PROPERTY = "portal.clock.start";

    private static LocalDateTime anchorTime;
    private static long anchorNanos;
    private static long launchNanos;

    private OfficeTime() {}

    /** The fixed start of the office clock, if the run fixes it. */
    public static Optional<LocalDateTime> start() {
        String s = System.getProperty(START_PROPERTY, "").trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(s));
    }

    public static boolean fixed() {
        return start().isPresent();
    }

    /** The office's current time (starts the shared server first when the clock is fixed: it counts from its start). */
    public static LocalDateTime now() {
        if (!fixed()) {
            return LocalDateTime.now(ZONE);
        }
        PortalServer.shared();
        return current();
    }

    /** Now, to the minute, as the API's times are written. */
    public static LocalDateTime minute() {
        return now().withSecond(0).withNano(0);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    public static YearMonth month() {
        return YearMonth.from(now());
    }

    /** The office time without starting anything: the start when no server has come up yet. */
    static synchronized LocalDateTime current() {
        if (anchorTime == null) {
            return start().orElseGet(() -> LocalDateTime.now(ZONE));
        }
        return anchorTime.plusNanos(System.nanoTime() - anchorNanos);
    }

    /**
     * The server's own office time, at most a moment ahead of it (counted from the launch of its process, which its
     * JVM start follows closely): where a restarted server's clock starts, so that time never runs backwards.
     */
    static synchronized LocalDateTime serverTime() {
        if (anchorTime == null) {
            return start().orElseGet(() -> LocalDateTime.now(ZONE));
        }
        return anchorTime.plusNanos(System.nanoTime() - launchNanos);
    }

    /**
     * Called by {@link PortalServer} when a server it launched ({@code System.nanoTime()} {@code launched}) with
     * {@code startedAt} as its clock start is ready.
     */
    static synchronized void anchor(LocalDateTime startedAt, long launched) {
        anchorTime = startedAt;
        anchorNanos = System.nanoTime();
        launchNanos = launched;
    }
}
