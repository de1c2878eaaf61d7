package kr.minwon.portal.calendar.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.calendar.control.HolidayCoverage;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** /health/ready's holiday check: UP always, with a warning from 90 days before the table ends. */
class HolidayCoverageReadinessTest {

    private static final HolidayCoverage THROUGH_2027 = new HolidayCoverage(Optional.of(LocalDate.of(2027, 12, 31)));

    @Test
    void farFromTheEndItIsUpWithoutAWarning() {
        HealthCheckResponse r = HolidayCoverageReadiness.report(THROUGH_2027, LocalDate.of(2026, 12, 6));

        assertThat(r.getName()).isEqualTo("holidays");
        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        Map<String, Object> data = r.getData().orElseThrow();
        assertThat(data)
                .containsEntry("holidaysLoadedThrough", "2027-12-31")
                .containsEntry("daysLeft", 390L)
                .doesNotContainKey("warning");
    }

    @Test
    void withinNinetyDaysItStaysUpAndWarns() {
        HealthCheckResponse r = HolidayCoverageReadiness.report(THROUGH_2027, LocalDate.of(2027, 10, 15));

        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(r.getData().orElseThrow())
                .containsEntry("holidaysLoadedThrough", "2027-12-31")
                .containsEntry("daysLeft", 77L)
                .hasEntrySatisfying(
                        "warning",
                        w -> assertThat((String) w).startsWith("The holiday table ends on 2027-12-31 (77 days left)"));
    }

    @Test
    void pastTheEndOrWithoutATableItStillAnswersUp() {
        assertThat(HolidayCoverageReadiness.report(THROUGH_2027, LocalDate.of(2028, 2, 1))
                        .getStatus())
                .isEqualTo(HealthCheckResponse.Status.UP);
        HealthCheckResponse none =
                HolidayCoverageReadiness.report(new HolidayCoverage(Optional.empty()), LocalDate.of(2026, 1, 5));
        assertThat(none.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(none.getData().orElseThrow())
                .containsEntry("holidaysLoadedThrough", "none")
                .containsKey("warning");
    }
}
