package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;
import org.junit.jupiter.api.Test;

class RulePreviewTest {

    private static RulePreview.Input input(String handler, double legal, double used, String current) {
        return new RulePreview.Input(
                handler,
                "이름" + handler,
                "민원1팀",
                PetitionFacts.unextended("R", DeadlineMode.DAYS, legal, used, false, Outcome.GRANTED, true),
                new BigDecimal(current));
    }

    @Test
    void sumsCurrentAndCandidatePointsPerPerson() {
        // MOIS 2008: 1 point a day saved. Seongdong banded 7-13 days at 1 per 2: 10 legal, 2 used -> 4.
        List<RulePreview.Row> rows = RulePreview.perPerson(
                Presets.MOIS_2008.rules(),
                List.of(input("A", 10, 2, "4"), input("A", 3, 1, "2"), input("B", 5, 6, "-1")));
        assertThat(rows).extracting(RulePreview.Row::employeeNo).containsExactly("A", "B");
        RulePreview.Row a = rows.get(0);
        assertThat(a.current()).isEqualByComparingTo("6");
        assertThat(a.wouldBe()).isEqualByComparingTo("10");
        assertThat(a.change()).isEqualByComparingTo("4");
        assertThat(a.petitions()).isEqualTo(2);
        assertThat(rows.get(1).wouldBe()).isEqualByComparingTo("-1");
    }

    @Test
    void petitionsNobodyScoresUnderEitherAreLeftOut() {
        // Jung-gu 2011 starts at 3-day periods: a 2-day petition with no ledger score shows nobody.
        assertThat(RulePreview.perPerson(Presets.JUNG_GU_2011.rules(), List.of(input("A", 2, 1, "0"))))
                .isEmpty();
    }
}
