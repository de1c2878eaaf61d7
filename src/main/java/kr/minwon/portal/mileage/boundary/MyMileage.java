package kr.minwon.portal.mileage.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One person's figures for a period: points there and all time, and the competition rank in team, department and
 * office (null when the person has no unit of that level). {@code closed}: read from the frozen standings.
 */
public record MyMileage(
        String employeeNo,
        String name,
        String unitName,
        String departmentName,
        String periodKey,
        boolean closed,
        BigDecimal points,
        BigDecimal allTimePoints,
        int scoredPetitions,
        Integer teamRank,
        int teamSize,
        Integer departmentRank,
        int departmentSize,
        int officeRank,
        int officeSize,
        String tier)
        implements Serializable {}
