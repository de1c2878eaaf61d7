package kr.minwon.portal.mileage.control;

/**
 * An earning band: petitions whose legal period is {@code fromDays}..{@code toDays} days earn one point per
 * {@code daysPerPoint} whole days saved. {@code toDays} is inclusive of its fractions — "7–13" covers every legal
 * period from 7 up to but not including 14, so an hour-counted period of 6.5 days falls in "2–6" and no period
 * between two bands goes unscored; null = no upper end.
 */
public record Band(int fromDays, Integer toDays, int daysPerPoint) {

    public Band {
        if (fromDays < 0 || (toDays != null && toDays < fromDays) || daysPerPoint < 1) {
            throw new IllegalArgumentException("bad band " + fromDays + ".." + toDays + " per " + daysPerPoint);
        }
    }

    public boolean covers(double legalDays) {
        return legalDays >= fromDays && (toDays == null || legalDays < toDays + 1);
    }
}
