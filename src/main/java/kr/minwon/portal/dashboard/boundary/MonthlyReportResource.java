package kr.minwon.portal.dashboard.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.minwon.portal.dashboard.control.ReportLabels;
import kr.minwon.portal.dashboard.control.ReportPdf;
import kr.minwon.portal.dashboard.control.ReportWorkbook;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.rest.ProblemResponses;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monthly status reports: {@code GET /api/v1/reports/monthly/{yyyy-MM}} as JSON, {@code .pdf} or {@code .xlsx}
 * (auditors, admins, the head of office, READ keys); {@code POST .../{yyyy-MM}/regenerate} (auditors, admins, ADMIN
 * keys); {@code POST /api/v1/reports/monthly/run?at=2026-06-01T09:00} runs the scheduled trigger as of a moment not
 * in the future (admins, ADMIN keys: operators and tests drive the clock with it).
 */
@Stateless
@Path("reports/monthly")
@Tag(name = "Reports", description = "Monthly petition status reports (Enforcement Decree, Article 22)")
public class MonthlyReportResource {

    private static final String MONTH = "{month: \\d{4}-\\d{2}}";

    @Inject
    MonthlyReports reports;

    @Inject
    MonthlyReportRun run;

    @Inject
    Clock clock;

    @GET
    @Path(MONTH)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, MonthlyReports.API_READ})
    @Operation(summary = "A month's stored report: the office and department KPIs, overdue petitions, mileage leaders")
    public JsonObject json(@PathParam("month") String month) {
        return json(stored(month));
    }

    @GET
    @Path(MONTH + ".pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, MonthlyReports.API_READ})
    @Operation(summary = "A month's stored report as PDF (Korean)")
    public Response pdf(@PathParam("month") String month) {
        MonthlyReports.Stored s = stored(month);
        return file(
                ReportPdf.render(s.figures(), ReportLabels.of(Texts.reader())), "application/pdf", s.month() + ".pdf");
    }

    @GET
    @Path(MONTH + ".xlsx")
    @Produces(ReportWorkbook.CONTENT_TYPE)
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, MonthlyReports.API_READ})
    @Operation(summary = "A month's stored report as an Excel workbook (Korean)")
    public Response xlsx(@PathParam("month") String month) {
        MonthlyReports.Stored s = stored(month);
        return file(
                ReportWorkbook.render(s.figures(), ReportLabels.of(Texts.reader())),
                ReportWorkbook.CONTENT_TYPE,
                s.month() + ".xlsx");
    }

    @POST
    @Path(MONTH + "/regenerate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, MonthlyReports.API_ADMIN})
    @Operation(summary = "Makes a month's report again from today's data (or for the first time); records who did")
    public JsonObject regenerate(@PathParam("month") String month) {
        return json(reports.regenerate(month(month)));
    }

    @POST
    @Path("run")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, MonthlyReports.API_ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Operation(summary = "Runs the scheduled trigger as of a moment (default now, never in the future)")
    public JsonObject runNow(@QueryParam("at") String at) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime when = now;
        if (at != null && !at.isBlank()) {
            try {
                when = LocalDateTime.parse(at.trim());
            } catch (DateTimeParseException e) {
                throw rejected("at", Texts.t("dashboard.msg.badTime", at));
            }
            if (when.isAfter(now)) {
                throw rejected("at", Texts.t("dashboard.msg.futureTime", at));
            }
        }
        var b = JSON.createObjectBuilder().add("at", when.toString());
        run.run(when)
                .ifPresentOrElse(
                        o -> {
                            b.add("ran", true).add("made", o.made());
                            if (o.due() == null) {
                                b.addNull("due");
                            } else {
                                b.add("due", o.due().toString());
                            }
                        },
                        () -> b.add("ran", false));
        return b.build();
    }

    private MonthlyReports.Stored stored(String month) {
        return reports.find(month(month))
                .orElseThrow(() -> new NotFoundException(Texts.t("dashboard.msg.noReport", month)));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw rejected("month", Texts.t("dashboard.msg.badMonth", text));
        }
    }

    private static InputRejected rejected(String field, String reason) {
        return new InputRejected(
                InputRejected.BAD_REQUEST, reason, List.of(new Problem.FieldError(field, null, reason)));
    }

    static JsonObject json(MonthlyReports.Stored s) {
        JsonObject figures =
                JSON.createReader(new StringReader(s.figures().toJson())).readObject();
        return JSON.createObjectBuilder(figures)
                .add("regenerations", s.regenerations())
                .build();
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"minwon-report-" + name + "\"")
                .header("Content-Length", bytes.length)
                .build();
    }

    /** A manager who is not the head of office: 403 with the reason. */
    @Provider
    public static class Denied implements ExceptionMapper<ReportAccessDenied> {
        @Override
        public Response toResponse(ReportAccessDenied e) {
            return ProblemResponses.problem(new Problem(403, ProblemResponses.title(403), e.getMessage()));
        }
    }
}
