package kr.minwon.portal.mileage.control;

import java.time.LocalDate;
import kr.minwon.portal.platform.text.Texts;

/**
 * Where a ledger line dated in a closed period lands, said in its explanation: the frozen standings of a closed period
 * never move, so the line counts in the next open period and tells the reader why its period is not its date's.
 */
public final class PeriodPlacement {

    /** Explanations are stored in at most this many characters. */
    public static final int MAX_EXPLANATION = 500;

    private PeriodPlacement() {}

    /** "(마감된 2026-Q3 대신 2026-Q4에 반영)" with a leading space when {@code periodKey} is not {@code day}'s own period. */
    public static String note(PeriodKind kind, LocalDate day, String periodKey) {
        String own = kind.keyOf(day);
        return own.equals(periodKey) ? "" : Texts.t("mileage.explain.placed", own, periodKey);
    }

    /** {@code explanation} with the {@link #note}, shortened so that the note survives the column's length. */
    public static String explain(String explanation, PeriodKind kind, LocalDate day, String periodKey) {
        String note = note(kind, day, periodKey);
        if (explanation.length() + note.length() <= MAX_EXPLANATION) {
            return explanation + note;
        }
        return explanation.substring(0, MAX_EXPLANATION - note.length() - 1) + "…" + note;
    }
}
