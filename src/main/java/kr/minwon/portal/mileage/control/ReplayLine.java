package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;

/**
 * One petition as replay sees it: who handled it, the live score the ledger holds for it (null = none), and the
 * score the rules in force at its approval give now (null = none).
 */
public record ReplayLine(
        long petitionId,
        String receiptNo,
        String handlerNo,
        String handlerName,
        String ledgerHandlerNo,
        BigDecimal ledgerPoints,
        BigDecimal replayedPoints,
        String replayedExplanation) {}
