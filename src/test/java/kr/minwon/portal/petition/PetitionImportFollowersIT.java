package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * The CSV import writes petitions a chunk at a time and tells mileage and pre-notices once per chunk
 * ({@code PetitionsChanged}); the screens and the REST PUT tell them once per petition. Through the running portal:
 * what an imported petition gets — its planned notices, its mileage score, and what happens to both when a second file
 * completes or reopens it — must be exactly what a twin written by PUT gets, also in the second chunk of a file; and a
 * file refused at its last row leaves neither petitions nor points behind.
 */
class PetitionImportFollowersIT {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String RUN =
            "IF" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    /** A demo handler no other test writes for, so his points move only by what this test does. */
    private static final String HANDLER = "100137";

    private static final String HEADER =
            "receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n";
    /** More rows than one chunk of the import (1,000), so the petitions compared are written by the second chunk. */
    private static final int FILLER = 1_050;

    private static HttpResponse<String> call(String method, String path, String contentType, byte[] body) {
        return PortalSession.api(method, path, contentType, body);
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String at(long minutesAgo) {
        return MINUTES.format(OfficeTime.now().minusMinutes(minutesAgo));
    }

    private static String row(String no, String type, String receivedAt, String approvedAt) {
        return no + "," + type + "," + receivedAt + "," + HANDLER + ",ONLINE,IN,"
                + (approvedAt == null ? ",," : approvedAt + "," + approvedAt + ",GRANTED") + "\n";
    }

    private static String put(String no, String type, String receivedAt, String approvedAt) {
        String body = "{\"typeCode\":\"" + type + "\",\"receivedAt\":\"" + receivedAt.replace(' ', 'T')
                + "\",\"handlerNo\":\""
                + HANDLER + "\",\"channel\":\"ONLINE\",\"resident\":\"IN\""
                + (approvedAt == null
                        ? ""
                        : ",\"approvedAt\":\"" + approvedAt.replace(' ', 'T') + "\",\"closedAt\":\""
                                + approvedAt.replace(' ', 'T') + "\",\"outcome\":\"GRANTED\"")
                + "}";
        HttpResponse<String> r =
                call("PUT", "/api/v1/petitions/" + no, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return no;
    }

    private static JsonObject importCsv(String csv) {
        return json(call("POST", "/api/v1/imports/petitions", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** The petition's notices as "stage day planned status", in the API's order. */
    private static List<String> notices(String no) {
        return json(call("GET", "/api/v1/petitions/" + no + "/notices", null, null)).getJsonArray("notices").stream()
                .map(JsonValue::asJsonObject)
                .map(n -> n.getString("stage") + " " + n.getString("stageDay") + " " + n.getString("plannedAt") + " "
                        + n.getString("status"))
                .sorted()
                .toList();
    }

    private static JsonObject mileage() {
        return json(call("GET", "/api/v1/staff/" + HANDLER + "/mileage", null, null));
    }

    /** The handler's mileage entries of one petition as "kind points", oldest first. */
    private static List<String> entries(JsonObject mileage, String no) {
        return mileage.getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> no.equals(e.isNull("receiptNo") ? null : e.getString("receiptNo")))
                .map(e -> e.getString("kind") + " "
                        + e.getJsonNumber("points")
                                .bigDecimalValue()
                                .stripTrailingZeros()
                                .toPlainString())
                .sorted()
                .toList();
    }

    @Test
    void
            an_imported_petition_gets_the_notices_and_points_its_twin_written_by_put_gets_also_when_a_second_file_changes_it() {
        String openReceived = at(200);
        String doneReceived = at(400);
        String doneApproved = at(30);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= FILLER; i++) {
            file.append(row(RUN + "-F-" + i, "G0002", at(600 + i), null));
        }
        String open = RUN + "-OPEN";
        String done = RUN + "-DONE";
        String first = file + row(open, "G0006", openReceived, null) + row(done, "G0002", doneReceived, doneApproved);
        JsonObject imported = importCsv(first);
        assertThat(imported.getInt("created")).isEqualTo(FILLER + 2);
        String openTwin = put(RUN + "-OPEN-PUT", "G0006", openReceived, null);
        String doneTwin = put(RUN + "-DONE-PUT", "G0002", doneReceived, doneApproved);

        assertThat(notices(open))
                .as("an open 10-day petition has its stages planned")
                .isNotEmpty()
                .allMatch(n -> n.endsWith(" PLANNED"))
                .isEqualTo(notices(openTwin));
        JsonObject m = mileage();
        assertThat(entries(m, done)).as("a fast completion scores").hasSize(1).isEqualTo(entries(m, doneTwin));
        assertThat(entries(m, open)).isEmpty();

        // The second file completes the open one and reopens the completed one; the twins get the same by PUT.
        String completedAt = at(10);
        String second = file + row(open, "G0006", openReceived, completedAt) + row(done, "G0002", doneReceived, null);
        JsonObject again = importCsv(second);
        assertThat(again.getInt("updated")).isEqualTo(2);
        assertThat(again.getInt("unchanged")).isEqualTo(FILLER);
        put(openTwin, "G0006", openReceived, completedAt);
        put(doneTwin, "G0002", doneReceived, null);

        assertThat(notices(open))
                .as("completion cancels what was planned")
                .isNotEmpty()
                .allMatch(n -> n.endsWith(" CANCELLED"))
                .isEqualTo(notices(openTwin));
        assertThat(notices(done))
                .as("a reopened petition is planned again")
                .isNotEmpty()
                .anyMatch(n -> n.endsWith(" PLANNED"))
                .isEqualTo(notices(doneTwin));
        m = mileage();
        assertThat(entries(m, open)).as("the completion scores").hasSize(1).isEqualTo(entries(m, openTwin));
        assertThat(entries(m, done))
                .as("the reopening reverses the score")
                .hasSize(2)
                .isEqualTo(entries(m, doneTwin));

        // The same second file once more changes nothing anywhere.
        JsonObject third = importCsv(second);
        assertThat(third.getInt("unchanged")).isEqualTo(FILLER + 2);
        assertThat(entries(mileage(), done)).hasSize(2);
    }

    @Test
    void a_file_refused_at_its_last_row_leaves_no_petition_notice_or_point_behind() {
        JsonObject before = mileage();
        StringBuilder csv = new StringBuilder(HEADER);
        int good = 1_500;
        for (int i = 1; i <= good; i++) {
            // Fast completions would score, open ones would get notices: all in chunks written before the bad row.
            csv.append(row(RUN + "-R-" + i, "G0002", at(300 + i), i % 2 == 0 ? at(5) : null));
        }
        csv.append(RUN).append("-R-BAD,G0002,").append(at(100)).append(",NO-SUCH-HANDLER,ONLINE,IN,,,\n");
        HttpResponse<String> r = call(
                "POST", "/api/v1/imports/petitions", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"row\":" + (good + 2)).contains("handler_no");
        for (int i : new int[] {1, 2, 999, 1000, 1001, good}) {
            assertThat(call("GET", "/api/v1/petitions/" + RUN + "-R-" + i, null, null)
                            .statusCode())
                    .as("row %d was not kept", i + 1)
                    .isEqualTo(404);
        }
        JsonObject after = mileage();
        assertThat(after.getJsonNumber("points").bigDecimalValue())
                .isEqualByComparingTo(before.getJsonNumber("points").bigDecimalValue());
        assertThat(after.getInt("scoredPetitions")).isEqualTo(before.getInt("scoredPetitions"));
    }
}
