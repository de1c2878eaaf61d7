package kr.minwon.portal.platform.rest;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field-level failures (field, row, reason) for validation
 * problems so a caller can point at each bad value.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad value: the field (JSON property or CSV column key), the CSV row when there is one, the reason for a
     * person, and the offending value when showing it helps (an import's cell).
     */
    public record FieldError(String field, Integer row, String reason, String value) {

        public FieldError(String field, Integer row, String reason) {
            this(field, row, reason, null);
        }
    }

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public JsonObject toJson() {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            o.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            for (FieldError e : errors) {
                JsonObjectBuilder f = JSON.createObjectBuilder();
                if (e.field() != null) {
                    f.add("field", e.field());
                }
                if (e.row() != null) {
                    f.add("row", e.row());
                }
                f.add("reason", e.reason());
                if (e.value() != null) {
                    f.add("value", e.value());
                }
                a.add(f);
            }
            o.add("errors", a);
        }
        return o.build();
    }
}
