package kr.minwon.portal.mileage.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What an employee is told when his points move (issue 18): the texts from the bundles ({@code mileage.news.*}) in
 * the reader's language, and the key that names each piece of news once, ever, whoever writes it how often.
 */
public final class MileageNews {

    private static final String BUNDLE = "kr.minwon.portal.i18n.messages";

    /** A message's title and body. */
    public record Text(String title, String body) {}

    private MileageNews() {}

    /** A petition's penalty for this person and these points: scoring it again the same way is not news. */
    public static String penaltyKey(long petitionId, long employeeId, BigDecimal points) {
        return "mileage:penalty:p" + petitionId + ":e" + employeeId + ":" + plain(points);
    }

    /** A correction is news once per score it wrote ({@code s}) or, if it only took one away, per score undone. */
    public static String correctionKey(long petitionId, Integer newScoreSeq, Integer undoneScoreSeq) {
        return "mileage:correction:p" + petitionId + (newScoreSeq != null ? ":s" + newScoreSeq : ":r" + undoneScoreSeq);
    }

    public static String adjustmentKey(long entryId) {
        return "mileage:adjustment:" + entryId;
    }

    public static String tierKey(String periodKey, long employeeId) {
        return "mileage:tier:" + periodKey + ":e" + employeeId;
    }

    public static Text penalty(Locale reader, String receiptNo, BigDecimal points, String explanation) {
        return text(reader, "penalty", receiptNo, plain(points), explanation);
    }

    public static Text adjustment(Locale reader, BigDecimal points, String by, String explanation) {
        return text(reader, "adjustment", signed(points), by, explanation);
    }

    public static Text correction(
            Locale reader, String receiptNo, BigDecimal before, BigDecimal after, String explanation) {
        return text(reader, "correction", receiptNo, plain(before), plain(after), explanation);
    }

    public static Text tier(Locale reader, String periodKey, String tier, BigDecimal points, int rank) {
        return text(reader, "tier", periodKey, tier, plain(points), String.valueOf(rank));
    }

    private static Text text(Locale reader, String kind, Object... args) {
        return new Text(
                format(reader, "mileage.news." + kind + ".title", args),
                format(reader, "mileage.news." + kind + ".body", args));
    }

    static String format(Locale reader, String key, Object... args) {
        Locale locale = reader == null ? Locale.KOREAN : reader;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN).getString(key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    static String plain(BigDecimal points) {
        return points == null ? "0" : points.stripTrailingZeros().toPlainString();
    }

    static String signed(BigDecimal points) {
        return (points != null && points.signum() > 0 ? "+" : "") + plain(points);
    }
}
