package kr.minwon.portal.calendar.control;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of one 특일정보 getRestDeInfo request (data.go.kr SpcdeInfoService): the holidays of a whole year as
 * JSON. data.go.kr issues each key in two spellings, URL-encoded and plain; an encoded one (it holds '%') is sent as
 * it is, a plain one is encoded here, so either works in the configuration.
 */
public final class SpecialDayRequest {

    /** A year has about twenty rest days; one page holds them all. */
    public static final int ROWS = 100;

    private SpecialDayRequest() {}

    public static URI uri(String base, String key, int year) {
        String serviceKey = key.contains("%") ? key : URLEncoder.encode(key, StandardCharsets.UTF_8);
        String separator = base.contains("?") ? "&" : "?";
        return URI.create(base + separator + "ServiceKey=" + serviceKey + "&solYear=" + year + "&numOfRows=" + ROWS
                + "&pageNo=1&_type=json");
    }

    /** A text with the key blanked out, for logs and messages: an address or an error may carry it. */
    public static String withoutKey(String text, String key) {
        if (text == null || key == null || key.isEmpty()) {
            return text;
        }
        return text.replace(key, "***").replace(URLEncoder.encode(key, StandardCharsets.UTF_8), "***");
    }
}
