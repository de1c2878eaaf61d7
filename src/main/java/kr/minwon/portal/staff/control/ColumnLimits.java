package kr.minwon.portal.staff.control;

import kr.minwon.portal.platform.csv.CsvColumn;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.text.Texts;

/** The database's column widths, checked up front so a long cell is a row problem and not a failed commit. */
final class ColumnLimits {

    private ColumnLimits() {}

    /** The value when it fits; else records the problem and returns null. */
    static String within(CsvReport report, int row, CsvColumn column, String value, int maxLength) {
        if (value == null || value.codePointCount(0, value.length()) <= maxLength) {
            return value;
        }
        report.add(CsvProblem.of(
                row, column, value, CsvProblem.Reason.BAD_FORMAT, Texts.t("platform.msg.maxLength", maxLength)));
        return null;
    }
}
