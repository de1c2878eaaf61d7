package kr.minwon.portal.petition.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.control.StopCsv;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.rest.ProblemResponses;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/petitions}: petition records as the core system sends them, their clock stops and extensions.
 * A stateless bean so that a request is one transaction and the answer is written from managed entities; roles and
 * ownership are checked by the facades it calls.
 */
@Stateless
@Path("petitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Petitions", description = "Petition records, clock stops, extensions")
public class PetitionResource {

    private static final long RE_READ_PAUSE_MS = 200;

    @Inject
    PetitionPuts puts;

    @Inject
    PetitionLookup lookup;

    @Inject
    PetitionClock petitionClock;

    @Inject
    PetitionSearch search;

    @Inject
    OfficeCalendar calendar;

    /**
     * Idempotent however requests interleave: a write that lost a race (optimistic lock, unique key) to a write of
     * the same record answers 200 with the stored record; one that lost to a different record answers 409. Each
     * attempt is its own transaction ({@link PetitionPuts}), so the losing one is over before the stored record is
     * read again.
     */
    @PUT
    @Path("{receiptNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Operation(
            summary = "Create or replace a petition record (idempotent): 201 created, 200 updated or unchanged;"
                    + " 409 when a different record was written at the same time")
    public Response put(@PathParam("receiptNo") String receiptNo, String body) {
        PetitionInput in = PetitionJson.input(receiptNo, body);
        PetitionPuts.Answer answer;
        try {
            answer = puts.write(in);
        } catch (RuntimeException e) {
            if (!ProblemResponses.isConflict(e)) {
                throw e;
            }
            answer = storedSameAs(in).orElse(null);
            if (answer == null) {
                return ProblemResponses.problem(new Problem(
                        409, ProblemResponses.title(409), Texts.t("petition.api.raceLost", in.receiptNo())));
            }
        }
        return Response.status(answer.status()).entity(answer.body()).build();
    }

    /** The stored record when it is the one sent; once more after a moment, in case the winner was still committing. */
    private Optional<PetitionPuts.Answer> storedSameAs(PetitionInput in) {
        Optional<PetitionPuts.Answer> same = puts.ifStored(in);
        if (same.isEmpty()) {
            try {
                Thread.sleep(RE_READ_PAUSE_MS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return same;
            }
            same = puts.ifStored(in);
        }
        return same;
    }

    @GET
    @Path("{receiptNo}")
    @Operation(summary = "One petition with its computed deadline, stops and extensions")
    public JsonObject get(@PathParam("receiptNo") String receiptNo) {
        return PetitionJson.petition(lookup.find(receiptNo), null, true, calendar.calendar());
    }

    @GET
    @Operation(summary = "Petitions the caller may see, filtered and paged (page from 0, size up to 500)")
    public JsonObject list(
            @QueryParam("department") String department,
            @QueryParam("handler") String handler,
            @QueryParam("status") String status,
            @QueryParam("dueBefore") String dueBefore,
            @QueryParam("approvedFrom") String approvedFrom,
            @QueryParam("approvedTo") String approvedTo,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        Params p = new Params();
        PetitionSearch.Filter filter = new PetitionSearch.Filter(
                blankToNull(department),
                blankToNull(handler),
                p.choice("status", status, PetitionStatus.class),
                p.time("dueBefore", dueBefore),
                p.time("approvedFrom", approvedFrom),
                p.time("approvedTo", approvedTo));
        int pageNo = p.integer("page", page, 0);
        int pageSize = p.integer("size", size, 1);
        p.done();
        PetitionSearch.Page result = search.page(filter, pageNo, pageSize);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Petition item : result.items()) {
            items.add(PetitionJson.petition(item, null, false, calendar.calendar()));
        }
        return JSON.createObjectBuilder()
                .add("total", result.total())
                .add("page", result.page())
                .add("size", result.size())
                .add("items", items)
                .build();
    }

