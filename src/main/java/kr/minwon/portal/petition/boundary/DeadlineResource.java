package kr.minwon.portal.petition.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/deadlines?receivedAt=2026-05-29T15:00&period=3&unit=DAY}: the deadline engine on the office's
 * calendar, answering {@code {"deadline":"2026-06-04T15:00","mode":"HOURS","workingMinutes":1440,"provisional":false}}:
 * {@code provisional} is true when the deadline falls after the last year whose holidays are loaded, so it counts
 * weekends only and may still move. Any signed-in caller or API key may ask; nothing is stored.
 */
@RequestScoped
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Deadline calculation")
public class DeadlineResource {

    @Inject
    OfficeCalendar calendar;

    @GET
    @Operation(
            summary =
                    "Compute a deadline: receivedAt (office local), period and unit (IMMEDIATE, HOUR, DAY, WEEK, MONTH, YEAR)")
    public JsonObject deadline(
            @QueryParam("receivedAt") String receivedAt,
            @QueryParam("period") String period,
            @QueryParam("unit") String unit) {
        return answer(new DeadlineCalculator(calendar.calendar()), receivedAt, period, unit);
    }

    /** The endpoint's whole logic on a given calculator, so the mapping can be tested without a container. */
    static JsonObject answer(DeadlineCalculator calculator, String receivedAt, String period, String unit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDateTime received = null;
        if (receivedAt == null || receivedAt.isBlank()) {
            errors.add(new Problem.FieldError("receivedAt", null, Texts.t("petition.msg.DeadlineResource.13")));
        } else {
            received = parseReceipt(receivedAt.trim());
            if (received == null) {
                errors.add(new Problem.FieldError(
                        "receivedAt", null, Texts.t("petition.msg.DeadlineResource.12"), receivedAt));
            }
        }
        PeriodUnit periodUnit = null;
        if (unit == null || unit.isBlank()) {
            errors.add(new Problem.FieldError("unit", null, Texts.t("petition.msg.DeadlineResource.11")));
        } else {
            periodUnit = CsvValues.parseChoice(
                            unit,
                            PeriodUnit.class,
                            Map.of(
                                    "즉시",
                                    PeriodUnit.IMMEDIATE,
                                    "시간",
                                    PeriodUnit.HOUR,
                                    "일",
                                    PeriodUnit.DAY,
                                    "주",
                                    PeriodUnit.WEEK,
                                    "월",
                                    PeriodUnit.MONTH,
                                    "개월",
                                    PeriodUnit.MONTH,
                                    "년",
                                    PeriodUnit.YEAR))
                    .orElse(null);
            if (periodUnit == null) {
                errors.add(new Problem.FieldError("unit", null, Texts.t("petition.msg.DeadlineResource.3"), unit));
            }
        }
        int amount = 0;
        if (periodUnit != PeriodUnit.IMMEDIATE) {
            Optional<Integer> parsed = CsvValues.parseInteger(period);
            if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > 3650) {
                errors.add(new Problem.FieldError("period", null, Texts.t("petition.msg.DeadlineResource.2"), period));
            } else {
                amount = parsed.get();
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejected(InputRejected.BAD_REQUEST, Texts.t("petition.msg.DeadlineResource.1"), errors);
        }
        Deadline d;
        try {
            d = calculator.compute(received, new LegalPeriod(amount, periodUnit));
        } catch (IllegalArgumentException e) {
            throw InputRejected.field("receivedAt", Texts.t("petition.msg.outsideCalendar", e.getMessage()));
        }
        return JSON.createObjectBuilder()
                .add("deadline", PetitionJson.time(d.deadline()))
                .add("mode", d.mode().name())
                .add("workingMinutes", d.workingMinutes())
                .add(
                        "provisional",
                        calculator.calendar().isProvisional(d.deadline().toLocalDate()))
                .build();
    }

    /** A date-time, or a date alone meaning the start of that day. */
    private static LocalDateTime parseReceipt(String text) {
        Optional<LocalDateTime> t = CsvValues.parseDateTime(text, CsvValues.OFFICE_ZONE);
        if (t.isPresent()) {
            return t.get();
        }
        try {
            return LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
