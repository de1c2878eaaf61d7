package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.staff.entity.Role;

/**
 * The REST {@code PUT} of a petition record, one transaction per attempt, so that {@link PetitionResource} can tell a
 * lost race from a conflict: {@link #write} commits (or fails at commit) before it returns, and {@link #ifStored}
 * reads the winner's record in a new transaction and answers it when it is the record the caller sent.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
public class PetitionPuts {

    /** What the PUT answers: its status and the petition as JSON, built while the entities are managed. */
    public record Answer(int status, JsonObject body) {}

    @Inject
    Petitions petitions;

    @Inject
    PetitionRecords records;

    @Inject
    OfficeCalendar calendar;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Answer write(PetitionInput in) {
        Petitions.Written written = petitions.put(in);
        int status = written.result() == Petitions.Result.CREATED ? 201 : 200;
        return new Answer(
                status,
                PetitionJson.petition(written.petition(), written.result().name(), true, calendar.calendar()));
    }

    /**
     * After a write lost a race (optimistic lock, unique key): the stored record as an {@code UNCHANGED} answer when
     * it equals {@code in}, else empty. Nothing is written, so a repeated completion never scores twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME, "API_PETITIONS", "API_IMPORTS"})
    public Optional<Answer> ifStored(PetitionInput in) {
        return records.byReceiptNo(in.receiptNo()).flatMap(p -> {
            records.checkMayChange(p);
            Petitions.Resolved r = petitions.resolve(in);
            Channel channel = in.channel() == null ? Channel.COUNTER : in.channel();
            boolean compound = in.compound() == null ? r.type().isCompound() : in.compound();
            if (!PetitionSummaries.sameAs(p, in, r, channel, compound)) {
                return Optional.empty();
            }
            return Optional.of(new Answer(
                    200, PetitionJson.petition(p, Petitions.Result.UNCHANGED.name(), true, calendar.calendar())));
        });
    }
}
