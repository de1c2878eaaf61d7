package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfficeClockTest {

    private String runStart;

    /** A run with -Dportal.clock.start hands the property to this JVM too: each test starts without it. */
    @BeforeEach
    void putAsideTheRunsStart() {
        runStart = System.getProperty(OfficeClock.START_KEY);
        System.clearProperty(OfficeClock.START_KEY);
    }

    @AfterEach
    void clear() {
        System.clearProperty(OfficeClock.START_KEY);
        System.clearProperty(OfficeClock.ZONE_KEY);
        if (runStart != null) {
            System.setProperty(OfficeClock.START_KEY, runStart);
        }
    }

    @Test
    void a_fixed_clock_reads_its_start_at_the_boot_instant_and_ticks_on() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        Instant booted = Instant.now().minus(Duration.ofMinutes(90));
        Clock clock = OfficeClock.startingAt(LocalDateTime.parse("2027-01-04T09:00"), seoul, booted);
        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(clock.getZone()).isEqualTo(seoul);
        assertThat(now).isBetween(LocalDateTime.parse("2027-01-04T10:30"), LocalDateTime.parse("2027-01-04T10:31"));
        assertThat(LocalDateTime.now(clock)).as("it ticks").isAfterOrEqualTo(now);
    }

    @Test
    void start_and_zone_come_from_the_configuration_and_blank_means_real_time() {
        if (System.getenv("PORTAL_CLOCK_START") == null) {
            assertThat(OfficeClock.start()).isEmpty();
        }
        assertThat(OfficeClock.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        System.setProperty(OfficeClock.START_KEY, " ");
        assertThat(OfficeClock.start()).isEmpty();
        System.setProperty(OfficeClock.START_KEY, "2028-02-29T09:00");
        assertThat(OfficeClock.start()).contains(LocalDateTime.parse("2028-02-29T09:00"));
        System.setProperty(OfficeClock.ZONE_KEY, "Asia/Tokyo");
        assertThat(OfficeClock.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void a_start_that_is_not_a_local_date_time_is_refused_by_name() {
        System.setProperty(OfficeClock.START_KEY, "2027-01-04 9시");
        assertThatThrownBy(OfficeClock::start).hasMessageContaining(OfficeClock.START_KEY);
    }
}
