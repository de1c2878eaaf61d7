package kr.minwon.portal.notice.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.notice.entity.NoticeDelivery;
import kr.minwon.portal.petition.boundary.PetitionNotFound;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code GET /api/v1/petitions/{receiptNo}/notices}: the pre-notices of a petition with stage, planned time, status
 * and, once sent, each recipient's employee number per channel. The class path is the full sub-path so that it stays
 * apart from (and more specific than) the petitions resource.
 */
@Stateless
@Path("petitions/{receiptNo}/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ", "API_PETITIONS"})
@DeclareRoles({Role.ADMIN_NAME, "API_ADMIN"})
public class NoticeResource {

    @Inject
    NoticeLog log;

    @Resource
    SessionContext context;

    @GET
    public JsonObject notices(@PathParam("receiptNo") String receiptNo) {
        List<NoticeLog.Entry> entries;
        try {
            entries = log.ofPetition(receiptNo);
        } catch (PetitionNotFound e) {
            throw new NotFoundException(Texts.t("notice.msg.noSuchReceiptNo", receiptNo));
        }
        JsonArrayBuilder notices = JSON.createArrayBuilder();
        boolean mayReadGatewayErrors = context.isCallerInRole(Role.ADMIN_NAME) || context.isCallerInRole("API_ADMIN");
        for (NoticeLog.Entry e : entries) {
            JsonArrayBuilder deliveries = JSON.createArrayBuilder();
            JsonArrayBuilder recipients = JSON.createArrayBuilder();
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            java.util.Set<String> channels = new java.util.LinkedHashSet<>();
            for (NoticeDelivery d : e.deliveries()) {
                if (seen.add(d.getRecipient().getEmployeeNo())) {
                    recipients.add(d.getRecipient().getEmployeeNo());
                }
                channels.add(d.getChannel().name());
                JsonObjectBuilder o = JSON.createObjectBuilder()
                        .add("recipient", d.getRecipient().getEmployeeNo())
                        .add("channel", d.getChannel().name())
                        .add("status", d.getStatus().name())
                        .add("attempts", d.getAttempts());
                time(o, "sentAt", d.getSentAt());
                time(o, "nextAttemptAt", d.getNextAttemptAt());
                // Gateway error texts (SMTP/SMS) may name hosts and accounts: administrators only (issue 14).
                if (d.getLastError() != null && mayReadGatewayErrors) {
                    o.add("lastError", d.getLastError());
                }
                deliveries.add(o);
            }
            if (channels.isEmpty()) {
                channels.add(DeliveryChannel.INBOX.name());
            }
            JsonArrayBuilder ch = JSON.createArrayBuilder();
            channels.forEach(ch::add);
            JsonObjectBuilder n = JSON.createObjectBuilder()
                    .add("stage", e.notice().getStageCode())
                    .add("stageDay", e.notice().getStageDay().toString())
                    .add("plannedAt", e.notice().getPlannedAt().toString())
                    .add("status", e.notice().getStatus().name())
                    .add("recipients", recipients)
                    .add("plannedRecipients", planned(e))
                    .add("channel", ch)
                    .add("deliveries", deliveries);
            time(n, "settledAt", e.notice().getSettledAt());
            if (e.notice().getNote() != null) {
                n.add("note", NoticeWords.noteText(e.notice().getNote()));
            }
            notices.add(n);
        }
        return JSON.createObjectBuilder()
                .add("receiptNo", receiptNo)
                .add("notices", notices)
                .build();
    }

    /** Who a planned notice would go to if it were sent now (employee numbers); empty once sent or cancelled. */
    private static JsonArrayBuilder planned(NoticeLog.Entry e) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        e.plannedRecipients().forEach(r -> out.add(r.getEmployeeNo()));
        return out;
    }

    static void time(JsonObjectBuilder o, String name, LocalDateTime t) {
        if (t != null) {
            o.add(name, t.toString());
        }
    }

    /** 400 for a bad page or size. */
    static final class InputRejectedQuery {
        static kr.minwon.portal.platform.rest.InputRejected of() {
            return new kr.minwon.portal.platform.rest.InputRejected(
                    kr.minwon.portal.platform.rest.InputRejected.BAD_REQUEST,
                    Texts.t("notice.msg.NoticeResource.1"),
                    List.of(new kr.minwon.portal.platform.rest.Problem.FieldError(
                            "size", null, Texts.t("notice.msg.NoticeResource.1"))));
        }
    }
}
