package kr.minwon.portal.mileage.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A row of the team or department ranking. */
public record UnitStanding(
        int rank, String code, String name, BigDecimal points, int people, int petitions, BigDecimal perPetition)
        implements Serializable {}
