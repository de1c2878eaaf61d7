package kr.minwon.portal.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvProblemLineTest {

    private static final CsvColumn RECEIPT = CsvColumn.required("receipt_no", "접수번호");
    private static final CsvSchema SCHEMA = CsvSchema.of(RECEIPT);

    @Test
    void aRowProblemNamesTheColumnByItsKoreanHeaderAndKey() {
        CsvProblemLine line = CsvProblemLine.of(CsvProblem.of(3, RECEIPT, "X 1", CsvProblem.Reason.BAD_FORMAT), SCHEMA);
        assertThat(line.getRow()).isEqualTo("3");
        assertThat(line.getColumn()).isEqualTo("접수번호 (receipt_no)");
        assertThat(line.getValue()).isEqualTo("X 1");
        assertThat(line.getReason()).isNotBlank();
    }

    @Test
    void aFileProblemHasNoRowAndAnUnknownColumnKeepsItsKey() {
        CsvProblemLine line = CsvProblemLine.of(
                CsvProblem.of(0, CsvColumn.optional("extra", "기타"), null, CsvProblem.Reason.OTHER), SCHEMA);
        assertThat(line.getRow()).isEmpty();
        assertThat(line.getColumn()).isEqualTo("extra");
        assertThat(line.getValue()).isEmpty();
    }
}
