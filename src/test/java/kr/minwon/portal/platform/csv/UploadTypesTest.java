package kr.minwon.portal.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upload path every import shares: the size limits, the result and the rejection with its problem lines. */
class UploadTypesTest {

    private static final CsvColumn RECEIPT = CsvColumn.required("receipt_no", "접수번호");
    private static final CsvSchema SCHEMA = CsvSchema.of(RECEIPT);

    @Test
    void theLimitsAreInclusiveAndNamedInMegabytes() {
        assertThat(UploadLimit.CSV_IMPORT.maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(UploadLimit.CATALOGUE.megabytes()).isEqualTo(5);
        assertThat(UploadLimit.HOLIDAYS.getMaxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(UploadLimit.CATALOGUE.exceeds(5L * 1024 * 1024)).isFalse();
        assertThat(UploadLimit.CATALOGUE.exceeds(5L * 1024 * 1024 + 1)).isTrue();
        assertThatThrownBy(() -> new UploadLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultKeepsItsOwnCopyOfTheWarnings() {
        List<String> warnings = new ArrayList<>(List.of("자료 행이 없습니다."));
        ImportResult result = new ImportResult(1, 2, 3, warnings);
        warnings.clear();
        assertThat(result.warnings()).containsExactly("자료 행이 없습니다.");
    }

    @Test
    void aRejectionListsFileProblemsFirstThenByRowAndSaysWhenItKeptOnlySome() {
        CsvReport report = new CsvReport(3);
        report.add(5, RECEIPT, "x", CsvProblem.Reason.BAD_FORMAT);
        report.add(2, RECEIPT, null, CsvProblem.Reason.REQUIRED);
        report.add(0, null, null, CsvProblem.Reason.MISSING_COLUMN);
        report.add(7, RECEIPT, "y", CsvProblem.Reason.BAD_FORMAT);

        CsvRejection rejection = CsvRejection.of(report);

        assertThat(rejection.problems()).extracting(CsvProblem::rowNumber).containsExactly(0, 2, 5);
        assertThat(rejection.totalProblems()).isEqualTo(4);
        assertThat(rejection.isTruncated()).isTrue();
        assertThat(rejection.detail()).contains("4건").contains("처음 3건만");
        assertThat(rejection.lines(SCHEMA)).extracting(CsvProblemLine::getRow).containsExactly("", "2", "5");
        assertThat(rejection.lines(SCHEMA).get(1).getColumn()).isEqualTo("접수번호 (receipt_no)");
    }

    @Test
    void aRejectionWithEveryProblemKeptSaysNothingAboutTheRest() {
        CsvRejection rejection =
                new CsvRejection(List.of(CsvProblem.of(2, RECEIPT, null, CsvProblem.Reason.REQUIRED)), 1);
        assertThat(rejection.isTruncated()).isFalse();
        assertThat(rejection.detail()).contains("1건").doesNotContain("처음");
    }
}
