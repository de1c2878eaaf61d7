package kr.minwon.portal.petition.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.text.Texts;

/**
 * The petition-type catalogue as a CSV file (민원처리기준표 export or the office's own list): its columns, and the
 * mapping of one row, checked by the same rules {@code PetitionTypes.save} applies, so that a file that passes here
 * is written whole.
 */
public final class PetitionTypeCsv {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 200;

    public static final CsvColumn CODE = CsvColumn.required("code", "민원사무코드", "type_code", "사무코드");
    public static final CsvColumn NAME = CsvColumn.required("name", "민원사무명", "type_name", "사무명");
    public static final CsvColumn PERIOD = CsvColumn.optional("period", "처리기간", "period_amount");
    public static final CsvColumn UNIT = CsvColumn.required("unit", "단위", "period_unit", "처리기간단위");
    public static final CsvColumn COMPOUND = CsvColumn.optional("compound", "복합민원");
    public static final CsvColumn MILEAGE_ELIGIBLE = CsvColumn.optional("mileage_eligible", "마일리지대상");
    public static final CsvColumn NOTICE_ELIGIBLE = CsvColumn.optional("notice_eligible", "사전예고대상");
    public static final CsvColumn ACTIVE = CsvColumn.optional("active", "사용", "사용여부");

    public static final CsvSchema SCHEMA =
            CsvSchema.of(CODE, NAME, PERIOD, UNIT, COMPOUND, MILEAGE_ELIGIBLE, NOTICE_ELIGIBLE, ACTIVE);

    /** Units as the 민원처리기준표 and spreadsheets write them. */
    public static final Map<String, PeriodUnit> UNIT_ALIASES = Map.ofEntries(
            Map.entry("즉시", PeriodUnit.IMMEDIATE),
            Map.entry("시간", PeriodUnit.HOUR),
            Map.entry("일", PeriodUnit.DAY),
            Map.entry("주", PeriodUnit.WEEK),
            Map.entry("개월", PeriodUnit.MONTH),
            Map.entry("월", PeriodUnit.MONTH),
            Map.entry("년", PeriodUnit.YEAR),
            Map.entry("HOURS", PeriodUnit.HOUR),
            Map.entry("DAYS", PeriodUnit.DAY),
            Map.entry("WEEKS", PeriodUnit.WEEK),
            Map.entry("MONTHS", PeriodUnit.MONTH),
            Map.entry("YEARS", PeriodUnit.YEAR));

    /**
     * A valid row. The flags are null where the file leaves them out, so that an existing type keeps its own and a
     * new one gets the catalogue's defaults.
     */
    public record TypeRow(
            int row,
            String code,
            String name,
            LegalPeriod period,
            Boolean compound,
            Boolean mileageEligible,
            Boolean noticeEligible,
            Boolean active) {}

    /** A whole file: its valid rows and everything wrong with it; nothing may be written while the report has errors. */
    public record Parsed(List<TypeRow> rows, CsvReport report, List<String> warnings) {
        public boolean isClean() {
            return !report.hasErrors();
        }
    }

    private PetitionTypeCsv() {}

    /** Reads a whole file (UTF-8 or CP949, Korean or English headers). */
    public static Parsed parse(InputStream in) throws IOException {
        try (CsvSheet sheet = CsvReader.open(in, SCHEMA)) {
            CsvReport report = sheet.report();
            CsvValues values = new CsvValues(report);
            List<TypeRow> rows = new ArrayList<>();
            for (CsvRow row : sheet) {
                TypeRow read = read(row, values, report);
                if (read != null) {
                    rows.add(read);
                }
            }
            if (sheet.headerProblems().isEmpty() && sheet.rowsRead() == 0) {
                report.add(CsvProblem.of(0, null, null, CsvProblem.Reason.OTHER, Texts.t("csv.hint.noRows")));
            }
            return new Parsed(List.copyOf(rows), report, List.copyOf(sheet.warnings()));
        }
    }

    /**
     * Reads one row. Every problem goes to {@code values}' report; returns null when the row has any.
     *
     * @param values shared by all rows of a file, so that a code repeated in the file is caught
     */
    public static TypeRow read(CsvRow row, CsvValues values, CsvReport report) {
        int before = report.totalProblems();
        String code = values.uniqueText(row, CODE);
        String name = values.text(row, NAME);
        Integer amount = values.integer(row, PERIOD);
        PeriodUnit unit = values.choice(row, UNIT, PeriodUnit.class, UNIT_ALIASES);
        Boolean compound = values.yesNo(row, COMPOUND);
        Boolean mileage = values.yesNo(row, MILEAGE_ELIGIBLE);
        Boolean notice = values.yesNo(row, NOTICE_ELIGIBLE);
        Boolean active = values.yesNo(row, ACTIVE);
        if (code != null && code.length() > CODE_MAX) {
            report.add(CsvProblem.of(
                    row.number(), CODE, code, CsvProblem.Reason.BAD_FORMAT, Texts.t("csv.hint.atMost", CODE_MAX)));
        }
        if (name != null && name.length() > NAME_MAX) {
            report.add(CsvProblem.of(
                    row.number(), NAME, name, CsvProblem.Reason.BAD_FORMAT, Texts.t("csv.hint.atMost", NAME_MAX)));
        }
        LegalPeriod period = null;
        if (unit == PeriodUnit.IMMEDIATE) {
            period = LegalPeriod.immediate();
        } else if (unit != null) {
            if (amount == null && row.get(PERIOD) == null) {
                report.add(CsvProblem.of(
                        row.number(), PERIOD, null, CsvProblem.Reason.REQUIRED, Texts.t("csv.hint.periodRequired")));
            } else if (amount != null && amount <= 0) {
                report.add(CsvProblem.of(
                        row.number(),
                        PERIOD,
                        row.get(PERIOD),
                        CsvProblem.Reason.BAD_FORMAT,
                        Texts.t("csv.hint.positiveInteger")));
            } else if (amount != null) {
                period = new LegalPeriod(amount, unit);
            }
        }
        if (report.totalProblems() > before || row.hasProblems()) {
            return null;
        }
        return new TypeRow(row.number(), code, name, period, compound, mileage, notice, active);
    }
}
