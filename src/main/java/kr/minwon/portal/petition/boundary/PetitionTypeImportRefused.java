package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblem;

/** A catalogue file with anything wrong in it: nothing was written; every problem found (up to the report's limit). */
@ApplicationException(rollback = true)
public class PetitionTypeImportRefused extends RuntimeException {

    private final List<CsvProblem> problems;
    private final int totalProblems;

    public PetitionTypeImportRefused(List<CsvProblem> problems, int totalProblems) {
        super("민원사무 목록 파일에 문제가 " + totalProblems + "건 있어 아무것도 저장하지 않았습니다.");
        this.problems = List.copyOf(problems);
        this.totalProblems = totalProblems;
    }

    public List<CsvProblem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }
}
