package kr.minwon.portal.calendar.control;

/** Why a day is a public holiday; the names match the {@code kind} column of holidays-kr.csv. */
public enum HolidayKind {
    PUBLIC,
    SUBSTITUTE,
    TEMPORARY,
    ELECTION,
    /** A day only this office closes; no national source carries it, admins add it by hand. */
    LOCAL
}
