package kr.minwon.portal.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.platform.rest.InputRejected;
import org.junit.jupiter.api.Test;

class KpiResourceTest {

    @Test
    void bad_or_reversed_dates_are_a_400_naming_each_field() {
        assertThatThrownBy(() -> KpiResource.filter("2026-13-01", null, null, null))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(err -> err.field()).containsExactly("from", "to");
                });
        assertThatThrownBy(() -> KpiResource.filter("2026-03-31", "2026-01-01", null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
    }

    @Test
    void blank_department_and_handler_mean_any() {
        Kpis.Filter f = KpiResource.filter("2026-01-01", "2026-03-31", " ", "");
        assertThat(f).isEqualTo(new Kpis.Filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null));
    }

    @Test
    void the_body_has_the_fields_of_the_interface_and_null_rates_for_an_empty_range() {
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        channels.put(Channel.COUNTER, 0L);
        KpiReport empty = new KpiReport(
                new Kpis.Filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null),
                LocalDateTime.of(2026, 2, 1, 9, 0),
                KpiTotals.EMPTY,
                3,
                1,
                2,
                2,
                channels,
                0,
                0,
                List.of(),
                List.of(),
                new long[24],
                new long[7]);
        JsonObject json = KpiResource.json(empty);
        assertThat(json.keySet())
                .contains(
                        "completed",
                        "onTime",
                        "complianceRate",
                        "reductionRate",
                        "legalDays",
                        "usedDays",
                        "openOverdue",
                        "byChannel",
                        "outOfDistrictShare");
        assertThat(json.get("complianceRate")).isEqualTo(JsonValue.NULL);
        assertThat(json.get("reductionRate")).isEqualTo(JsonValue.NULL);
        assertThat(json.getInt("openOverdue")).isEqualTo(1);

        KpiReport some = new KpiReport(
                empty.filter(),
                empty.asOf(),
                new KpiTotals(2, 1, new BigDecimal("15"), new BigDecimal("12")),
                0,
                0,
                0,
                2,
                channels,
                1,
                4,
                List.of(),
                List.of(),
                new long[24],
                new long[7]);
        JsonObject body = KpiResource.json(some);
        assertThat(body.getJsonNumber("complianceRate").bigDecimalValue()).isEqualByComparingTo("50.0");
        assertThat(body.getJsonNumber("reductionRate").bigDecimalValue()).isEqualByComparingTo("20.0");
        assertThat(body.getJsonNumber("outOfDistrictShare").bigDecimalValue()).isEqualByComparingTo("25.0");
    }
}
