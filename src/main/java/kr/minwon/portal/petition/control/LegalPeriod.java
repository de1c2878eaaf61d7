package kr.minwon.portal.petition.control;

import java.util.Objects;

/** A processing period: how much of which unit. */
public record LegalPeriod(int amount, PeriodUnit unit) {

    /** 즉시 is 3 working hours (시행령 제19조). */
    public static final int IMMEDIATE_MINUTES = 180;

    /** Periods of this many days or fewer are counted in working hours (민원처리법 제19조). */
    public static final int LONGEST_HOUR_COUNTED_DAYS = 5;

    public LegalPeriod {
        Objects.requireNonNull(unit, "unit");
        if (unit == PeriodUnit.IMMEDIATE) {
            amount = 0;
        } else if (amount <= 0) {
            throw new IllegalArgumentException("A period needs a positive amount: " + amount + " " + unit);
        }
    }

    public static LegalPeriod immediate() {
        return new LegalPeriod(0, PeriodUnit.IMMEDIATE);
    }

    public static LegalPeriod days(int amount) {
        return new LegalPeriod(amount, PeriodUnit.DAY);
    }

    public static LegalPeriod hours(int amount) {
        return new LegalPeriod(amount, PeriodUnit.HOUR);
    }

    public DeadlineMode mode() {
        return switch (unit) {
            case IMMEDIATE, HOUR -> DeadlineMode.HOURS;
            case DAY -> amount <= LONGEST_HOUR_COUNTED_DAYS ? DeadlineMode.HOURS : DeadlineMode.DAYS;
            case WEEK, MONTH, YEAR -> DeadlineMode.CALENDAR;
        };
    }

    /** Working minutes of an hour-counted period: 즉시 3 hours, hours, or days of {@code minutesPerDay}. */
    long workingMinutes(int minutesPerDay) {
        return unit == PeriodUnit.IMMEDIATE ? IMMEDIATE_MINUTES : workingMinutesOf(amount, minutesPerDay);
    }

    /** Working minutes of {@code count} units of this period's unit, for hour-counted periods and extensions. */
    long workingMinutesOf(long count, int minutesPerDay) {
        return switch (unit) {
            case IMMEDIATE, HOUR -> count * 60;
            case DAY -> count * minutesPerDay;
            case WEEK, MONTH, YEAR -> throw new IllegalStateException(unit + " is not counted in working minutes");
        };
    }

    /** The amount an extension may not exceed; 즉시 is treated as its 3 hours. */
    public int extensionCeiling() {
        return unit == PeriodUnit.IMMEDIATE ? IMMEDIATE_MINUTES / 60 : amount;
    }
}
