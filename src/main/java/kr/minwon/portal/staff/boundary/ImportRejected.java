package kr.minwon.portal.staff.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvRejection;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.staff.control.CheckedCsv;

/**
 * An import file with problems; nothing of it was saved. Carries the file's {@link CsvRejection} and answers the API
 * as 422 with one {@code errors} entry per problem (field = column key, row = row number).
 */
@ApplicationException(rollback = true)
public class ImportRejected extends InputRejected {

    private final CsvRejection rejection;

    public ImportRejected(CheckedCsv<?> checked) {
        this(CsvRejection.of(checked.report()));
    }

    private ImportRejected(CsvRejection rejection) {
        super(UNPROCESSABLE, rejection.detail(), fieldErrors(rejection.problems()));
        this.rejection = rejection;
    }

    public CsvRejection rejection() {
        return rejection;
    }

    /** The problems by row, file-level ones first. */
    public List<CsvProblem> problems() {
        return rejection.problems();
    }

    /** All problems counted, which may be more than {@link #problems()} keeps. */
    public int totalProblems() {
        return rejection.totalProblems();
    }

    static List<Problem.FieldError> fieldErrors(List<CsvProblem> problems) {
        return problems.stream()
                .map(p -> new Problem.FieldError(
                        p.column(), p.rowNumber() == 0 ? null : p.rowNumber(), p.message(), p.value()))
                .toList();
    }
}
