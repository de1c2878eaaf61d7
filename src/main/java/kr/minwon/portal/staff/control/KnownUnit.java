package kr.minwon.portal.staff.control;

import kr.minwon.portal.staff.entity.UnitKind;

/** A unit as the database holds it, in the terms of the departments CSV (codes and numbers instead of entities). */
public record KnownUnit(String code, String name, UnitKind kind, String parentCode, String headNo) {}
