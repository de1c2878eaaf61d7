package kr.minwon.portal.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/kpis?from=2026-01-01&to=2026-03-31[&department=CODE][&handler=NO]}: the evaluation KPIs over
 * petitions completed in the range (INTERFACES.md §2). Rates are percent with one decimal, null when the range holds
 * nothing to divide by. Who may ask and what he sees is decided by {@link Kpis}.
 */
@RequestScoped
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Compliance and reduction rates")
public class KpiResource {

    @Inject
    Kpis kpis;

    @GET
    @Operation(summary = "KPIs of petitions completed (approved) between from and to, both included (YYYY-MM-DD)")
    public JsonObject get(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("department") String department,
            @QueryParam("handler") String handler) {
        return json(kpis.report(filter(from, to, department, handler)));
    }

    /** The query parameters as a filter, or a 400 naming every bad one. */
    static Kpis.Filter filter(String from, String to, String department, String handler) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new Problem.FieldError("to", null, Texts.t("dashboard.msg.KpiResource.4"), to));
        }
        if (!errors.isEmpty()) {
            throw new InputRejected(InputRejected.BAD_REQUEST, Texts.t("dashboard.msg.KpiResource.3"), errors);
        }
        return new Kpis.Filter(f, t, blankToNull(department), blankToNull(handler));
    }

    static JsonObject json(KpiReport r) {
        KpiTotals t = r.totals();
        JsonObjectBuilder channels = Json.createObjectBuilder();
        r.byChannel().forEach((c, n) -> channels.add(c.name(), n));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("from", r.filter().from().toString())
                .add("to", r.filter().to().toString());
        if (r.filter().departmentCode() != null) {
            b.add("department", r.filter().departmentCode());
        }
        if (r.filter().handlerNo() != null) {
            b.add("handler", r.filter().handlerNo());
        }
        b.add("completed", t.completed()).add("onTime", t.onTime()).add("late", t.late());
        decimal(b, "complianceRate", t.complianceRate());
        decimal(b, "reductionRate", t.reductionRate());
        decimal(b, "legalDays", t.legalDays());
        decimal(b, "usedDays", t.usedDays());
        b.add("open", r.open())
                .add("openOverdue", r.openOverdue())
                .add("atRisk", r.atRisk())
                .add("byChannel", channels);
        decimal(b, "outOfDistrictShare", r.outOfDistrictShare());
        return b.build();
    }

    private static void decimal(JsonObjectBuilder b, String name, BigDecimal value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static LocalDate date(String name, String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError(name, null, Texts.t("dashboard.msg.KpiResource.2")));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, null, Texts.t("dashboard.msg.KpiResource.1"), text));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
