package kr.minwon.portal.mileage.boundary;

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
import kr.minwon.portal.mileage.control.ReplayDifference;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code GET /api/v1/mileage/rankings?period=&level=PERSON|TEAM|DEPARTMENT&unit=&perPetition=&first=&size=} with the
 * same visibility as the ranking screen, and {@code GET /api/v1/mileage/replay/{period}} (auditors, READ keys): the
 * differences between the ledger and a replay of the period's petitions.
 */
@Stateless
@Path("mileage")
@Produces(MediaType.APPLICATION_JSON)
public class MileageRankingResource {

    @Inject
    MileageStandings standings;

    @Inject
    MileageUnitStandings unitStandings;

    @Inject
    MileageReplay replay;

    @GET
    @Path("rankings")
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        MileageStandings.API_READ
    })
    public JsonObject rankings(
            @QueryParam("period") String period,
            @QueryParam("level") @DefaultValue("PERSON") String level,
            @QueryParam("unit") String unit,
            @QueryParam("perPetition") boolean perPetition,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        String key = period == null || period.isBlank() ? standings.currentPeriod() : period.trim();
        MileageStandings.Level lv;
        try {
            lv = MileageStandings.Level.valueOf(level.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new MileageRefused("level", Texts.t("mileage.msg.badLevel", level));
        }
        if (first < 0 || size < 1 || size > 500) {
            throw new MileageRefused("size", Texts.t("mileage.msg.MileageRankingResource.1"));
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("period", standings.checkedKey(key))
                .add("level", lv.name())
                .add("closed", standings.isClosed(key))
                .add("perPetition", perPetition);
        if (lv == MileageStandings.Level.PERSON) {
            for (PersonStanding p : standings.people(key, unit, perPetition, first, size)) {
                JsonObjectBuilder o = JSON.createObjectBuilder()
                        .add("rank", p.rank())
                        .add("employeeNo", p.employeeNo())
                        .add("name", p.name())
                        .add("points", p.points())
                        .add("petitions", p.petitions())
                        .add("perPetition", p.perPetition());
                text(o, "unit", p.unitName());
                text(o, "department", p.departmentName());
                text(o, "tier", p.tier());
                rows.add(o);
            }
            out.add("total", standings.countPeople(key, unit)).add("complete", standings.seesAllOf(unit));
        } else {
            var units = unitStandings.units(key, lv, perPetition);
            for (UnitStanding u : units) {
                rows.add(JSON.createObjectBuilder()
                        .add("rank", u.rank())
                        .add("code", u.code())
                        .add("name", u.name())
                        .add("points", u.points())
                        .add("people", u.people())
                        .add("petitions", u.petitions())
                        .add("perPetition", u.perPetition()));
            }
            out.add("total", units.size()).add("complete", true);
        }
        return out.add("rows", rows).build();
    }

    @GET
    @Path("replay/{period}")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, MileageStandings.API_READ})
    public JsonObject replay(@PathParam("period") String period) {
        MileageReplay.Result r = replay.replay(period);
        JsonArrayBuilder diffs = JSON.createArrayBuilder();
        for (ReplayDifference d : r.differences()) {
            JsonObjectBuilder o = JSON.createObjectBuilder()
                    .add("receiptNo", d.receiptNo())
                    .add("handlerNo", d.handlerNo())
                    .add("handlerName", d.handlerName())
                    .add("reason", d.reason().name());
            MileageResource.decimal(o, "ledgerPoints", d.ledgerPoints());
            MileageResource.decimal(o, "replayedPoints", d.replayedPoints());
            text(o, "replayedExplanation", d.replayedExplanation());
            diffs.add(o);
        }
        return JSON.createObjectBuilder()
                .add("period", r.periodKey())
                .add("from", r.from().toString())
                .add("to", r.to().toString())
                .add("petitions", r.petitions())
                .add("scored", r.scored())
                .add("ledgerScores", r.ledgerScores())
                .add("millis", r.millis())
                .add("differences", diffs)
                .build();
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
