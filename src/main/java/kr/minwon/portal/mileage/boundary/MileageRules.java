package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.mileage.control.RuleSet;
import kr.minwon.portal.mileage.entity.MileageRuleSet;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * Rule set versions. A version is never edited: the admin adds a new one from a preset or a copy, in force from today
 * or later and never inside a closed period, so no frozen result and no past score changes meaning.
 */
@Stateless
public class MileageRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public List<MileageRuleSet> versions() {
        return em.createQuery("SELECT r FROM MileageRuleSet r ORDER BY r.effectiveFrom DESC", MileageRuleSet.class)
                .getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public Optional<MileageRuleSet> version(long id) {
        return Optional.ofNullable(em.find(MileageRuleSet.class, id));
    }

    /** The last day of the latest closed period; a new version may not start on or before it. */
    @PermitAll
    public Optional<LocalDate> latestClosedEnd() {
        return Optional.ofNullable(
                em.createQuery("SELECT MAX(p.endsOn) FROM MileagePeriod p WHERE p.status = 'CLOSED'", LocalDate.class)
                        .getSingleResult());
    }

    /**
     * A new version; {@code adoptionPoints} is what a case's author earns per adopting unit of another department
     * (0 = no adoption reward).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public MileageRuleSet create(RuleSet rules, String preset, LocalDate effectiveFrom, BigDecimal adoptionPoints) {
        if (rules.name() == null || rules.name().isBlank() || rules.name().length() > 100) {
            throw new MileageRefused("name", Texts.t("mileage.msg.MileageRules.11"));
        }
        if (effectiveFrom == null) {
            throw new MileageRefused("effectiveFrom", Texts.t("mileage.msg.MileageRules.10"));
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            throw new MileageRefused("effectiveFrom", Texts.t("mileage.msg.MileageRules.9"));
        }
        Optional<LocalDate> closedEnd = latestClosedEnd();
        if (closedEnd.isPresent() && !effectiveFrom.isAfter(closedEnd.get())) {
            throw new MileageRefused(
                    "effectiveFrom", Texts.t("mileage.msg.inClosedPeriod", String.valueOf(closedEnd.get())));
        }
        if (!em.createQuery("SELECT r FROM MileageRuleSet r WHERE r.effectiveFrom = :d", MileageRuleSet.class)
                .setParameter("d", effectiveFrom)
                .getResultList()
                .isEmpty()) {
            throw new MileageRefused(
                    "effectiveFrom", Texts.t("mileage.msg.versionExists", String.valueOf(effectiveFrom)));
        }
        check(
                rules.minLegalDays() >= 0 && rules.minLegalDays() <= 365,
                "minLegalDays",
                Texts.t("mileage.msg.MileageRules.8"));
        check(
                between(rules.latePenaltyPerDay(), "0", "99.9"),
                "latePenaltyPerDay",
                Texts.t("mileage.msg.MileageRules.7"));
        check(
                between(rules.compoundMultiplier(), "0.01", "99.99"),
                "compoundMultiplier",
                Texts.t("mileage.msg.MileageRules.6"));
        check(between(rules.compoundAddOn(), "0", "999.9"), "compoundAddOn", Texts.t("mileage.msg.MileageRules.5"));
        check(
                rules.latePenaltyCap() == null || rules.latePenaltyCap() >= 0,
                "latePenaltyCap",
                Texts.t("mileage.msg.MileageRules.4"));
        check(rules.caseCap() == null || rules.caseCap() >= 0, "caseCap", Texts.t("mileage.msg.MileageRules.3"));
        Integer gap = rules.firstUncoveredDays();
        check(gap == null, "bands", Texts.t("mileage.msg.bandGap", String.valueOf(gap)));
        check(
                adoptionPoints != null
                        && between(adoptionPoints, "0", "99.9")
                        && adoptionPoints.stripTrailingZeros().scale() <= 1,
                "adoptionPoints",
                Texts.t("mileage.msg.MileageRules.2"));
        MileageRuleSet saved = new MileageRuleSet(
                rules, preset, effectiveFrom, adoptionPoints, LocalDateTime.now(clock), audit.callerName());
        check(saved.getBands().length() <= 500, "bands", Texts.t("mileage.msg.MileageRules.1"));
        em.persist(saved);
        audit.record(
                "MILEAGE_RULES_CREATED",
                rules.name(),
                Texts.t(
                        "mileage.event.ruleSetSaved",
                        String.valueOf(effectiveFrom),
                        saved.getBands(),
                        saved.getAdoptionPoints().toPlainString()));
        return saved;
    }

    private static boolean between(BigDecimal v, String low, String high) {
        return v != null && v.compareTo(new BigDecimal(low)) >= 0 && v.compareTo(new BigDecimal(high)) <= 0;
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new MileageRefused(field, message);
        }
    }
}
