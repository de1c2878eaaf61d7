package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.staff.entity.Role;

/** Reading one petition for the caller: the record, its timeline, and whether he may change it. */
@Stateless
public class PetitionLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionRecords records;

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public Petition find(String receiptNo) {
        Petition p = records.byReceiptNo(receiptNo).orElseThrow(() -> new PetitionNotFound(receiptNo));
        if (!records.maySee(p)) {
            throw new PetitionNotFound(receiptNo);
        }
        return p;
    }

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public List<PetitionEvent> timeline(String receiptNo) {
        Petition p = find(receiptNo);
        return em.createQuery(
                        "SELECT e FROM PetitionEvent e WHERE e.petitionId = :p ORDER BY e.occurredAt, e.id",
                        PetitionEvent.class)
                .setParameter("p", p.getId())
                .getResultList();
    }

    /** What this caller may change (see {@link PetitionRecords#mayChange}). */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        "API_READ",
        "API_PETITIONS"
    })
    public boolean mayChange(Petition p) {
        return records.mayChange(p);
    }

    public Optional<Petition> byReceiptNo(String receiptNo) {
        return records.byReceiptNo(receiptNo);
    }
}