    @POST
    @Path("{receiptNo}/stops")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Stop the clock (a request for documents etc.): 201 with the stop and the petition's new deadline")
    public Response addStop(@PathParam("receiptNo") String receiptNo, String body, @Context UriInfo uri) {
        StopInput in = stopInput(body);
        PetitionStop stop = petitionClock.addStop(receiptNo, in.reason, in.startedAt, in.endedAt, in.note);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(stop.getId()))
                        .build())
                .entity(stopAnswer(stop, lookup.find(receiptNo)))
                .build();
    }

    @PUT
    @Path("{receiptNo}/stops/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a clock stop, e.g. record its end (resume)")
    public JsonObject changeStop(@PathParam("receiptNo") String receiptNo, @PathParam("id") long id, String body) {
        StopInput in = stopInput(body);
        PetitionStop stop = petitionClock.changeStop(receiptNo, id, in.reason, in.startedAt, in.endedAt, in.note);
        return stopAnswer(stop, lookup.find(receiptNo));
    }

    @POST
    @Path("{receiptNo}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Extend the period: once up to the original period, a second time only with consent; optional"
                            + " decidedAt (office-local, not before receipt, not in the future, not after the deadline then in force; default now); 422 when refused")
    public Response extend(@PathParam("receiptNo") String receiptNo, String body) {
        PetitionJson.Body b = PetitionJson.body(body);
        Integer amount = b.integer("amount", true);
        String reason = b.text("reason", true);
        Boolean consent = b.bool("consent", false);
        LocalDateTime decidedAt = b.dateTime("decidedAt", false);
        b.done();
        Petition p = petitionClock.extend(receiptNo, amount, reason, Boolean.TRUE.equals(consent), decidedAt);
        return Response.status(201)
                .entity(PetitionJson.petition(p, null, true, calendar.calendar()))
                .build();
    }

    private record StopInput(StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {}

    private static StopInput stopInput(String body) {
        PetitionJson.Body b = PetitionJson.body(body);
        StopInput in = new StopInput(
                b.choice("reason", StopReason.class, StopCsv.REASON_ALIASES, true),
                b.dateTime("startedAt", true),
                b.dateTime("endedAt", false),
                b.text("note", false));
        b.done();
        return in;
    }

    private JsonObject stopAnswer(PetitionStop stop, Petition p) {
        JsonObject s = PetitionJson.stop(stop);
        return JSON.createObjectBuilder(s)
                .add("deadline", PetitionJson.time(p.getDeadline()))
                .add(
                        "provisional",
                        calendar.calendar().isProvisional(p.getDeadline().toLocalDate()))
                .add("originalDeadline", PetitionJson.time(p.getOriginalDeadline()))
                .add("status", p.getStatus().name())
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Query parameters read like body fields: every bad one named in one 400. */
    private static final class Params {
        private final java.util.List<kr.minwon.portal.platform.rest.Problem.FieldError> errors =
                new java.util.ArrayList<>();

        LocalDateTime time(String name, String value) {
            if (blankToNull(value) == null) {
                return null;
            }
            Optional<LocalDateTime> t =
                    CsvValues.parseDateTime(value.length() == 10 ? value + "T00:00" : value, CsvValues.OFFICE_ZONE);
            if (t.isEmpty()) {
                errors.add(new kr.minwon.portal.platform.rest.Problem.FieldError(
                        name, null, Texts.t("petition.msg.PetitionResource.1"), value));
            }
            return t.orElse(null);
        }

        <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
            if (blankToNull(value) == null) {
                return null;
            }
            Optional<E> e = CsvValues.parseChoice(value, type, java.util.Map.of());
            if (e.isEmpty()) {
                errors.add(new kr.minwon.portal.platform.rest.Problem.FieldError(
                        name,
                        null,
                        Texts.t("petition.msg.allowedValues", java.util.Arrays.toString(type.getEnumConstants())),
                        value));
            }
            return e.orElse(null);
        }

        int integer(String name, String value, int least) {
            Optional<Integer> i = CsvValues.parseInteger(value);
            if (i.isEmpty() || i.get() < least) {
                errors.add(new kr.minwon.portal.platform.rest.Problem.FieldError(
                        name, null, Texts.t("petition.msg.atLeast", least), value));
                return least;
            }
            return i.get();
        }

        void done() {
            if (!errors.isEmpty()) {
                throw new kr.minwon.portal.platform.rest.InputRejected(
                        kr.minwon.portal.platform.rest.InputRejected.BAD_REQUEST,
                        Texts.t("petition.msg.DeadlineResource.1"),
                        errors);
            }
        }
    }
}
