package kr.minwon.portal.platform.csv;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import kr.minwon.portal.platform.text.Texts;

/**
 * Why a whole import file was refused, the same for every import: the kept problems by spreadsheet row (file-level
 * ones first), how many there were in all, and the text for people. Import exceptions carry one; screens show its
 * {@link #lines(CsvSchema) lines}, endpoints its problems as 422 field errors.
 */
public record CsvRejection(List<CsvProblem> problems, int totalProblems) implements Serializable {

    public CsvRejection {
        problems = problems.stream()
                .sorted(Comparator.comparingInt(CsvProblem::rowNumber))
                .toList();
        totalProblems = Math.max(totalProblems, problems.size());
    }

    public static CsvRejection of(CsvReport report) {
        return new CsvRejection(report.problems(), report.totalProblems());
    }

    /** Whether some problems were counted but not kept. */
    public boolean isTruncated() {
        return totalProblems > problems.size();
    }

    /** The Korean text for the uploader: nothing saved, how many problems, and whether only some are shown. */
    public String detail() {
        return Texts.t("platform.msg.csvNotSaved", totalProblems)
                + (isTruncated() ? Texts.t("platform.msg.csvFirstOnly", problems.size()) : "");
    }

    /** The problems as an import screen lists them, columns named by the file's schema. */
    public List<CsvProblemLine> lines(CsvSchema schema) {
        return problems.stream().map(p -> CsvProblemLine.of(p, schema)).toList();
    }
}
