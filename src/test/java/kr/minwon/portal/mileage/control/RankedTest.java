package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankedTest {

    private static UnitScore unit(String code, String points, int people, int petitions) {
        return new UnitScore(code, code, new BigDecimal(points), people, petitions);
    }

    @Test
    void unitsRankFromMostPointsDownAndTiesShareAPlace() {
        List<Ranked<UnitScore>> ranked = Ranked.rank(
                List.of(unit("A", "10", 3, 10), unit("B", "30", 9, 40), unit("C", "10", 2, 4), unit("D", "5", 1, 1)),
                u -> u.points().doubleValue());
        assertThat(ranked).extracting(r -> r.item().code()).containsExactly("B", "A", "C", "D");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void perPetitionViewLetsASmallTeamBeatABigOne() {
        UnitScore big = unit("BIG", "120", 12, 100);
        UnitScore small = unit("SMALL", "30", 3, 20);
        List<Ranked<UnitScore>> ranked =
                Ranked.rank(List.of(big, small), u -> u.perPetition().doubleValue());
        assertThat(ranked.get(0).item()).isEqualTo(small);
        assertThat(small.perPetition()).isEqualByComparingTo("1.50");
        assertThat(big.perPetition()).isEqualByComparingTo("1.20");
    }

    @Test
    void aUnitWithNoScoredPetitionHasARatioOfZero() {
        assertThat(unit("X", "3", 1, 0).perPetition()).isEqualByComparingTo("0");
        assertThat(UnitScore.perPetition(new BigDecimal("-4"), 3)).isEqualByComparingTo("-1.33");
    }

    @Test
    void anEmptyListRanksToNothing() {
        assertThat(Ranked.rank(List.<UnitScore>of(), u -> 0)).isEmpty();
    }
}
