package kr.minwon.portal.mileage.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A petition whose ledger score differs from what replaying it gives: missing, not due, other points, or booked to
 * someone other than the handler. Replay only reports; correcting is a re-score through the ledger.
 */
public record ReplayDifference(
        String receiptNo,
        String handlerNo,
        String handlerName,
        BigDecimal ledgerPoints,
        BigDecimal replayedPoints,
        Reason reason,
        String replayedExplanation)
        implements Serializable {

    public enum Reason {
        MISSING_IN_LEDGER,
        NOT_DUE,
        POINTS,
        HANDLER
    }

    /** The differences among replayed lines, by receipt number. */
    public static List<ReplayDifference> of(List<ReplayLine> lines) {
        List<ReplayDifference> out = new ArrayList<>();
        for (ReplayLine l : lines) {
            Reason reason = reasonOf(l);
            if (reason != null) {
                out.add(new ReplayDifference(
                        l.receiptNo(),
                        l.handlerNo(),
                        l.handlerName(),
                        l.ledgerPoints(),
                        l.replayedPoints(),
                        reason,
                        l.replayedExplanation()));
            }
        }
        out.sort(Comparator.comparing(ReplayDifference::receiptNo));
        return out;
    }

    static Reason reasonOf(ReplayLine l) {
        if (l.ledgerPoints() == null && l.replayedPoints() == null) {
            return null;
        }
        if (l.ledgerPoints() == null) {
            return Reason.MISSING_IN_LEDGER;
        }
        if (l.replayedPoints() == null) {
            return Reason.NOT_DUE;
        }
        if (l.ledgerPoints().compareTo(l.replayedPoints()) != 0) {
            return Reason.POINTS;
        }
        if (!Objects.equals(l.ledgerHandlerNo(), l.handlerNo())) {
            return Reason.HANDLER;
        }
        return null;
    }
}
