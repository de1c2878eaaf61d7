package kr.minwon.portal.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvColumnTest {

    private final CsvColumn receiptNo = CsvColumn.required("receipt_no", "접수번호", "접수 번호(새올)");

    @Test
    void englishHeaderMatchesWhateverTheCaseSpacesAndUnderscores() {
        assertThat(receiptNo.matches("receipt_no")).isTrue();
        assertThat(receiptNo.matches("Receipt No")).isTrue();
        assertThat(receiptNo.matches("  RECEIPT_NO  ")).isTrue();
        assertThat(receiptNo.matches("receiptno")).isTrue();
    }

    @Test
    void koreanHeaderAndAliasesMatchToo() {
        assertThat(receiptNo.matches("접수번호")).isTrue();
        assertThat(receiptNo.matches(" 접수번호 ")).isTrue();
        assertThat(receiptNo.matches("접수 번호(새올)")).isTrue();
    }

    @Test
    void aByteOrderMarkInFrontOfTheHeaderIsIgnored() {
        assertThat(receiptNo.matches("\uFEFFreceipt_no")).isTrue();
    }

    @Test
    void otherHeadersDoNotMatch() {
        assertThat(receiptNo.matches("receipt")).isFalse();
        assertThat(receiptNo.matches("접수일시")).isFalse();
        assertThat(receiptNo.matches("")).isFalse();
        assertThat(receiptNo.matches(null)).isFalse();
    }

    @Test
    void aSchemaRefusesTwoColumnsAnsweringToTheSameHeader() {
        assertThatThrownBy(() ->
                        CsvSchema.of(CsvColumn.required("code", "부서코드"), CsvColumn.optional("department_code", "부서코드")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSchemaFindsTheColumnForAHeader() {
        assertThat(PetitionColumns.SCHEMA.columnFor("Received At")).contains(PetitionColumns.RECEIVED_AT);
        assertThat(PetitionColumns.SCHEMA.columnFor("메모")).isEmpty();
    }
}
