package kr.minwon.portal.mileage.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A row of the individual ranking: rank (ties share it), person, units, points and the per-petition figure. */
public record PersonStanding(
        int rank,
        String employeeNo,
        String name,
        String unitName,
        String departmentName,
        BigDecimal points,
        int petitions,
        BigDecimal perPetition,
        String tier)
        implements Serializable {}
