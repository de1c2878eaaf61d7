package kr.minwon.portal.notice.control;

import java.util.Objects;

/**
 * A notice stage: D-n (n working days before the deadline day), D-DAY (the morning of the deadline day), OVERDUE (each
 * working morning after it) or H-n (n working hours before the deadline, for hour-counted petitions). The code is what
 * the database stores and the unique key of a notice uses.
 */
public record Stage(Kind kind, int amount) implements Comparable<Stage> {

    public enum Kind {
        DAYS_BEFORE,
        HOURS_LEFT,
        DEADLINE_DAY,
        OVERDUE
    }

    public static final Stage D_DAY = new Stage(Kind.DEADLINE_DAY, 0);
    public static final Stage OVERDUE = new Stage(Kind.OVERDUE, 0);

    public Stage {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DEADLINE_DAY || kind == Kind.OVERDUE) {
            amount = 0;
        } else if (amount < 1 || amount > 20) {
            throw new IllegalArgumentException("A D-n or H-n stage needs 1 <= n <= 20: " + amount);
        }
    }

    public static Stage daysBefore(int n) {
        return new Stage(Kind.DAYS_BEFORE, n);
    }

    public static Stage hoursLeft(int n) {
        return new Stage(Kind.HOURS_LEFT, n);
    }

    public String code() {
        return switch (kind) {
            case DAYS_BEFORE -> "D-" + amount;
            case HOURS_LEFT -> "H-" + amount;
            case DEADLINE_DAY -> "D-DAY";
            case OVERDUE -> "OVERDUE";
        };
    }

    public static Stage parse(String code) {
        String c = Objects.requireNonNull(code, "code").trim().toUpperCase();
        if (c.equals("D-DAY")) {
            return D_DAY;
        }
        if (c.equals("OVERDUE")) {
            return OVERDUE;
        }
        try {
            if (c.startsWith("D-")) {
                return daysBefore(Integer.parseInt(c.substring(2)));
            }
            if (c.startsWith("H-")) {
                return hoursLeft(Integer.parseInt(c.substring(2)));
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("Not a notice stage: " + code);
    }

    /** Earliest in a petition's life first: D-3, D-1, H-4, H-1, D-DAY... hour stages sort by time left too. */
    @Override
    public int compareTo(Stage o) {
        if (kind != o.kind) {
            return Integer.compare(order(), o.order());
        }
        return Integer.compare(o.amount, amount);
    }

    private int order() {
        return switch (kind) {
            case DAYS_BEFORE -> 0;
            case DEADLINE_DAY -> 1;
            case HOURS_LEFT -> 2;
            case OVERDUE -> 3;
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
