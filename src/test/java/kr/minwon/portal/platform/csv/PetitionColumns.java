package kr.minwon.portal.platform.csv;

/** The petition file of the CSV contract, as the tests' example schema. */
final class PetitionColumns {

    static final CsvColumn RECEIPT_NO = CsvColumn.required("receipt_no", "접수번호");
    static final CsvColumn TYPE_CODE = CsvColumn.required("type_code", "민원사무코드");
    static final CsvColumn RECEIVED_AT = CsvColumn.required("received_at", "접수일시");
    static final CsvColumn HANDLER_NO = CsvColumn.required("handler_no", "담당자사번");
    static final CsvColumn CHANNEL = CsvColumn.optional("channel", "접수경로");
    static final CsvColumn COMPOUND = CsvColumn.optional("compound", "복합민원");

    static final CsvSchema SCHEMA = CsvSchema.of(RECEIPT_NO, TYPE_CODE, RECEIVED_AT, HANDLER_NO, CHANNEL, COMPOUND);

    private PetitionColumns() {}
}
