package kr.minwon.portal.petition.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.CsvValues;

/**
 * The petitions CSV of INTERFACES.md §1: its columns (English or Korean headers) and how one row becomes a
 * {@link PetitionInput}, checked by {@link PetitionRules} like every other path. Enum cells take the English names and
 * the Korean words the core system's exports use; the same aliases serve the REST API.
 */
public final class PetitionCsv {

    public static final CsvColumn RECEIPT_NO = CsvColumn.required("receipt_no", "접수번호", "receiptNo");
    public static final CsvColumn TYPE_CODE = CsvColumn.required("type_code", "민원사무코드", "typeCode");
    public static final CsvColumn RECEIVED_AT = CsvColumn.required("received_at", "접수일시", "receivedAt");
    public static final CsvColumn HANDLER_NO = CsvColumn.required("handler_no", "담당자사번", "handlerNo");
    public static final CsvColumn DEPARTMENT_CODE = CsvColumn.optional("department_code", "부서코드", "departmentCode");
    public static final CsvColumn CHANNEL = CsvColumn.optional("channel", "접수경로");
    public static final CsvColumn RESIDENT = CsvColumn.optional("resident", "관내여부");
    public static final CsvColumn APPROVED_AT = CsvColumn.optional("approved_at", "결재일시", "approvedAt");
    public static final CsvColumn CLOSED_AT = CsvColumn.optional("closed_at", "종결일시", "closedAt");
    public static final CsvColumn OUTCOME = CsvColumn.optional("outcome", "처리결과");
    public static final CsvColumn COMPOUND = CsvColumn.optional("compound", "복합민원");

    public static final CsvSchema SCHEMA = CsvSchema.of(
            RECEIPT_NO,
            TYPE_CODE,
            RECEIVED_AT,
            HANDLER_NO,
            DEPARTMENT_CODE,
            CHANNEL,
            RESIDENT,
            APPROVED_AT,
            CLOSED_AT,
            OUTCOME,
            COMPOUND);

    public static final Map<String, Channel> CHANNEL_ALIASES = Map.of(
            "방문",
            Channel.COUNTER,
            "온라인",
            Channel.ONLINE,
            "무인발급",
            Channel.KIOSK,
            "야간",
            Channel.NIGHT,
            "토요",
            Channel.SATURDAY,
            "365",
            Channel.OFFICE365,
            "우편",
            Channel.MAIL,
            "팩스",
            Channel.FAX);
    public static final Map<String, Residence> RESIDENCE_ALIASES = Map.of("관내", Residence.IN, "관외", Residence.OUT);
    public static final Map<String, Outcome> OUTCOME_ALIASES = Map.of(
            "인용",
            Outcome.GRANTED,
            "불가",
            Outcome.REFUSED,
            "반려",
            Outcome.RETURNED,
            "취하",
            Outcome.WITHDRAWN,
            "이송",
            Outcome.TRANSFERRED);

    private static final Map<String, CsvColumn> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("receiptNo", RECEIPT_NO),
            Map.entry("typeCode", TYPE_CODE),
            Map.entry("receivedAt", RECEIVED_AT),
            Map.entry("handlerNo", HANDLER_NO),
            Map.entry("departmentCode", DEPARTMENT_CODE),
            Map.entry("channel", CHANNEL),
            Map.entry("resident", RESIDENT),
            Map.entry("approvedAt", APPROVED_AT),
            Map.entry("closedAt", CLOSED_AT),
            Map.entry("outcome", OUTCOME),
            Map.entry("compound", COMPOUND));

    private PetitionCsv() {}

    /**
     * Reads and checks one row; every problem goes to the report under the row's number and column.
     *
     * @param values the file's value reader, which also remembers receipt numbers to refuse repeats within the file
     * @return the input, or null when the row has a problem
     */
    public static PetitionInput read(
            CsvRow row, CsvValues values, CsvReport report, PetitionRules.Lookups lookups, LocalDateTime now) {
        int before = report.totalProblems();
        String receiptNo = values.uniqueText(row, RECEIPT_NO);
        PetitionInput in = new PetitionInput(
                receiptNo,
                values.text(row, TYPE_CODE),
                values.dateTime(row, RECEIVED_AT),
                values.text(row, HANDLER_NO),
                values.text(row, DEPARTMENT_CODE),
                values.choice(row, CHANNEL, Channel.class, CHANNEL_ALIASES),
                values.choice(row, RESIDENT, Residence.class, RESIDENCE_ALIASES),
                values.dateTime(row, APPROVED_AT),
                values.dateTime(row, CLOSED_AT),
                values.choice(row, OUTCOME, Outcome.class, OUTCOME_ALIASES),
                values.yesNo(row, COMPOUND));
        if (report.totalProblems() > before || row.hasProblems()) {
            // A cell already failed to parse; the rules would only repeat it as "missing".
            return null;
        }
        List<PetitionRules.Violation> violations = PetitionRules.check(in, lookups, now);
        for (PetitionRules.Violation v : violations) {
            CsvColumn column = columnOf(v.field());
            report.add(new CsvProblem(
                    row.number(),
                    column == null ? v.field() : column.key(),
                    column == null ? null : row.get(column),
                    reasonOf(v.field()),
                    v.reason()));
        }
        return violations.isEmpty() ? in : null;
    }

    /** The column a REST field name (camelCase) stands for, or null. */
    public static CsvColumn columnOf(String field) {
        return COLUMN_OF_FIELD.get(field);
    }

    private static CsvProblem.Reason reasonOf(String field) {
        return switch (field) {
            case "typeCode", "handlerNo", "departmentCode" -> CsvProblem.Reason.UNKNOWN_REFERENCE;
            default -> CsvProblem.Reason.OTHER;
        };
    }
}
