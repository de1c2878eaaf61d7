package kr.minwon.portal.bestpractice.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted review scores. Each criterion is scored 0-10; a reviewer's total is the weighted mean scaled to 0-100; a
 * case's score is the mean of its reviewers' totals; a round ranks cases by that score, ties sharing a rank.
 */
public final class Scoring {

    public record Mark(BigDecimal points, int weight) {}

    public record Entry<T>(T item, BigDecimal score) {}

    public record Ranked<T>(int rank, T item, BigDecimal score) {
        public int getRank() {
            return rank;
        }

        public T getItem() {
            return item;
        }

        public BigDecimal getScore() {
            return score;
        }
    }

    private Scoring() {}

    public static BigDecimal total(List<Mark> marks) {
        int weights = marks.stream().mapToInt(Mark::weight).sum();
        if (weights == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Mark m : marks) {
            sum = sum.add(m.points().multiply(BigDecimal.valueOf(m.weight())));
        }
        return sum.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        return totals.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    /** Highest first; unscored (null) last; equal scores share the better rank (1, 2, 2, 4). */
    public static <T> List<Ranked<T>> rank(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry<T>::score, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Ranked<T>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry<T> e = sorted.get(i);
            int rank = i > 0
                            && e.score() != null
                            && e.score()
                                            .compareTo(
                                                    sorted.get(i - 1).score() == null
                                                            ? BigDecimal.valueOf(-1)
                                                            : sorted.get(i - 1).score())
                                    == 0
                    ? out.get(i - 1).rank()
                    : i + 1;
            out.add(new Ranked<>(rank, e.item(), e.score()));
        }
        return out;
    }
}
