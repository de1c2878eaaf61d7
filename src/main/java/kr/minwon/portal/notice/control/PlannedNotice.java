package kr.minwon.portal.notice.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A notice that should exist: its stage, the working day it belongs to, and when it may go out. */
public record PlannedNotice(Stage stage, LocalDate stageDay, LocalDateTime plannedAt) {

    public Key key() {
        return new Key(stage, stageDay);
    }

    /** What the database keeps unique per petition: one notice per stage and stage day, ever. */
    public record Key(Stage stage, LocalDate stageDay) {}
}
