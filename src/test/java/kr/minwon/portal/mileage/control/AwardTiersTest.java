package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AwardTiersTest {

    @Test
    void tiesShareARank() {
        assertThat(AwardTiers.ranks(new double[] {10, 8, 8, 5})).containsExactly(1, 2, 2, 4);
    }

    @Test
    void defaultTiersNameOneTwoAndThreePeople() {
        assertThat(AwardTiers.assign(new double[] {30, 20, 19, 15, 14, 13, 12}, AwardTiers.DEFAULT))
                .containsExactly("최우수", "우수", "우수", "장려", "장려", "장려", null);
    }

    @Test
    void tiedPeopleAreNeverSplitAcrossTiers() {
        assertThat(AwardTiers.assign(new double[] {30, 30, 19, 15}, AwardTiers.DEFAULT))
                .containsExactly("최우수", "최우수", "우수", "장려");
    }

    @Test
    void nobodyWithoutPointsGetsAnAward() {
        assertThat(AwardTiers.assign(new double[] {3, 0, -1}, AwardTiers.DEFAULT))
                .containsExactly("최우수", null, null);
    }

    @Test
    void periodKeysFollowQuartersHalvesAndYears() {
        LocalDate d = LocalDate.of(2026, 8, 15);
        assertThat(PeriodKind.QUARTER.keyOf(d)).isEqualTo("2026-Q3");
        assertThat(PeriodKind.QUARTER.next("2026-Q4")).isEqualTo("2027-Q1");
        assertThat(PeriodKind.QUARTER.endOf("2026-Q1")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(PeriodKind.HALF.keyOf(d)).isEqualTo("2026-H2");
        assertThat(PeriodKind.YEAR.next("2026")).isEqualTo("2027");
        assertThat(PeriodKind.QUARTER.isKey("2026-Q5")).isFalse();
    }
}
