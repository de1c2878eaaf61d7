package kr.minwon.portal.staff.control;

import java.util.Comparator;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReport;

/**
 * A whole import file after every row was checked: the rows, the warnings that do not stop it, and the report.
 * The rows are only to be written when {@link #accepted()}.
 */
public record CheckedCsv<R>(List<R> rows, List<String> warnings, CsvReport report) {

    public CheckedCsv {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public boolean accepted() {
        return !report.hasErrors();
    }

    /** The kept problems by row (file-level first), in the order found within a row: how a person fixes a file. */
    public List<CsvProblem> problemsByRow() {
        return report.problems().stream()
                .sorted(Comparator.comparingInt(CsvProblem::rowNumber))
                .toList();
    }
}
