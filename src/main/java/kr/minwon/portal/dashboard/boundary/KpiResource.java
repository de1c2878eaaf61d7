package kr.minwon.portal.dashboard.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import kr.minwon.portal.petition.boundary.KpiReadModel;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/kpis?from=2026-01-01&to=2026-03-31[&department=CODE][&handler=NO]}: the evaluation KPIs over
 * petitions completed in the range (INTERFACES.md §2). Rates are percent with one decimal, null when the range holds
 * nothing to divide by. Who may ask and what he sees is decided by {@link Kpis}. Also the extended-hours figures per
 * channel, and for admins the read model's rebuild and comparison with the petitions.
 */
@RequestScoped
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Compliance and reduction rates")
public class KpiResource {

    @Inject
    Kpis kpis;

    @Inject
    KpiReadModel readModel;

    @GET
    @Operation(summary = "KPIs of petitions completed (approved) between from and to, both included (YYYY-MM-DD)")
    public JsonObject get(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("department") String department,
            @QueryParam("handler") String handler) {
        return json(kpis.report(filter(from, to, department, handler)));
    }

    /**
     * Issue 18: per channel, petitions completed in the range, the days that had any on that channel (the days it was
     * open), documents per such day, and the weekend and out-of-district shares (percent, one decimal).
     */
    @GET
    @Path("extended-hours")
    @Operation(summary = "Extended-hours figures per channel: count, perDay, weekendShare, outOfDistrictShare")
    public JsonObject extendedHours(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("department") String department) {
        Kpis.Filter f = filter(from, to, department, null);
        JsonObjectBuilder channels = JSON.createObjectBuilder();
        for (KpiDays.ChannelFigures c : kpis.extendedHours(f)) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("count", c.count())
                    .add("days", c.days())
                    .add("weekend", c.weekend())
                    .add("outOfDistrict", c.outOfDistrict())
                    .add("residenceKnown", c.residenceKnown());
            decimal(o, "perDay", c.perDay());
            decimal(o, "weekendShare", c.weekendShare());
            decimal(o, "outOfDistrictShare", c.outOfDistrictShare());
            channels.add(c.channel().name(), o);
        }
        JsonObjectBuilder b =
                JSON.createObjectBuilder().add("from", f.from().toString()).add("to", f.to().toString());
        if (f.departmentCode() != null) {
            b.add("department", f.departmentCode());
        }
        return b.add("channels", channels).build();
    }

    /** Recomputes the KPI read model from the petitions (admins and ADMIN keys): after data loaded past the portal. */
    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the KPI read model from the petitions")
    public JsonObject rebuild() {
        KpiReadModel.Rebuilt r = readModel.rebuild();
        return JSON.createObjectBuilder()
                .add("petitions", r.petitions())
                .add("rows", r.rows())
                .add("millis", r.millis())
                .build();
    }

    /** Compares the KPI read model with a recomputation from the petitions without changing it (admins). */
    @GET
    @Path("read-model/differences")
    @Operation(summary = "Rows where the KPI read model and a recomputation from the petitions differ (at most 20)")
    public JsonObject differences() {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        readModel.differences().forEach(rows::add);
        return JSON.createObjectBuilder().add("differences", rows).build();
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
        JsonObjectBuilder channels = JSON.createObjectBuilder();
        r.byChannel().forEach((c, n) -> channels.add(c.name(), n));
        JsonObjectBuilder b = JSON.createObjectBuilder()
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
