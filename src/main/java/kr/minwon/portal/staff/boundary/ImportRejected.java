package kr.minwon.portal.staff.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.staff.control.CheckedCsv;

/**
 * An import file with problems; nothing of it was saved. Carries every problem found (up to the report's limit) by
 * row, and answers the API as 422 with one {@code errors} entry per problem (field = column key, row = row number).
 */
@ApplicationException(rollback = true)
public class ImportRejected extends InputRejected {

    private final transient List<CsvProblem> problems;
    private final int totalProblems;

    public ImportRejected(CheckedCsv<?> checked) {
        super(UNPROCESSABLE, detail(checked), fieldErrors(checked.problemsByRow()));
        this.problems = checked.problemsByRow();
        this.totalProblems = checked.report().totalProblems();
    }

    /** The problems by row, file-level ones first. */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** All problems counted, which may be more than {@link #problems()} keeps. */
    public int totalProblems() {
        return totalProblems;
    }

    private static String detail(CheckedCsv<?> checked) {
        int total = checked.report().totalProblems();
        String detail = "파일을 저장하지 않았습니다. 잘못된 항목 " + total + "건을 고친 뒤 다시 올리십시오.";
        if (checked.report().isTruncated()) {
            detail += " 처음 " + checked.report().problems().size() + "건만 보여 드립니다.";
        }
        return detail;
    }

    private static List<Problem.FieldError> fieldErrors(List<CsvProblem> problems) {
        return problems.stream()
                .map(p -> new Problem.FieldError(p.column(), p.rowNumber() == 0 ? null : p.rowNumber(), p.message(),
                        p.value()))
                .toList();
    }
}
