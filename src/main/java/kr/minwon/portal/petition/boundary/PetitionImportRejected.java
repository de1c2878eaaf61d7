package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvRejection;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;

/**
 * A petitions or stops file with problems; nothing of it was saved. Carries the file's {@link CsvRejection} and
 * answers the API as 422 with one {@code errors} entry per problem (field = column key, row = spreadsheet row,
 * value = the cell).
 */
@ApplicationException(rollback = true)
public class PetitionImportRejected extends InputRejected {

    private final CsvRejection rejection;

    public PetitionImportRejected(CsvReport report) {
        this(CsvRejection.of(report));
    }

    private PetitionImportRejected(CsvRejection rejection) {
        super(
                UNPROCESSABLE,
                rejection.detail(),
                rejection.problems().stream()
                        .map(p -> new Problem.FieldError(
                                p.column(), p.rowNumber() == 0 ? null : p.rowNumber(), p.message(), p.value()))
                        .toList());
        this.rejection = rejection;
    }

    public CsvRejection rejection() {
        return rejection;
    }

    /** The kept problems by row, file-level ones first. */
    public List<CsvProblem> problems() {
        return rejection.problems();
    }

    public int totalProblems() {
        return rejection.totalProblems();
    }
}
