package kr.minwon.portal.petition.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.entity.PetitionType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/petition-types}: the catalogue; changing it needs the admin scope (facade-checked). */
@Stateless
@Path("petition-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Petition types", description = "Petition types (processing periods)")
public class PetitionTypeResource {

    @Inject
    PetitionTypes types;

    @GET
    @Operation(summary = "The whole catalogue, by code")
    public JsonArray all() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (PetitionType t : types.all()) {
            a.add(json(t));
        }
        return a.build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create or change a type (API_ADMIN or ADMIN): name, period, unit, compound, mileageEligible, noticeEligible, active")
    public Response put(@PathParam("code") String code, String body) {
        PetitionJson.Body b = PetitionJson.body(body);
        PeriodUnit unit = b.choice("unit", PeriodUnit.class, Map.of(), true);
        PetitionTypes.TypeInput in = new PetitionTypes.TypeInput(
                code,
                b.text("name", true),
                unit == PeriodUnit.IMMEDIATE ? Integer.valueOf(0) : b.integer("period", true),
                unit,
                b.bool("compound", false),
                b.bool("mileageEligible", false),
                b.bool("noticeEligible", false),
                b.bool("active", false));
        b.done();
        boolean existed = types.byCode(code.trim()).isPresent();
        PetitionType saved = types.save(in);
        return Response.status(existed ? 200 : 201).entity(json(saved)).build();
    }

    static JsonObject json(PetitionType t) {
        return JSON.createObjectBuilder()
                .add("code", t.getCode())
                .add("name", t.getName())
                .add("period", t.getPeriodAmount())
                .add("unit", t.getPeriodUnit().name())
                .add("mode", t.period().mode().name())
                .add("compound", t.isCompound())
                .add("mileageEligible", t.isMileageEligible())
                .add("noticeEligible", t.isNoticeEligible())
                .add("active", t.isActive())
                .build();
    }
}
