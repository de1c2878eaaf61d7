package kr.minwon.portal.petition.control;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.text.Texts;

/**
 * The clock-stops CSV of INTERFACES.md §1: receipt_no, reason, started_at, ended_at (empty while still stopped) and an
 * optional note. A stop is known by its petition and start, so a file sent twice adds nothing.
 */
public final class StopCsv {

    public static final CsvColumn RECEIPT_NO = CsvColumn.required("receipt_no", "접수번호", "receiptNo");
    public static final CsvColumn REASON = CsvColumn.required("reason", "정지사유", "사유");
    public static final CsvColumn STARTED_AT = CsvColumn.required("started_at", "시작일시", "startedAt");
    public static final CsvColumn ENDED_AT = CsvColumn.optional("ended_at", "종료일시", "endedAt");
    public static final CsvColumn NOTE = CsvColumn.optional("note", "비고");

    public static final CsvSchema SCHEMA = CsvSchema.of(RECEIPT_NO, REASON, STARTED_AT, ENDED_AT, NOTE);

    public static final Map<String, StopReason> REASON_ALIASES = Map.of(
            "보완",
            StopReason.SUPPLEMENT,
            "원거리이송",
            StopReason.TRANSFER_DISTANCE,
            "청문",
            StopReason.HEARING,
            "검사",
            StopReason.INSPECTION,
            "선행사무",
            StopReason.PREREQUISITE,
            "현장조사",
            StopReason.FIELD_INVESTIGATION,
            "처리정지",
            StopReason.SUSPENSION);

    /** One stop as the file gives it. */
    public record StopRow(
            int row,
            String receiptNo,
            StopReason reason,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            String note) {}

    private StopCsv() {}

    /**
     * Reads and checks one row against the petitions' receipt times ({@code receivedAt} gives null for an unknown
     * receipt number).
     *
     * @return the stop, or null when the row has a problem (recorded in the report)
     */
    public static StopRow read(
            CsvRow row,
            CsvValues values,
            CsvReport report,
            Function<String, LocalDateTime> receivedAt,
            LocalDateTime now) {
        int before = report.totalProblems();
        String receiptNo = values.text(row, RECEIPT_NO);
        StopReason reason = values.choice(row, REASON, StopReason.class, REASON_ALIASES);
        LocalDateTime started = values.dateTime(row, STARTED_AT);
        LocalDateTime ended = values.dateTime(row, ENDED_AT);
        String note = values.text(row, NOTE);
        if (report.totalProblems() > before || row.hasProblems()) {
            return null;
        }
        LocalDateTime received = receivedAt.apply(receiptNo);
        if (received == null) {
            report.add(new CsvProblem(
                    row.number(),
                    RECEIPT_NO.key(),
                    receiptNo,
                    CsvProblem.Reason.UNKNOWN_REFERENCE,
                    Texts.t("csv.hint.unknownReceiptNo")));
        } else if (started.isBefore(received)) {
            report.add(new CsvProblem(
                    row.number(),
                    STARTED_AT.key(),
                    row.get(STARTED_AT),
                    CsvProblem.Reason.OTHER,
                    Texts.t("csv.hint.stopAfterReceipt", String.valueOf(received))));
        }
        if (started.isAfter(now)) {
            report.add(new CsvProblem(
                    row.number(),
                    STARTED_AT.key(),
                    row.get(STARTED_AT),
                    CsvProblem.Reason.OTHER,
                    Texts.t("csv.hint.startInFuture")));
        }
        if (ended != null && ended.isBefore(started)) {
            report.add(new CsvProblem(
                    row.number(),
                    ENDED_AT.key(),
                    row.get(ENDED_AT),
                    CsvProblem.Reason.OTHER,
                    Texts.t("csv.hint.endBeforeStart")));
        } else if (ended != null && ended.isAfter(now)) {
            report.add(new CsvProblem(
                    row.number(),
                    ENDED_AT.key(),
                    row.get(ENDED_AT),
                    CsvProblem.Reason.OTHER,
                    Texts.t("csv.hint.endInFuture")));
        }
        if (note != null && note.length() > 500) {
            report.add(new CsvProblem(
                    row.number(), NOTE.key(), note, CsvProblem.Reason.OTHER, Texts.t("csv.hint.noteLength")));
        }
        return report.totalProblems() > before
                ? null
                : new StopRow(row.number(), receiptNo.trim(), reason, started, ended, note);
    }
}
