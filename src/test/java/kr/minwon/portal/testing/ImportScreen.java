package kr.minwon.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The petitions import screen as PrimeFaces' script drives it: the file upload (a multipart ajax post of the view) and
 * the progress bar's poll (an ajax post of the same view whose answer carries the bar's value).
 */
public final class ImportScreen {

    public static final String PATH = "/petitions/import.xhtml";
    private static final Pattern BAR_VALUE = Pattern.compile("importForm:importBar_value(?:&#34;|\")\\s*:\\s*(\\d+)");

    private ImportScreen() {}

    /** A file of {@code rows} new petitions received two days ago (office clock), big enough to take some seconds. */
    public static String petitionsCsv(String prefix, int rows) {
        String receivedAt = OfficeTime.now().minusDays(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String run = prefix + ThreadLocalRandom.current().nextInt(10000, 100000);
        StringBuilder csv = new StringBuilder("receipt_no,type_code,received_at,handler_no\n");
        for (int i = 0; i < rows; i++) {
            csv.append(run)
                    .append('-')
                    .append(i)
                    .append(",G0002,")
                    .append(receivedAt)
                    .append(",900001\n");
        }
        return csv.toString();
    }

    /** The upload's multipart body for the page's view state and nonce. */
    public static String uploadBody(String boundary, String viewState, String nonce, String csv) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("importForm", "importForm");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("importForm:petitionsFile_totalFilesCount", "1");
        fields.put("jakarta.faces.source", "importForm:petitionsFile");
        fields.put("jakarta.faces.partial.execute", "importForm:petitionsFile");
        fields.put("jakarta.faces.partial.render", "importForm:outcome");
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
        return body.append("--")
                .append(boundary)
                .append(
                        "\r\nContent-Disposition: form-data; name=\"importForm:petitionsFile\"; filename=\"petitions.csv\"")
                .append("\r\nContent-Type: text/csv\r\n\r\n")
                .append(csv)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n")
                .toString();
    }

    /** The bar's poll, URL-encoded. */
    public static String pollForm(String viewState, String nonce) {
        Map<String, String> poll = new LinkedHashMap<>();
        poll.put("jakarta.faces.partial.ajax", "true");
        poll.put("jakarta.faces.source", "importForm:importBar");
        poll.put("jakarta.faces.partial.execute", "importForm:importBar");
        poll.put("importForm:importBar", "importForm:importBar");
        poll.put("importForm", "importForm");
        poll.put("jakarta.faces.ViewState", viewState);
        poll.put("primefaces.nonce", nonce);
        return poll.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The value PrimeFaces' callback reads from a poll's answer. */
    public static int barValue(String pollAnswer) {
        Matcher m = BAR_VALUE.matcher(pollAnswer);
        assertThat(m.find()).as("a bar value in " + pollAnswer).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
