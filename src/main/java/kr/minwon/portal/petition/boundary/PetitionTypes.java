package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.security.boundary.AuditLog;
import kr.minwon.portal.staff.entity.Role;

/** The catalogue of petition types (민원처리기준표 and the office's own): a few hundred rows at most. */
@Stateless
public class PetitionTypes {

    /** What an admin or the API sets for a type. */
    public record TypeInput(String code, String name, Integer periodAmount, PeriodUnit periodUnit, Boolean compound,
            Boolean mileageEligible, Boolean noticeEligible, Boolean active) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @PermitAll
    public List<PetitionType> all() {
        return em.createQuery("SELECT t FROM PetitionType t ORDER BY t.code", PetitionType.class).getResultList();
    }

    @PermitAll
    public List<PetitionType> active() {
        return em.createQuery("SELECT t FROM PetitionType t WHERE t.active = TRUE ORDER BY t.name", PetitionType.class).getResultList();
    }

    @PermitAll
    public Optional<PetitionType> byCode(String code) {
        return em.createQuery("SELECT t FROM PetitionType t WHERE t.code = :c", PetitionType.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** Creates or changes a type. A new legal period applies to petitions received from now on. */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN"})
    public PetitionType save(TypeInput in) {
        if (in.code() == null || in.code().isBlank() || in.code().length() > 40) {
            throw new PetitionRejected("code", "민원사무코드는 1~40자여야 합니다.");
        }
        if (in.name() == null || in.name().isBlank()) {
            throw new PetitionRejected("name", "민원사무명이 없습니다.");
        }
        if (in.periodUnit() == null || in.periodAmount() == null) {
            throw new PetitionRejected("periodAmount", "처리기간과 단위를 정해야 합니다.");
        }
        LegalPeriod period;
        try {
            period = new LegalPeriod(in.periodUnit() == PeriodUnit.IMMEDIATE ? 0 : in.periodAmount(), in.periodUnit());
        } catch (IllegalArgumentException e) {
            throw new PetitionRejected("periodAmount", "처리기간이 올바르지 않습니다: " + e.getMessage());
        }
        Optional<PetitionType> found = byCode(in.code().trim());
        PetitionType type;
        if (found.isPresent()) {
            type = found.get();
            type.describe(in.name().trim(), period, bool(in.compound(), type.isCompound()),
                    bool(in.mileageEligible(), type.isMileageEligible()), bool(in.noticeEligible(), type.isNoticeEligible()),
                    bool(in.active(), type.isActive()));
        } else {
            type = new PetitionType(in.code().trim(), in.name().trim(), period, bool(in.compound(), false),
                    bool(in.mileageEligible(), true), bool(in.noticeEligible(), true));
            if (Boolean.FALSE.equals(in.active())) {
                type.describe(type.getName(), period, type.isCompound(), type.isMileageEligible(), type.isNoticeEligible(), false);
            }
            em.persist(type);
        }
        audit.record(found.isPresent() ? "PETITION_TYPE_UPDATED" : "PETITION_TYPE_CREATED", type.getCode(),
                type.getName() + " " + period.amount() + " " + period.unit());
        return type;
    }

    private static boolean bool(Boolean value, boolean otherwise) {
        return value == null ? otherwise : value;
    }
}
