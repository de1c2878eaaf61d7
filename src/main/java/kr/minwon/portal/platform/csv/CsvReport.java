package kr.minwon.portal.platform.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems found in one file. Every problem is counted, but only the first {@link #DEFAULT_LIMIT} are kept: a
 * completely wrong 100,000-row file must not fill the heap or a person's screen.
 */
public final class CsvReport {

    public static final int DEFAULT_LIMIT = 1_000;

    private final int limit;
    private final List<CsvProblem> problems = new ArrayList<>();
    private int total;

    public CsvReport() {
        this(DEFAULT_LIMIT);
    }

    public CsvReport(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    public void add(CsvProblem problem) {
        total++;
        if (problems.size() < limit) {
            problems.add(problem);
        }
    }

    public void add(int rowNumber, CsvColumn column, String value, CsvProblem.Reason reason) {
        add(CsvProblem.of(rowNumber, column, value, reason));
    }

    public boolean hasErrors() {
        return total > 0;
    }

    /** The kept problems in the order they were found. */
    public List<CsvProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public int totalProblems() {
        return total;
    }

    /** Whether some problems were counted but not kept. */
    public boolean isTruncated() {
        return total > problems.size();
    }
}
