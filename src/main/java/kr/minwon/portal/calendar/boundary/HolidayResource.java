package kr.minwon.portal.calendar.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.calendar.control.HolidayKind;
import kr.minwon.portal.calendar.entity.HolidayEntry;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.rest.ProblemResponses;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/holidays}: the office calendar. A change moves the deadlines of open petitions it touches (their
 * original deadline stays) and says how many moved; changes need the admin scope (facade-checked).
 */
@Stateless
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holidays", description = "Holidays (the deadline calendar)")
public class HolidayResource {

    @Inject
    Holidays holidays;

    @GET
    @Operation(summary = "The holidays of a year")
    public JsonArray ofYear(@QueryParam("year") String year) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            throw bad("year", Texts.t("calendar.msg.HolidayResource.8"), year);
        }
        if (y < 1900 || y > 2200) {
            throw bad("year", Texts.t("calendar.msg.HolidayResource.7"), year);
        }
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (HolidayEntry h : holidays.ofYear(y)) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("date", h.getDate().toString())
                    .add("name", h.getName())
                    .add("kind", h.getKind().name());
            if (h.getReason() != null) {
                o.add("reason", h.getReason());
            }
            a.add(o);
        }
        return a.build();
    }

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a holiday (API_ADMIN or ADMIN): body {name, kind, reason}; answers deadlinesMoved")
    public Response put(@PathParam("date") String date, String body) {
        LocalDate day = date(date);
        JsonObject json = object(body);
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = string(json, "name");
        if (name == null || name.isBlank()) {
            errors.add(new Problem.FieldError("name", null, Texts.t("calendar.msg.HolidayResource.6")));
        }
        String kindText = string(json, "kind");
        HolidayKind kind = null;
        try {
            kind = kindText == null
                    ? HolidayKind.TEMPORARY
                    : HolidayKind.valueOf(kindText.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("kind", null, Texts.t("calendar.msg.HolidayResource.5"), kindText));
        }
        String reason = string(json, "reason");
        if (!errors.isEmpty()) {
            throw new InputRejected(InputRejected.BAD_REQUEST, Texts.t("calendar.msg.HolidayResource.4"), errors);
        }
        Holidays.Change change = holidays.put(day, name, kind, reason == null ? "" : reason);
        return Response.status(change.added() > 0 ? 201 : 200)
                .entity(json(day, name, kind, change))
                .build();
    }

    @DELETE
    @Path("{date}")
    @Operation(summary = "Remove a holiday (API_ADMIN or ADMIN) with a reason; answers deadlinesMoved")
    public JsonObject delete(@PathParam("date") String date, @QueryParam("reason") String reason) {
        LocalDate day = date(date);
        HolidayEntry entry = holidays.on(day)
                .orElseThrow(() ->
                        new jakarta.ws.rs.NotFoundException(Texts.t("calendar.msg.notHoliday", String.valueOf(day))));
        if (reason == null || reason.isBlank()) {
            throw bad("reason", Texts.t("calendar.msg.HolidayResource.3"), null);
        }
        Holidays.Change change = holidays.remove(day, reason.trim());
        return json(day, entry.getName(), entry.getKind(), change);
    }

    private static JsonObject json(LocalDate day, String name, HolidayKind kind, Holidays.Change c) {
        return JSON.createObjectBuilder()
                .add("date", day.toString())
                .add("name", name.trim())
                .add("kind", kind.name())
                .add("added", c.added())
                .add("removed", c.removed())
                .add("unchanged", c.unchanged())
                .add("deadlinesMoved", c.deadlinesMoved())
                .build();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad("date", Texts.t("calendar.msg.HolidayResource.2"), text);
        }
    }

    private static JsonObject object(String body) {
        try (var reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue v = reader.readValue();
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                return v.asJsonObject();
            }
        } catch (RuntimeException e) {
            throw bad("body", Texts.t("calendar.msg.notJson", e.getMessage()), null);
        }
        throw bad("body", Texts.t("calendar.msg.HolidayResource.1"), null);
    }

    private static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static InputRejected bad(String field, String reason, String value) {
        return new InputRejected(
                InputRejected.BAD_REQUEST, reason, List.of(new Problem.FieldError(field, null, reason, value)));
    }

    /** A refused calendar change (the date is already a holiday, or is none): 422 with the reason. */
    @Provider
    public static class Refused implements ExceptionMapper<CalendarChangeRefused> {
        @Override
        public Response toResponse(CalendarChangeRefused e) {
            return ProblemResponses.problem(new Problem(422, ProblemResponses.title(422), e.getMessage()));
        }
    }
}
