package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/** The catalogue of petition types (민원처리기준표 and the office's own): a few hundred rows at most. */
@Stateless
public class PetitionTypes {

    /** What an admin or the API sets for a type. */
    public record TypeInput(
            String code,
            String name,
            Integer periodAmount,
            PeriodUnit periodUnit,
            Boolean compound,
            Boolean mileageEligible,
            Boolean noticeEligible,
            Boolean active) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @PermitAll
    public List<PetitionType> all() {
        return em.createQuery("SELECT t FROM PetitionType t ORDER BY t.code", PetitionType.class)
                .getResultList();
    }

    @PermitAll
    public List<PetitionType> active() {
        return em.createQuery("SELECT t FROM PetitionType t WHERE t.active = TRUE ORDER BY t.name", PetitionType.class)
                .getResultList();
    }

    @PermitAll
    public Optional<PetitionType> byCode(String code) {
        return em.createQuery("SELECT t FROM PetitionType t WHERE t.code = :c", PetitionType.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** What one save did to the catalogue. */
    public record Saved(PetitionType type, Petitions.Result result) {}

    /** Creates or changes a type. A new legal period applies to petitions received from now on. */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public PetitionType save(TypeInput in) {
        return write(in).type();
    }

    /**
     * Saves many types in one transaction (the catalogue import): all or none, since the first refused input rolls
     * back the ones before it. Inputs equal to what is stored change nothing, so the same file twice is harmless.
     */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN", "API_IMPORTS"})
    public List<Saved> saveAll(List<TypeInput> inputs) {
        List<Saved> saved = new ArrayList<>(inputs.size());
        for (TypeInput in : inputs) {
            saved.add(write(in));
        }
        return saved;
    }

    private Saved write(TypeInput in) {
        if (in.code() == null || in.code().isBlank() || in.code().length() > 40) {
            throw new PetitionRejected("code", Texts.t("petition.msg.PetitionTypes.3"));
        }
        if (in.name() == null || in.name().isBlank()) {
            throw new PetitionRejected("name", Texts.t("petition.msg.PetitionTypes.2"));
        }
        if (in.periodUnit() == null || in.periodAmount() == null) {
            throw new PetitionRejected("periodAmount", Texts.t("petition.msg.PetitionTypes.1"));
        }
        LegalPeriod period;
        try {
            period = new LegalPeriod(in.periodUnit() == PeriodUnit.IMMEDIATE ? 0 : in.periodAmount(), in.periodUnit());
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("periodAmount", Texts.t("petition.msg.badPeriod", e.getMessage()));
        }
        Optional<PetitionType> found = byCode(in.code().trim());
        PetitionType type;
        if (found.isPresent()) {
            type = found.get();
            String name = in.name().trim();
            boolean compound = bool(in.compound(), type.isCompound());
            boolean mileage = bool(in.mileageEligible(), type.isMileageEligible());
            boolean notice = bool(in.noticeEligible(), type.isNoticeEligible());
            boolean active = bool(in.active(), type.isActive());
            if (type.getName().equals(name)
                    && type.period().equals(period)
                    && type.isCompound() == compound
                    && type.isMileageEligible() == mileage
                    && type.isNoticeEligible() == notice
                    && type.isActive() == active) {
                return new Saved(type, Petitions.Result.UNCHANGED);
            }
            type.describe(name, period, compound, mileage, notice, active);
        } else {
            type = new PetitionType(
                    in.code().trim(),
                    in.name().trim(),
                    period,
                    bool(in.compound(), false),
                    bool(in.mileageEligible(), true),
                    bool(in.noticeEligible(), true));
            if (Boolean.FALSE.equals(in.active())) {
                type.describe(
                        type.getName(),
                        period,
                        type.isCompound(),
                        type.isMileageEligible(),
                        type.isNoticeEligible(),
                        false);
            }
            em.persist(type);
        }
        audit.record(
                found.isPresent() ? "PETITION_TYPE_UPDATED" : "PETITION_TYPE_CREATED",
                type.getCode(),
                type.getName() + " " + period.amount() + " " + period.unit());
        return new Saved(type, found.isPresent() ? Petitions.Result.UPDATED : Petitions.Result.CREATED);
    }

    private static boolean bool(Boolean value, boolean otherwise) {
        return value == null ? otherwise : value;
    }
}
