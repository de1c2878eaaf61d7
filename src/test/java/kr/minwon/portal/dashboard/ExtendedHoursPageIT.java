package kr.minwon.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The extended-hours page (issue 18; its tables plain markup since issue 16) shows, channel by channel, the figures the
 * API gives for the same range, and its tables by channel, weekday and hour each add up to the completed petitions of
 * its first card: one number for one thing, wherever it is read.
 */
class ExtendedHoursPageIT {

    private static final Pattern CELLS = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

    @Test
    void the_page_shows_the_apis_figures_per_channel_and_its_tables_add_up_to_the_completed_count() {
        YearMonth month = OfficeTime.month().minusMonths(1);
        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        HttpResponse<String> api = PortalSession.api("GET", "/api/v1/kpis/extended-hours?" + range, null, null);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonObject channels =
                Json.createReader(new StringReader(api.body())).readObject().getJsonObject("channels");

        HttpResponse<String> page =
                PortalSession.signedIn(DemoUser.AUDITOR).get("/dashboard/extended-hours.xhtml?" + range);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();

        long total = 0;
        for (String channel : channels.keySet()) {
            JsonObject c = channels.getJsonObject(channel);
            long count = c.getJsonNumber("count").longValue();
            assertThat(span(html, "figures-count-" + channel)).as(channel).isEqualTo(Long.toString(count));
            assertThat(span(html, "figures-days-" + channel))
                    .as(channel)
                    .isEqualTo(Long.toString(c.getJsonNumber("days").longValue()));
            assertThat(span(html, "channel-" + channel)).as(channel).isEqualTo(Long.toString(count));
            total += count;
        }
        assertThat(total)
                .as("the demo office's petitions completed in " + range)
                .isPositive();
        assertThat(span(html, "completed")).isEqualTo(Long.toString(total));

        List<List<String>> days = rows(html, "hoursForm:days_data");
        assertThat(days).hasSize(7);
        assertThat(sumOfSecondCells(days)).as("by weekday").isEqualTo(total);
        List<List<String>> hours = rows(html, "hoursForm:hours_data");
        assertThat(hours).isNotEmpty().hasSizeLessThanOrEqualTo(24);
        assertThat(sumOfSecondCells(hours)).as("by hour").isEqualTo(total);
        assertThat(rows(html, "hoursForm:channels_data")).hasSize(channels.size());
        assertThat(rows(html, "hoursForm:perChannel_data")).hasSize(channels.size());
    }

    private static String span(String html, String id) {
        String open = "<span id=\"" + id + "\">";
        int start = html.indexOf(open);
        assertThat(start).as("span " + id).isNotNegative();
        return html.substring(start + open.length(), html.indexOf('<', start + open.length()))
                .trim();
    }

    /** The cells of each row of a table's body, as text. */
    private static List<List<String>> rows(String html, String tbodyId) {
        String body = PortalSession.tbody(html, tbodyId);
        List<List<String>> rows = new ArrayList<>();
        for (String tr : body.split("<tr")) {
            List<String> cells = new ArrayList<>();
            Matcher m = CELLS.matcher(tr);
            while (m.find()) {
                cells.add(m.group(1).replaceAll("<[^>]*>", "").trim());
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static long sumOfSecondCells(List<List<String>> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
    }
}
