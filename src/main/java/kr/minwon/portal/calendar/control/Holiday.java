package kr.minwon.portal.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/** A non-working weekday or a named weekend holiday. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }

    /**
     * Guesses the kind from the Korean name, because the 특일정보 service marks every holiday alike (dateKind 01).
     */
    public static HolidayKind kindFromName(String name) {
        if (name == null) {
            return HolidayKind.PUBLIC;
        }
        if (name.contains("대체")) {
            return HolidayKind.SUBSTITUTE;
        }
        if (name.contains("선거")) {
            return HolidayKind.ELECTION;
        }
        if (name.contains("임시")) {
            return HolidayKind.TEMPORARY;
        }
        return HolidayKind.PUBLIC;
    }
}
