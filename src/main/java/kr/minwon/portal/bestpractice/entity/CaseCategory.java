package kr.minwon.portal.bestpractice.entity;

/** 구비서류 감축 / 처리기간 단축·서식 개선 / 디지털 기술 / 기타. */
public enum CaseCategory {
    DOCUMENTS,
    SPEED,
    DIGITAL,
    OTHER
}
