package kr.minwon.portal.bestpractice.boundary;

import java.io.Serializable;
import kr.minwon.portal.bestpractice.entity.CaseCategory;
import kr.minwon.portal.bestpractice.entity.Grade;

/** The board's search: text over title, body and tags, and the filters; every part optional. */
public record BoardQuery(String text, CaseCategory category, Long departmentId, Integer year, Grade grade, Sort sort)
        implements Serializable {

    public enum Sort {
        NEWEST,
        MOST_VIEWED,
        MOST_LIKED
    }

    public static BoardQuery all() {
        return new BoardQuery(null, null, null, null, null, Sort.NEWEST);
    }
}
