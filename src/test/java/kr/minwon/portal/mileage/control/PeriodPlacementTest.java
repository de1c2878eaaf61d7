package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13 (8): a line dated in a closed period says where it counts instead. */
class PeriodPlacementTest {

    private static final LocalDate IN_Q3 = LocalDate.of(2026, 8, 20);

    @Test
    void aLineInItsOwnPeriodSaysNothingMore() {
        assertThat(PeriodPlacement.explain("조정: 친절 가점", PeriodKind.QUARTER, IN_Q3, "2026-Q3"))
                .isEqualTo("조정: 친절 가점");
    }

    @Test
    void aLineMovedOutOfAClosedPeriodSaysWhere() {
        assertThat(PeriodPlacement.explain("2026-0001 · 3일 단축", PeriodKind.QUARTER, IN_Q3, "2026-Q4"))
                .isEqualTo("2026-0001 · 3일 단축 (마감된 2026-Q3 대신 2026-Q4에 반영)");
        assertThat(PeriodPlacement.note(PeriodKind.HALF, IN_Q3, "2027-H1")).isEqualTo(" (마감된 2026-H2 대신 2027-H1에 반영)");
    }

    @Test
    void theNoteSurvivesTheColumnLength() {
        String explained = PeriodPlacement.explain("가".repeat(600), PeriodKind.QUARTER, IN_Q3, "2026-Q4");
        assertThat(explained).hasSize(PeriodPlacement.MAX_EXPLANATION).endsWith("… (마감된 2026-Q3 대신 2026-Q4에 반영)");
    }

    @Test
    void everyPresetSetsAdoptionPoints() {
        assertThat(Presets.SEONGDONG_2009.adoptionPoints()).isEqualByComparingTo("2");
        assertThat(Presets.MOIS_2008.adoptionPoints()).isEqualByComparingTo("1");
        assertThat(Presets.JUNG_GU_2011.adoptionPoints()).isEqualByComparingTo("1");
    }
}
