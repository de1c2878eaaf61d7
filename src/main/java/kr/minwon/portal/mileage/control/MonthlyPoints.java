package kr.minwon.portal.mileage.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Points by month for the chart: every month of the range, zero where nothing was earned. */
public final class MonthlyPoints {

    public record Month(YearMonth month, BigDecimal points) implements Serializable {}

    private MonthlyPoints() {}

    public static List<Month> fill(YearMonth from, YearMonth to, Map<YearMonth, BigDecimal> sums) {
        List<Month> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(new Month(m, sums.getOrDefault(m, BigDecimal.ZERO).setScale(1, java.math.RoundingMode.HALF_UP)));
        }
        return out;
    }

    /**
     * A Chart.js bar chart as the JSON p:chart takes: data only, no functions, so it runs under the CSP without
     * script of ours. Labels are "2026-07"; bars below zero are drawn in red through a per-bar colour list.
     */
    public static String chartJson(List<Month> months, String seriesLabel) {
        StringBuilder labels = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder colours = new StringBuilder();
        for (Month m : months) {
            if (!labels.isEmpty()) {
                labels.append(',');
                values.append(',');
                colours.append(',');
            }
            labels.append('"').append(m.month()).append('"');
            values.append(m.points().toPlainString());
            colours.append(m.points().signum() < 0 ? "\"#b91c1c\"" : "\"#1d4ed8\"");
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + escape(seriesLabel)
                + "\",\"data\":[" + values + "],\"backgroundColor\":[" + colours + "]}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"plugins\":{\"legend\":{\"display\":false}},\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
