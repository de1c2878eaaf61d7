package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetBandsTest {

    private static RuleSet withBands(int minLegalDays, Band... bands) {
        return new RuleSet(
                "시험",
                minLegalDays,
                Set.of(),
                List.of(bands),
                BigDecimal.ONE,
                null,
                null,
                BigDecimal.ONE,
                BigDecimal.ZERO);
    }

    @Test
    void everyPresetCoversEveryEligiblePeriod() {
        for (Presets preset : Presets.values()) {
            assertThat(preset.rules().firstUncoveredDays()).as(preset.name()).isNull();
        }
    }

    @Test
    void aBandCoversTheFractionsOfItsLastDay() {
        Band band = new Band(2, 6, 1);
        assertThat(band.covers(6.9)).isTrue();
        assertThat(band.covers(7.0)).isFalse();
        assertThat(band.covers(1.9)).isFalse();
    }

    @Test
    void aGapBetweenBandsOrAMissingOpenEndIsFound() {
        assertThat(withBands(2, new Band(2, 6, 1), new Band(8, null, 2)).firstUncoveredDays())
                .isEqualTo(7);
        assertThat(withBands(2, new Band(3, null, 1)).firstUncoveredDays()).isEqualTo(2);
        assertThat(withBands(2, new Band(2, 6, 1), new Band(7, 13, 2)).firstUncoveredDays())
                .isEqualTo(14);
        assertThat(withBands(0, new Band(7, null, 2), new Band(0, 6, 1)).firstUncoveredDays())
                .isNull();
    }
}
