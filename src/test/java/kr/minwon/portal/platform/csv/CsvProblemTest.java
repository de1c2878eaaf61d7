package kr.minwon.portal.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvProblemTest {

    @Test
    void aProblemWithoutMessageCarriesTheReasonsKoreanText() {
        CsvProblem problem = CsvProblem.of(7, PetitionColumns.RECEIPT_NO, null, CsvProblem.Reason.REQUIRED);

        assertThat(problem.message()).isEqualTo("필수 항목이 비어 있습니다");
        assertThat(problem.column()).isEqualTo("receipt_no");
        assertThat(problem.rowNumber()).isEqualTo(7);
    }

    @Test
    void aHintIsAddedToTheReasonsText() {
        CsvProblem problem =
                CsvProblem.of(3, PetitionColumns.COMPOUND, "maybe", CsvProblem.Reason.BAD_FORMAT, "Y 또는 N");

        assertThat(problem.message()).isEqualTo("형식이 올바르지 않습니다 (Y 또는 N)");
    }

    @Test
    void longValuesAreCutToAHundredCharacters() {
        CsvProblem problem = CsvProblem.of(2, null, "가".repeat(500), CsvProblem.Reason.OTHER);

        assertThat(problem.value()).startsWith("가".repeat(100)).hasSize(101);
    }

    @Test
    void theReportCountsEveryProblemButKeepsOnlyTheFirstOnes() {
        CsvReport report = new CsvReport(10);
        for (int row = 2; row < 27; row++) {
            report.add(row, PetitionColumns.RECEIPT_NO, null, CsvProblem.Reason.REQUIRED);
        }

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.totalProblems()).isEqualTo(25);
        assertThat(report.problems())
                .hasSize(10)
                .first()
                .extracting(CsvProblem::rowNumber)
                .isEqualTo(2);
        assertThat(report.isTruncated()).isTrue();
    }

    @Test
    void anEmptyReportHasNoErrors() {
        CsvReport report = new CsvReport();

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).isEmpty();
        assertThat(report.isTruncated()).isFalse();
    }
}
