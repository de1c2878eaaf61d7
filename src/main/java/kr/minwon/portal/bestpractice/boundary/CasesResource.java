package kr.minwon.portal.bestpractice.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import kr.minwon.portal.bestpractice.control.RichText;
import kr.minwon.portal.bestpractice.entity.CaseAdoption;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code GET /api/v1/cases?status=PUBLISHED&q=&page=&size=} and {@code GET /api/v1/cases/{id}}: published cases only,
 * their HTML as stored (sanitized on the way in); any other case is 404, so the API never tells what exists.
 */
@Stateless
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    CaseAccess.API_READ
})
public class CasesResource {

    @Inject
    CaseBoard caseBoard;

    @Inject
    CaseAuthoring caseAuthoring;

    @Inject
    CaseAdoptions caseAdoptions;

    @GET
    public JsonObject list(
            @QueryParam("status") @DefaultValue("PUBLISHED") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (!"PUBLISHED".equalsIgnoreCase(status)) {
            throw InputRejected.field("status", Texts.t("bestpractice.msg.CasesResource.3"));
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new InputRejected(
                    InputRejected.BAD_REQUEST,
                    Texts.t("bestpractice.msg.CasesResource.2"),
                    java.util.List.of(new kr.minwon.portal.platform.rest.Problem.FieldError("size", null, "1~100")));
        }
        BoardQuery query = new BoardQuery(q, null, null, null, null, BoardQuery.Sort.NEWEST);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (PracticeCase c : caseBoard.board(query, page * size, size)) {
            items.add(summary(c));
        }
        return JSON.createObjectBuilder()
                .add("total", caseBoard.boardCount(query))
                .add("page", page)
                .add("size", size)
                .add("items", items)
                .build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String rawId) {
        long id;
        try {
            id = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        PracticeCase c;
        try {
            c = caseBoard.published(id);
        } catch (CaseNotFound e) {
            throw new NotFoundException(Texts.t("bestpractice.msg.CasesResource.1"));
        }
        JsonObjectBuilder b = summary(c);
        html(b, "background", c.getBackgroundHtml());
        html(b, "before", c.getBeforeHtml());
        html(b, "after", c.getAfterHtml());
        html(b, "outcome", c.getOutcomeHtml());
        html(b, "spread", c.getSpreadHtml());
        html(b, "nextSteps", c.getNextHtml());
        JsonObjectBuilder figures = JSON.createObjectBuilder();
        number(figures, "daysSaved", c.getDaysSaved());
        number(figures, "documentsCut", c.getDocumentsCut() == null ? null : BigDecimal.valueOf(c.getDocumentsCut()));
        number(figures, "users", c.getUsersCount() == null ? null : BigDecimal.valueOf(c.getUsersCount()));
        number(figures, "satisfaction", c.getSatisfaction());
        b.add("figures", figures);
        JsonArrayBuilder files = JSON.createArrayBuilder();
        for (CaseAttachment a : caseAuthoring.attachments(c.getId())) {
            files.add(JSON.createObjectBuilder()
                    .add("id", a.getId())
                    .add("fileName", a.getFileName())
                    .add("contentType", a.getContentType())
                    .add("size", a.getSizeBytes())
                    .add("sha256", a.getSha256()));
        }
        b.add("attachments", files);
        JsonArrayBuilder adopted = JSON.createArrayBuilder();
        for (CaseAdoption a : caseAdoptions.adoptions(c.getId())) {
            adopted.add(JSON.createObjectBuilder()
                    .add("unit", a.getUnit().getName())
                    .add("note", a.getNote())
                    .add("adoptedAt", a.getAdoptedAt().toString()));
        }
        b.add("adoptions", adopted);
        return b.build();
    }

    private static JsonObjectBuilder summary(PracticeCase c) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", c.getId())
                .add("title", c.getTitle())
                .add("unit", c.getUnit().getName())
                .add(
                        "department",
                        c.getDepartment() == null
                                ? c.getUnit().getName()
                                : c.getDepartment().getName())
                .add("author", c.getAuthor().getName())
                .add("status", c.getStatus().name())
                .add("views", c.getViewCount())
                .add("likes", c.getLikeCount())
                .add("adoptionCount", c.getAdoptionCount())
                .add("tags", JSON.createArrayBuilder(c.getTagList()));
        if (c.getCategory() != null) {
            b.add("category", c.getCategory().name());
        }
        if (c.getGrade() != null) {
            b.add("grade", c.getGrade().name());
        }
        if (c.getImplementedOn() != null) {
            b.add("implementedOn", c.getImplementedOn().toString());
        }
        if (c.getPublishedAt() != null) {
            b.add("publishedAt", c.getPublishedAt().toString());
        }
        return b;
    }

    /** Sanitized again when served, not only when written: rows written by older versions or by hand are safe too. */
    private static void html(JsonObjectBuilder b, String name, String html) {
        String safe = RichText.sanitize(html);
        if (safe != null) {
            b.add(name + "Html", safe);
        }
    }

    private static void number(JsonObjectBuilder b, String name, BigDecimal n) {
        if (n != null) {
            b.add(name, n);
        }
    }
}
