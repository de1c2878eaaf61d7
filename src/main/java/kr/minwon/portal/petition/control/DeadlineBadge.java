package kr.minwon.portal.petition.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.entity.PetitionStatus;

/**
 * How much time a petition has left, as lists show it: a text ("D-2", "D-day", "기한 경과 3일", "5시간 남음", "정지",
 * "완료") and a colour that only repeats what the text says (안양/은평 practice, DOMAIN §5): green with two or more
 * working days left, blue with one, red on the deadline day and after.
 *
 * <p>D-n counts working days from today to the deadline's day, as the pre-notices do; days overdue count the working
 * days after the deadline's day up to today, a part of a day counting whole (so at least 1). Hour-counted petitions
 * show whole working hours left (at least 1), and take their colour from the working time left (under a day red, under two
 * days blue), because for them "one day left" at 17:00 may mean an hour.
 *
 * @param kind which text
 * @param amount the number in the text: days left, days overdue or hours left; 0 where the text has none
 * @param severity the colour
 */
public record DeadlineBadge(Kind kind, long amount, Severity severity) implements Serializable {

    public enum Kind {
        /** "D-n", n ≥ 1. */
        DAYS_LEFT,
        /** "D-day": the deadline is today and has not passed. */
        DUE_TODAY,
        /** "n시간 남음" for hour-counted periods. */
        HOURS_LEFT,
        /** "기한 경과 n일". */
        OVERDUE,
        /** "정지": the clock is stopped, so no deadline is running. */
        SUSPENDED,
        /** "완료". */
        COMPLETED
    }

    /** The colours, named for what they mean; {@link #styleClass()} maps them onto portal.css. */
    public enum Severity {
        OK,
        INFO,
        DANGER,
        MUTED
    }

    public DeadlineBadge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * The badge of a petition at {@code now}.
     *
     * @param deadline the stored deadline (with stops and extensions already applied)
     * @param mode how the period is counted; {@link DeadlineMode#HOURS} shows hours left
     */
    public static DeadlineBadge of(
            WorkingCalendar calendar,
            LocalDateTime deadline,
            DeadlineMode mode,
            PetitionStatus status,
            LocalDateTime now) {
        if (status == PetitionStatus.COMPLETED) {
            return new DeadlineBadge(Kind.COMPLETED, 0, Severity.MUTED);
        }
        if (status == PetitionStatus.SUSPENDED) {
            return new DeadlineBadge(Kind.SUSPENDED, 0, Severity.MUTED);
        }
        if (now.isAfter(deadline)) {
            return new DeadlineBadge(Kind.OVERDUE, daysOverdue(calendar, deadline, now), Severity.DANGER);
        }
        if (mode == DeadlineMode.HOURS) {
            long minutes = Math.max(0, calendar.workingMinutesBetween(now, deadline));
            long perDay = calendar.minutesPerWorkingDay();
            Severity severity = minutes < perDay ? Severity.DANGER : minutes < 2 * perDay ? Severity.INFO : Severity.OK;
            // Whole hours, so the number never reads "8" in red: red means less than a day (8 hours) left.
            return new DeadlineBadge(Kind.HOURS_LEFT, Math.max(1, minutes / 60), severity);
        }
        int left = workingDaysLeft(calendar, deadline, now);
        if (left == 0) {
            return new DeadlineBadge(Kind.DUE_TODAY, 0, Severity.DANGER);
        }
        return new DeadlineBadge(Kind.DAYS_LEFT, left, left == 1 ? Severity.INFO : Severity.OK);
    }

    /**
     * Working days from today to the deadline's day: 0 when it is today, 1 when it is the next working day. A
     * weekend today counts from the weekend, so on Saturday a Monday deadline is D-1.
     */
    public static int workingDaysLeft(WorkingCalendar calendar, LocalDateTime deadline, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalDate day = deadline.toLocalDate();
        return day.isAfter(today) ? calendar.workingDaysBetween(today.plusDays(1), day) : 0;
    }

    /** Working days late at {@code now}, a started day counting whole: at least 1 once past the deadline. */
    public static long daysOverdue(WorkingCalendar calendar, LocalDateTime deadline, LocalDateTime now) {
        if (!now.isAfter(deadline)) {
            return 0;
        }
        LocalDate day = deadline.toLocalDate();
        return Math.max(1, calendar.workingDaysBetween(day.plusDays(1), now.toLocalDate()));
    }

    /** The bundle key of the text; {@link #amount()} is its argument {0}. */
    public String key() {
        return "DeadlineBadge." + kind.name();
    }

    /** The CSS classes of portal.css that carry the colour. */
    public String styleClass() {
        return switch (severity) {
            case OK -> "badge badge-ok";
            case INFO -> "badge badge-info";
            case DANGER -> "badge badge-danger";
            case MUTED -> "badge badge-muted";
        };
    }
}
