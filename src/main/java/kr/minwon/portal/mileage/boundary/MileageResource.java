package kr.minwon.portal.mileage.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code GET /api/v1/staff/{employeeNo}/mileage?period=2026-Q3}: a person's points in a period (all kinds of entry
 * summed), all-time points, ranks in team, department and office, and the period's entries, each naming its petition
 * and explaining itself. Employees may ask for themselves, managers for their units, READ keys and auditors for anyone;
 * 403 otherwise, 400 for a malformed period. Without {@code period}: the current one.
 */
@Stateless
@Path("staff/{employeeNo}/mileage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.EMPLOYEE_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.AUDITOR_NAME,
    Role.ADMIN_NAME,
    MileageStandings.API_READ
})
public class MileageResource {

    /** More lines than a person earns in a year; the API answers a period's lines in one piece. */
    static final int MAX_ENTRIES = 5000;

    @Inject
    MileageStandings standings;

    @Inject
    MileageHistory history;

    @GET
    public JsonObject mileage(@PathParam("employeeNo") String employeeNo, @QueryParam("period") String period) {
        String key = period == null || period.isBlank() ? standings.currentPeriod() : period.trim();
        MyMileage m = standings.mine(employeeNo, key);
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        for (EntryLine e : history.entries(employeeNo, key, 0, MAX_ENTRIES)) {
            JsonObjectBuilder o =
                    JSON.createObjectBuilder().add("kind", e.kind().name()).add("points", e.points());
            if (e.receiptNo() == null) {
                o.addNull("receiptNo");
            } else {
                o.add("receiptNo", e.receiptNo());
            }
            entries.add(o.add("explanation", e.explanation())
                    .add("earnedOn", e.earnedOn().toString())
                    .add("periodKey", e.periodKey())
                    .add("createdAt", e.createdAt().toString()));
        }
        JsonObjectBuilder rank = JSON.createObjectBuilder();
        nullable(rank, "team", m.teamRank());
        nullable(rank, "department", m.departmentRank());
        rank.add("office", m.officeRank());
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("employeeNo", m.employeeNo())
                .add("name", m.name())
                .add("period", m.periodKey())
                .add("closed", m.closed())
                .add("points", m.points())
                .add("allTimePoints", m.allTimePoints())
                .add("scoredPetitions", m.scoredPetitions())
                .add("rank", rank)
                .add(
                        "rankOf",
                        JSON.createObjectBuilder()
                                .add("team", m.teamSize())
                                .add("department", m.departmentSize())
                                .add("office", m.officeSize()));
        if (m.tier() != null) {
            out.add("tier", m.tier());
        }
        return out.add("entries", entries).build();
    }

    static void nullable(JsonObjectBuilder o, String name, Integer value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static JsonObjectBuilder decimal(JsonObjectBuilder o, String name, BigDecimal value) {
        return value == null ? o.addNull(name) : o.add(name, value);
    }
}
