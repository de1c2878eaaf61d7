package kr.minwon.portal.petition.control;

/** Unit of a legal processing period as the 민원처리기준표 states it. */
public enum PeriodUnit {
    /** 즉시: within 3 working hours (시행령 제19조). */
    IMMEDIATE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR
}
