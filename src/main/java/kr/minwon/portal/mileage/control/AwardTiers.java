package kr.minwon.portal.mileage.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Award tiers for a closed period (default 최우수 1, 우수 2, 장려 3) and the ranking they are named from: ties share
 * a rank (1, 2, 2, 4) and a tier is given by rank, so tied people are never split across tiers; nobody with zero or
 * fewer points gets one.
 */
public final class AwardTiers {

    public record Tier(String name, int count) {}

    public static final List<Tier> DEFAULT = List.of(new Tier("최우수", 1), new Tier("우수", 2), new Tier("장려", 3));

    private AwardTiers() {}

    /** Competition ranks ("1224") for points sorted from high to low. */
    public static int[] ranks(double[] pointsDescending) {
        int[] ranks = new int[pointsDescending.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = i > 0 && pointsDescending[i] == pointsDescending[i - 1] ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    /** The tier of each position, or null: tier k covers the ranks after the places of the tiers before it. */
    public static List<String> assign(double[] pointsDescending, List<Tier> tiers) {
        int[] ranks = ranks(pointsDescending);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            String tier = null;
            if (pointsDescending[i] > 0) {
                int upTo = 0;
                for (Tier t : tiers) {
                    upTo += t.count();
                    if (ranks[i] <= upTo) {
                        tier = t.name();
                        break;
                    }
                }
            }
            out.add(tier);
        }
        return out;
    }
}
