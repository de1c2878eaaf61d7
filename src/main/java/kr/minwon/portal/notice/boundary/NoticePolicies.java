package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.notice.entity.NoticePolicy;
import kr.minwon.portal.notice.entity.NoticePolicyStage;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The notice policy: the office default and department overrides, each a whole policy. Changes are audited and take
 * effect at the next planning sweep (hourly) or the next change of a petition, whichever comes first.
 */
@Stateless
public class NoticePolicies {

    /** The key of the office default in {@link #rulesByDepartment()}. */
    public static final long OFFICE = -1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @PermitAll
    public NoticePolicy office() {
        return em.createQuery(
                        "SELECT p FROM NoticePolicy p WHERE p.department IS NULL ORDER BY p.id", NoticePolicy.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The office notice policy is missing (V5 seeds it)"));
    }

    /** Every policy's rules by department id, the office default under {@link #OFFICE}. */
    @PermitAll
    public Map<Long, NoticeRules> rulesByDepartment() {
        Map<Long, NoticeRules> out = new HashMap<>();
        for (NoticePolicy p : em.createQuery(
                        "SELECT p FROM NoticePolicy p LEFT JOIN FETCH p.department", NoticePolicy.class)
                .getResultList()) {
            out.put(p.getDepartment() == null ? OFFICE : p.getDepartment().getId(), p.rules());
        }
        return out;
    }

    @PermitAll
    public NoticeRules rulesFor(Unit department) {
        if (department != null) {
            List<NoticePolicy> own = em.createQuery(
                            "SELECT p FROM NoticePolicy p WHERE p.department = :d", NoticePolicy.class)
                    .setParameter("d", department)
                    .getResultList();
            if (!own.isEmpty()) {
                return own.get(0).rules();
            }
        }
        return office().rules();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<NoticePolicy> all() {
        return em.createQuery(
                        "SELECT p FROM NoticePolicy p LEFT JOIN FETCH p.department d"
                                + " ORDER BY CASE WHEN d.id IS NULL THEN 0 ELSE 1 END, d.name",
                        NoticePolicy.class)
                .getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public NoticePolicy find(long id) {
        NoticePolicy p = em.find(NoticePolicy.class, id);
        if (p == null) {
            throw new NoticeRefused("policy", Texts.t("notice.msg.NoticePolicies.15"));
        }
        p.getStages().size();
        return p;
    }

    /** Saves an edited policy (with its stages); a concurrent edit fails on the version. */
    @RolesAllowed(Role.ADMIN_NAME)
    public NoticePolicy save(NoticePolicy edited) {
        if (edited.getMinLegalDays() < 0 || edited.getMinLegalDays() > 60) {
            throw new NoticeRefused("minLegalDays", Texts.t("notice.msg.NoticePolicies.14"));
        }
        for (NoticePolicyStage s : edited.getStages()) {
            if (s.isEnabled()
                    && !(s.isToHandler() || s.isToTeamLeader() || s.isToDepartmentHead() || s.isToAuditor())) {
                throw new NoticeRefused("stage", Texts.t("notice.msg.noRecipients", s.getStageCode()));
            }
        }
        NoticePolicy p = em.merge(edited);
        p.touch(LocalDateTime.now(clock), audit.callerName());
        em.flush();
        audit.record("NOTICE_POLICY_CHANGED", label(p), describe(p));
        return p;
    }

    /** A department's own policy, starting as a copy of the office default. */
    @RolesAllowed(Role.ADMIN_NAME)
    public NoticePolicy override(String departmentCode) {
        Unit d = units.byCode(departmentCode == null ? "" : departmentCode.trim())
                .orElseThrow(() -> new NoticeRefused("department", Texts.t("notice.msg.NoticePolicies.13")));
        if (d.getKind() != UnitKind.DEPARTMENT) {
            throw new NoticeRefused("department", Texts.t("notice.msg.NoticePolicies.12"));
        }
        Long exists = em.createQuery("SELECT COUNT(p) FROM NoticePolicy p WHERE p.department = :d", Long.class)
                .setParameter("d", d)
                .getSingleResult();
        if (exists > 0) {
            throw new NoticeRefused("department", Texts.t("notice.msg.NoticePolicies.11"));
        }
        NoticePolicy p = new NoticePolicy(d, office(), LocalDateTime.now(clock), audit.callerName());
        em.persist(p);
        audit.record("NOTICE_POLICY_OVERRIDDEN", d.getCode(), Texts.t("notice.msg.NoticePolicies.10"));
        return p;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void removeOverride(long id) {
        NoticePolicy p = find(id);
        if (p.isOfficeDefault()) {
            throw new NoticeRefused("policy", Texts.t("notice.msg.NoticePolicies.9"));
        }
        em.remove(p);
        audit.record("NOTICE_POLICY_REMOVED", label(p), Texts.t("notice.msg.NoticePolicies.8"));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public NoticePolicy addStage(long policyId, String code) {
        NoticePolicy p = find(policyId);
        Stage stage;
        try {
            stage = Stage.parse(code);
        } catch (IllegalArgumentException e) {
            throw new NoticeRefused("stageCode", Texts.t("notice.msg.NoticePolicies.7"));
        }
        if (p.getStages().stream().anyMatch(s -> s.stage().equals(stage))) {
            throw new NoticeRefused("stageCode", Texts.t("notice.msg.stageExists", stage.code()));
        }
        p.addStage(stage.code());
        p.touch(LocalDateTime.now(clock), audit.callerName());
        audit.record("NOTICE_POLICY_CHANGED", label(p), Texts.t("notice.event.stageAdded", stage.code()));
        return p;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public NoticePolicy removeStage(long policyId, String code) {
        NoticePolicy p = find(policyId);
        NoticePolicyStage s = p.getStages().stream()
                .filter(x -> x.getStageCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoticeRefused("stageCode", Texts.t("notice.msg.NoticePolicies.6")));
        p.removeStage(s);
        p.touch(LocalDateTime.now(clock), audit.callerName());
        audit.record("NOTICE_POLICY_CHANGED", label(p), Texts.t("notice.event.stageRemoved", code));
        return p;
    }

    private static String label(NoticePolicy p) {
        return p.getDepartment() == null ? "OFFICE" : p.getDepartment().getCode();
    }

    private static String describe(NoticePolicy p) {
        StringBuilder b = new StringBuilder(Texts.t(
                        "notice.event.policy",
                        p.getMinLegalDays(),
                        p.isHourStages()
                                ? Texts.t("notice.msg.NoticePolicies.5")
                                : Texts.t("notice.msg.NoticePolicies.4"))
                + (p.isWorkingTimeOnly()
                        ? Texts.t("notice.msg.NoticePolicies.3")
                        : Texts.t("notice.msg.NoticePolicies.2")));
        for (NoticePolicyStage s : p.getStages()) {
            NoticeRules.StageRule r = s.rule();
            b.append("; ")
                    .append(s.getStageCode())
                    .append(s.isEnabled() ? "" : Texts.t("notice.msg.NoticePolicies.1"))
                    .append(' ')
                    .append(r.roles())
                    .append(' ')
                    .append(r.channels());
        }
        return b.length() > 1900 ? b.substring(0, 1900) : b.toString();
    }
}
