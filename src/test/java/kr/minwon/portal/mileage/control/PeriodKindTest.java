package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodKindTest {

    @Test
    void aKeyTellsItsKindSoAYearCanBeReplayedInAQuarterlyOffice() {
        assertThat(PeriodKind.ofKey("2026-Q3")).contains(PeriodKind.QUARTER);
        assertThat(PeriodKind.ofKey("2026-H1")).contains(PeriodKind.HALF);
        assertThat(PeriodKind.ofKey("2026")).contains(PeriodKind.YEAR);
        assertThat(PeriodKind.ofKey("2026-Q5")).isEmpty();
        assertThat(PeriodKind.ofKey("Q3-2026")).isEmpty();
        assertThat(PeriodKind.ofKey(null)).isEmpty();
    }

    @Test
    void aYearRunsFromJanuaryToDecember() {
        assertThat(PeriodKind.YEAR.startOf("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(PeriodKind.YEAR.endOf("2026")).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
