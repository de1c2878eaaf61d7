package kr.minwon.portal.bestpractice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static Scoring.Mark m(String points, int weight) {
        return new Scoring.Mark(new BigDecimal(points), weight);
    }

    @Test
    void theTotalIsTheWeightedMeanScaledToAHundred() {
        assertThat(Scoring.total(List.of(m("10", 30), m("10", 30), m("10", 25), m("10", 15))))
                .isEqualByComparingTo("100");
        assertThat(Scoring.total(List.of(m("6", 30), m("8", 30), m("7", 25), m("5", 15))))
                .isEqualByComparingTo("67.00");
        assertThat(Scoring.total(List.of(m("9", 0), m("5", 10)))).isEqualByComparingTo("50");
        assertThat(Scoring.total(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void casesRankHighestFirstTiesShareARankUnscoredLast() {
        List<Scoring.Ranked<String>> r = Scoring.rank(List.of(
                new Scoring.Entry<>("a", new BigDecimal("70")),
                new Scoring.Entry<>("b", null),
                new Scoring.Entry<>("c", new BigDecimal("85")),
                new Scoring.Entry<>("d", new BigDecimal("70")),
                new Scoring.Entry<>("e", new BigDecimal("60"))));
        assertThat(r).extracting(Scoring.Ranked::item).containsExactly("c", "a", "d", "e", "b");
        assertThat(r).extracting(Scoring.Ranked::rank).containsExactly(1, 2, 2, 4, 5);
    }

    @Test
    void aCaseScoreIsTheMeanOfItsReviewers() {
        assertThat(Scoring.mean(List.of(new BigDecimal("70"), new BigDecimal("81"))))
                .isEqualByComparingTo("75.50");
        assertThat(Scoring.mean(List.of())).isNull();
    }
}
