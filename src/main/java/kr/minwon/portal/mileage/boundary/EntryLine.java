package kr.minwon.portal.mileage.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.mileage.entity.EntryKind;

/** A ledger line as people read it: "why did I get this?" with the petition it came from. */
public record EntryLine(
        long id,
        EntryKind kind,
        BigDecimal points,
        String receiptNo,
        String explanation,
        LocalDate earnedOn,
        String periodKey,
        LocalDateTime createdAt,
        String createdBy,
        String employeeNo,
        String employeeName)
        implements Serializable {}
