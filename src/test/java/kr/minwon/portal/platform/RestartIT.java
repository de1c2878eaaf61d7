package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A restart keeps every record, and a second start on the same database neither seeds again nor duplicates anything.
 * Restarts the shared server, so it runs last ({@link ClassOrderer.OrderAnnotation} is the default class order, see
 * junit-platform.properties); later tests would still work, on the restarted server.
 */
@Order(Integer.MAX_VALUE)
class RestartIT {

    private static final Pattern ACTIVE = Pattern.compile("id=\"activeEmployees\">\\s*([0-9,]+)");
    private static final Pattern UNITS = Pattern.compile("id=\"unitCount\">\\s*([0-9,]+)");

    @Test
    void a_restart_keeps_the_data_and_does_not_seed_again() {
        PortalServer server = PortalServer.shared();
        String before =
                PortalSession.signedIn(DemoUser.ADMIN).get("/index.xhtml").body();
        long employees = number(ACTIVE, before);
        long units = number(UNITS, before);
        assertThat(employees).as("demo office size").isGreaterThan(100);
        // Written the moment before the stop: the embedded engine has no exit hook (it ships in the WAR), so what a
        // stop keeps is what its writer thread stored, which must include a commit made just before.
        String receiptNo =
                "RESTART-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String received =
                OfficeTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> put = PortalSession.api(
                "PUT",
                "/api/v1/petitions/" + receiptNo,
                "application/json",
                ("{\"typeCode\":\"C0004\",\"receivedAt\":\"" + received + "\",\"handlerNo\":\"900001\","
                                + "\"channel\":\"ONLINE\",\"resident\":\"IN\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);

        server.restart();

        assertThat(server.logOfLatestStart())
                .contains("Database holds data: no first-start setup, no demo seeding.")
                .doesNotContain("Demo office seeded");
        HttpResponse<String> home = PortalSession.signedIn(DemoUser.ADMIN).get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(number(ACTIVE, home.body()))
                .as("active employees after the restart")
                .isEqualTo(employees);
        assertThat(number(UNITS, home.body())).as("units after the restart").isEqualTo(units);
        HttpResponse<String> kept = PortalSession.api("GET", "/api/v1/petitions/" + receiptNo, null, null);
        assertThat(kept.statusCode())
                .as("the petition written just before the stop: " + kept.body())
                .isEqualTo(200);
        assertThat(kept.body()).contains(receiptNo);
        for (DemoUser user : DemoUser.values()) {
            PortalSession.signedIn(user);
        }
    }

    private static long number(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in the admin's home page:\n" + html);
        }
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
