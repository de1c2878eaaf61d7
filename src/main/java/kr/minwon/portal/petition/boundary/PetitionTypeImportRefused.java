package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvRejection;
import kr.minwon.portal.platform.text.Texts;

/** A catalogue file with anything wrong in it: nothing was written; every problem found (up to the report's limit). */
@ApplicationException(rollback = true)
public class PetitionTypeImportRefused extends RuntimeException {

    private final CsvRejection rejection;

    public PetitionTypeImportRefused(List<CsvProblem> problems, int totalProblems) {
        super(Texts.t("petition.msg.typeImportRefused", Math.max(totalProblems, problems.size())));
        this.rejection = new CsvRejection(problems, totalProblems);
    }

    public CsvRejection rejection() {
        return rejection;
    }

    public List<CsvProblem> problems() {
        return rejection.problems();
    }

    public int totalProblems() {
        return rejection.totalProblems();
    }
}
