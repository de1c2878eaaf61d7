package kr.minwon.portal.bestpractice.entity;

/** The award a decision gives: 최우수, 우수, 장려 (best first). */
public enum Grade {
    GRAND,
    EXCELLENT,
    MERIT
}
