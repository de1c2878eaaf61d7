package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayDifferenceTest {

    private static ReplayLine line(String receipt, String ledgerHandler, String ledger, String replayed) {
        return new ReplayLine(
                1,
                receipt,
                "100001",
                "김민원",
                ledgerHandler,
                ledger == null ? null : new BigDecimal(ledger),
                replayed == null ? null : new BigDecimal(replayed),
                "why");
    }

    @Test
    void matchingScoresAreNoDifference() {
        assertThat(ReplayDifference.of(List.of(line("R1", "100001", "2.0", "2"), line("R2", null, null, null))))
                .isEmpty();
    }

    @Test
    void aScoreTheLedgerLacksIsReported() {
        assertThat(ReplayDifference.of(List.of(line("R1", null, null, "3"))))
                .singleElement()
                .extracting(ReplayDifference::reason)
                .isEqualTo(ReplayDifference.Reason.MISSING_IN_LEDGER);
    }

    @Test
    void aScoreNoLongerDueIsReported() {
        assertThat(ReplayDifference.of(List.of(line("R1", "100001", "-1", null))))
                .singleElement()
                .extracting(ReplayDifference::reason)
                .isEqualTo(ReplayDifference.Reason.NOT_DUE);
    }

    @Test
    void otherPointsAreReportedWithBothFigures() {
        ReplayDifference d =
                ReplayDifference.of(List.of(line("R1", "100001", "4", "2"))).get(0);
        assertThat(d.reason()).isEqualTo(ReplayDifference.Reason.POINTS);
        assertThat(d.ledgerPoints()).isEqualByComparingTo("4");
        assertThat(d.replayedPoints()).isEqualByComparingTo("2");
    }

    @Test
    void pointsBookedToSomeoneElseAreReported() {
        assertThat(ReplayDifference.of(List.of(line("R1", "100002", "2", "2"))))
                .singleElement()
                .extracting(ReplayDifference::reason)
                .isEqualTo(ReplayDifference.Reason.HANDLER);
    }

    @Test
    void differencesComeInReceiptOrder() {
        assertThat(ReplayDifference.of(List.of(line("R9", null, null, "1"), line("R1", null, null, "1"))))
                .extracting(ReplayDifference::receiptNo)
                .containsExactly("R1", "R9");
    }
}
