package kr.minwon.portal.notice.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.staff.entity.Role;

/** {@code GET /api/v1/staff/{employeeNo}/notices}: that person's inbox, newest first, paged. */
@Stateless
@Path("staff/{employeeNo}/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"
})
public class StaffNoticeResource {

    @Inject
    Inbox inbox;

    @GET
    public JsonObject inbox(
            @PathParam("employeeNo") String employeeNo,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw NoticeResource.InputRejectedQuery.of();
        }
        Inbox.Owned owned = inbox.of(employeeNo, page * size, size);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (InboxMessage m : owned.messages()) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("id", m.getId())
                    .add("kind", m.getKind())
                    .add("title", m.getTitle())
                    .add("body", m.getBody())
                    .add("createdAt", m.getCreatedAt().toString())
                    .add("read", !m.isUnread());
            if (m.getReceiptNo() != null) {
                o.add("receiptNo", m.getReceiptNo());
            }
            if (m.getLink() != null) {
                o.add("link", m.getLink());
            }
            NoticeResource.time(o, "readAt", m.getReadAt());
            items.add(o);
        }
        return JSON.createObjectBuilder()
                .add("employeeNo", employeeNo)
                .add("total", owned.total())
                .add("unread", owned.unread())
                .add("page", page)
                .add("size", size)
                .add("items", items)
                .build();
    }
}
