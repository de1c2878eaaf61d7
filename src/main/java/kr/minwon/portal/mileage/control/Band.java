package kr.minwon.portal.mileage.control;

/**
 * An earning band: petitions whose legal period is {@code fromDays}..{@code toDays} (inclusive; {@code toDays} null =
 * no upper end) earn one point per {@code daysPerPoint} whole days saved.
 */
public record Band(int fromDays, Integer toDays, int daysPerPoint) {

    public Band {
        if (fromDays < 0 || (toDays != null && toDays < fromDays) || daysPerPoint < 1) {
            throw new IllegalArgumentException("bad band " + fromDays + ".." + toDays + " per " + daysPerPoint);
        }
    }

    public boolean covers(double legalDays) {
        return legalDays >= fromDays && (toDays == null || legalDays <= toDays);
    }
}
