package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.bestpractice.control.CaseTexts;
import kr.minwon.portal.bestpractice.entity.CaseAdoption;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.mileage.boundary.MileageLedger;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/** Other units adopting a published case, once per unit; the author may earn adoption points in the same transaction. */
@Stateless
public class CaseAdoptions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    MileageLedger ledger;

    @Inject
    CaseAccess guard;

    @Inject
    CaseBoard caseBoard;

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public List<CaseAdoption> adoptions(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        guard.mustSee(caseId);
        return em.createQuery(
                        "SELECT a FROM CaseAdoption a JOIN FETCH a.unit WHERE a.practiceCase.id = :c ORDER BY a.adoptedAt",
                        CaseAdoption.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<CaseAdoption> myUnitsAdoption(Long caseId) {
        Optional<Unit> unit = accounts.callingEmployee().map(Employee::getUnit);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT a FROM CaseAdoption a WHERE a.practiceCase.id = :c AND a.unit = :u", CaseAdoption.class)
                .setParameter("c", caseId)
                .setParameter("u", unit.get())
                .getResultStream()
                .findFirst();
    }

    /**
     * The caller's unit records that it adopted a published case, once per unit and case (the unique key makes a
     * second one fail even at the same moment). The author may earn adoption points, written in this transaction.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public CaseAdoption adopt(Long id, String note) {
        PracticeCase c = caseBoard.published(id);
        Employee me = guard.me();
        Unit unit = me.getUnit();
        if (unit == null) {
            throw CaseRefused.of("adoptionNote", Texts.t("bestpractice.msg.CaseAdoptions.2"));
        }
        Unit mine = departmentOf(unit);
        Unit authors = departmentOf(c.getUnit());
        Unit authorsNow = c.getAuthor() == null || c.getAuthor().getUnit() == null
                ? null
                : departmentOf(c.getAuthor().getUnit());
        if (Objects.equals(mine.getId(), authors.getId())
                || (authorsNow != null && Objects.equals(mine.getId(), authorsNow.getId()))) {
            // The adoption reward is for spreading a practice beyond its own department; a sister team does not count.
            throw CaseRefused.of("adoptionNote", Texts.t("cases.msg.sameDepartment", mine.getName()));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() < 2 || text.length() > 500) {
            throw CaseRefused.of("adoptionNote", Texts.t("bestpractice.msg.CaseAdoptions.1"));
        }
        if (myUnitsAdoption(id).isPresent()) {
            throw CaseRefused.of("adoptionNote", Texts.t("cases.msg.alreadyAdopted", unit.getName()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CaseAdoption a = new CaseAdoption(c, unit, text, now, audit.callerName());
        em.persist(a);
        // The unique key (case, unit) answers a concurrent second adoption here, before any points are written.
        em.flush();
        em.createQuery("UPDATE PracticeCase c SET c.adoptionCount = c.adoptionCount + 1 WHERE c.id = :id")
                .setParameter("id", c.getId())
                .executeUpdate();
        ledger.awardAdoption(c.getAuthor(), c.getTitle(), unit.getName(), now.toLocalDate())
                .ifPresent(entry -> a.rewarded(entry.getId()));
        guard.tellAuthor(
                c,
                CaseTexts.text("adopted.title", c.getTitle()),
                CaseTexts.text("adopted.body", unit.getName(), text),
                "/cases/view.xhtml?id=" + c.getId());
        return a;
    }

    /** A team's department, or the unit itself when it is a department or the office. */
    private static Unit departmentOf(Unit unit) {
        Unit d = unit.department();
        return d == null ? unit : d;
    }
}
