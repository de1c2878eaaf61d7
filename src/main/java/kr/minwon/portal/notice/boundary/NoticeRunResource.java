package kr.minwon.portal.notice.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code POST /api/v1/notices/run[?sweep=true][&limit=N]}: runs the delivery run now (admin scope), optionally with a
 * full planning sweep, and answers what it did with timings; for operators and the benchmark.
 */
@Stateless
@Path("notices/run")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeRunResource {

    @Inject
    NoticeRun run;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @POST
    public JsonObject runNow(
            @QueryParam("sweep") @DefaultValue("false") boolean sweep,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 1_000_000) {
            throw new InputRejected(
                    InputRejected.BAD_REQUEST,
                    Texts.t("notice.msg.NoticeRunResource.1"),
                    List.of(new Problem.FieldError("limit", null, Texts.t("notice.msg.NoticeRunResource.1"))));
        }
        long t0 = System.nanoTime();
        var report = run.run(LocalDateTime.now(clock), sweep, limit);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        JsonObjectBuilder o =
                JSON.createObjectBuilder().add("ran", report.isPresent()).add("millis", millis);
        report.ifPresent(r -> {
            if (r.sweep() != null) {
                o.add(
                        "sweep",
                        JSON.createObjectBuilder()
                                .add("petitions", r.sweep().petitions())
                                .add("inserted", r.sweep().inserted())
                                .add("moved", r.sweep().moved())
                                .add("cancelled", r.sweep().cancelled())
                                .add("millis", r.sweep().millis())
                                .add("readNoticesMillis", r.sweep().readMillis())
                                .add("readAndPlanMillis", r.sweep().planMillis())
                                .add("writeMillis", r.sweep().writeMillis()));
            }
            o.add("claimed", r.claimed())
                    .add("cancelled", r.cancelled())
                    .add("sent", r.sent())
                    .add("retried", r.retried())
                    .add("failed", r.failed());
        });
        return o.build();
    }
}
