package kr.minwon.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The office's clock: logic asks it for "now" so that times are in the office's zone ({@code portal.zone}, env
 * {@code PORTAL_ZONE}, default Asia/Seoul) whatever the server's zone.
 *
 * <p>{@code portal.clock.start} (env {@code PORTAL_CLOCK_START}), an office-local ISO date-time such as
 * {@code 2027-01-04T09:00}, fixes the office's time for tests and rehearsals: the clock reads that moment when the
 * portal's JVM started and ticks on from there (the zone's system clock, offset). Unset or blank: real time.
 */
@ApplicationScoped
public class OfficeClock {

    public static final String ZONE_KEY = "portal.zone";
    public static final String START_KEY = "portal.clock.start";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    private static final Logger LOG = Logger.getLogger(OfficeClock.class.getName());

    @Produces
    @ApplicationScoped
    Clock clock() {
        ZoneId zone = zone();
        Optional<LocalDateTime> start = start();
        if (start.isEmpty()) {
            return Clock.system(zone);
        }
        Instant booted =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Clock clock = startingAt(start.get(), zone, booted);
        LOG.warning(() -> "The office clock is fixed by " + START_KEY + ": it read " + start.get() + " (" + zone
                + ") when the server started, and reads " + LocalDateTime.now(clock) + " now");
        return clock;
    }

    /** A clock of the zone that reads {@code start} at the instant {@code booted} and ticks on from there. */
    public static Clock startingAt(LocalDateTime start, ZoneId zone, Instant booted) {
        return Clock.offset(
                Clock.system(zone), Duration.between(booted, start.atZone(zone).toInstant()));
    }

    /** The office's zone from the configuration ({@code portal.zone}); Asia/Seoul when unset. */
    public static ZoneId zone() {
        return value(ZONE_KEY)
                .map(z -> {
                    try {
                        return ZoneId.of(z);
                    } catch (DateTimeException e) {
                        throw new IllegalStateException(ZONE_KEY + " is not a time zone: " + z, e);
                    }
                })
                .orElse(DEFAULT_ZONE);
    }

    /** The configured start of the office clock ({@code portal.clock.start}); empty for real time. */
    public static Optional<LocalDateTime> start() {
        return value(START_KEY).map(s -> {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeException e) {
                throw new IllegalStateException(
                        START_KEY + " is not an ISO local date-time such as 2027-01-04T09:00: " + s, e);
            }
        });
    }

    /**
     * A key's non-blank value from MicroProfile Config (system properties, environment, microprofile-config.properties);
     * outside a container (unit tests) from the system property or the environment variable of the same name.
     */
    private static Optional<String> value(String key) {
        Optional<String> value;
        try {
            Config config = ConfigProvider.getConfig();
            value = config.getOptionalValue(key, String.class);
        } catch (IllegalStateException | ServiceConfigurationError e) {
            value = Optional.ofNullable(System.getProperty(key))
                    .or(() ->
                            Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))));
        }
        return value.map(String::trim).filter(s -> !s.isEmpty());
    }
}
