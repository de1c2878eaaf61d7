package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MileageNewsTest {

    @Test
    void aPenaltyIsTheSameNewsWhateverLineWroteIt() {
        assertThat(MileageNews.penaltyKey(12, 7, new BigDecimal("-2.0")))
                .isEqualTo(MileageNews.penaltyKey(12, 7, new BigDecimal("-2")))
                .isNotEqualTo(MileageNews.penaltyKey(12, 7, new BigDecimal("-3")))
                .isNotEqualTo(MileageNews.penaltyKey(12, 8, new BigDecimal("-2")));
    }

    @Test
    void aCorrectionIsNewsPerScoreItWroteOrUndid() {
        assertThat(MileageNews.correctionKey(5, 2, 1)).isEqualTo("mileage:correction:p5:s2");
        assertThat(MileageNews.correctionKey(5, null, 1)).isEqualTo("mileage:correction:p5:r1");
        assertThat(MileageNews.tierKey("2026-Q3", 9)).isEqualTo("mileage:tier:2026-Q3:e9");
    }

    @Test
    void theTextsCarryTheLedgerLinesExplanationInTheReadersLanguage() {
        MileageNews.Text ko = MileageNews.penalty(
                Locale.KOREAN, "2026-0001", new BigDecimal("-3.0"), "법정 8일, 11일 만에 처리 → 처리기한 3일 지연 → -3점");
        assertThat(ko.title()).contains("2026-0001").contains("-3점");
        assertThat(ko.body()).contains("처리기한 3일 지연 → -3점");
        MileageNews.Text en = MileageNews.adjustment(Locale.ENGLISH, new BigDecimal("1.5"), "demo.manager", "조정: 친절");
        assertThat(en.title()).isEqualTo("Mileage adjusted: +1.5 points");
        assertThat(en.body()).contains("demo.manager").contains("조정: 친절");
        MileageNews.Text tier = MileageNews.tier(null, "2026-Q2", "최우수", new BigDecimal("42.5"), 1);
        assertThat(tier.title()).contains("2026-Q2").contains("최우수");
        assertThat(tier.body()).contains("42.5").contains("1위");
    }

    @Test
    void theWorkedExamplesAreScoredByTheRulesGiven() {
        var examples = PointExamples.of(Presets.SEONGDONG_2009.rules());
        assertThat(examples).hasSize(6);
        // 법정 7일, 3일 만에 처리: 4 days saved at 1 per 2 days → 2 points
        assertThat(examples.get(0).score().orElseThrow().points()).isEqualByComparingTo("2");
        // 2 days late: -1 per day
        assertThat(examples.get(4).score().orElseThrow().points()).isEqualByComparingTo("-2");
        // withdrawn: no part in mileage
        assertThat(examples.get(5).score()).isEmpty();
    }
}
