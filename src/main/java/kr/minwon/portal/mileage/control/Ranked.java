package kr.minwon.portal.mileage.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A thing with its competition rank ("1224": ties share a rank, the next rank skips). Used for unit rankings, which
 * are small enough to rank in memory; people are ranked by the database with the same rule.
 */
public record Ranked<T>(int rank, T item) {

    /** Sorts from the highest score down (ties keep their input order) and ranks with shared places. */
    public static <T> List<Ranked<T>> rank(List<T> items, ToDoubleFunction<T> score) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(score).reversed());
        double[] scores = sorted.stream().mapToDouble(score).toArray();
        int[] ranks = AwardTiers.ranks(scores);
        List<Ranked<T>> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            out.add(new Ranked<>(ranks[i], sorted.get(i)));
        }
        return out;
    }
}
