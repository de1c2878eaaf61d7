package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Comparator;
import java.util.List;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReport;

/**
 * A petitions or stops file with problems; nothing of it was saved. Answers the API as 422 with one {@code errors}
 * entry per problem (field = column key, row = spreadsheet row, value = the cell).
 */
@ApplicationException(rollback = true)
public class PetitionImportRejected extends InputRejected {

    private final transient List<CsvProblem> problems;
    private final int totalProblems;

    public PetitionImportRejected(CsvReport report) {
        this(sorted(report), report.totalProblems(), report.isTruncated());
    }

    private PetitionImportRejected(List<CsvProblem> problems, int total, boolean truncated) {
        super(UNPROCESSABLE, "파일을 저장하지 않았습니다. 잘못된 항목 " + total + "건을 고친 뒤 다시 올리십시오."
                + (truncated ? " 처음 " + problems.size() + "건만 보여 드립니다." : ""),
                problems.stream().map(p -> new Problem.FieldError(p.column(), p.rowNumber() == 0 ? null : p.rowNumber(),
                        p.message(), p.value())).toList());
        this.problems = problems;
        this.totalProblems = total;
    }

    /** The kept problems by row, file-level ones first. */
    public List<CsvProblem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }

    private static List<CsvProblem> sorted(CsvReport report) {
        return report.problems().stream().sorted(Comparator.comparingInt(CsvProblem::rowNumber)).toList();
    }
}
