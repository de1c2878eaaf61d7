package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kr.minwon.portal.mileage.control.AdjustmentPoints;
import kr.minwon.portal.mileage.control.PeriodKind;
import kr.minwon.portal.mileage.control.PeriodPlacement;
import kr.minwon.portal.mileage.control.PetitionFacts;
import kr.minwon.portal.mileage.control.PointRules;
import kr.minwon.portal.mileage.control.Score;
import kr.minwon.portal.mileage.entity.EntryKind;
import kr.minwon.portal.mileage.entity.MileageEntry;
import kr.minwon.portal.mileage.entity.MileagePeriod;
import kr.minwon.portal.mileage.entity.MileageRuleSet;
import kr.minwon.portal.petition.boundary.PetitionChanged;
import kr.minwon.portal.petition.boundary.PetitionsChanged;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The append-only mileage ledger. A petition is scored when it completes and re-scored whenever its facts change:
 * the old entry is reversed and a new one written, never edited. The database refuses a second live score for the
 * same petition (unique petition + score number), whatever path or how many requests at once.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
public class MileageLedger {

    /** What re-scoring a petition did. */
    public enum Rescored {
        NOTHING,
        AWARDED,
        REVERSED,
        REPLACED
    }

    /** How a correction's note begins: the new score after a correction repeats it (who asked, who approved). */
    public static final String CORRECTION = kr.minwon.portal.petition.control.CorrectionRules.NOTE_PREFIX;

    /** Petitions per IN list: well inside what PostgreSQL and H2 take as parameters. */
    private static final int IN_LIST = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Staff staff;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    MileageMessages messages;

    @Resource
    SessionContext session;

    @Inject
    Event<MileageLedgerChanged> changed;

    @Inject
    @ConfigProperty(name = "portal.mileage.period", defaultValue = "QUARTER")
    PeriodKind periodKind;

    /** Follows every petition change in the same transaction, so a rolled-back change leaves no points behind. */
    @PermitAll
    public void onPetitionChanged(@Observes PetitionChanged change) {
        Petition p = em.find(Petition.class, change.petitionId());
        if (p != null) {
            rescore(p, change.note() == null ? reasonOf(change.change()) : change.note());
        }
    }

    /**
     * The chunk form of {@link #onPetitionChanged} (the CSV import): the same scoring per petition, with the live
     * scores, score numbers, rule sets and closed periods read once for the chunk instead of once per petition. New
     * petitions cannot hold entries yet, so only changed ones are looked up.
     */
    @PermitAll
    public void onPetitionsChanged(@Observes PetitionsChanged batch) {
        List<Long> changedIds = batch.changes().stream()
                .filter(c -> c.change() != PetitionChanged.Change.RECEIVED)
                .map(PetitionChanged::petitionId)
                .toList();
        Map<Long, MileageEntry> live = new HashMap<>();
        Map<Long, Integer> maxSeq = new HashMap<>();
        for (int i = 0; i < changedIds.size(); i += IN_LIST) {
            List<Long> ids = changedIds.subList(i, Math.min(changedIds.size(), i + IN_LIST));
            for (MileageEntry m : em.createQuery(
                            "SELECT m FROM MileageEntry m WHERE m.petition.id IN :ids"
                                    + " AND m.scoreSeq IS NOT NULL AND NOT EXISTS (SELECT r FROM MileageEntry r WHERE r.reverses = m)",
                            MileageEntry.class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                live.merge(m.getPetition().getId(), m, (a, b) -> a.getScoreSeq() >= b.getScoreSeq() ? a : b);
            }
            for (Object[] r : em.createQuery(
                            "SELECT m.petition.id, MAX(m.scoreSeq) FROM MileageEntry m"
                                    + " WHERE m.petition.id IN :ids GROUP BY m.petition.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                maxSeq.put((Long) r[0], (Integer) r[1]);
            }
        }
        List<MileageRuleSet> ruleSets = em.createQuery(
                        "SELECT r FROM MileageRuleSet r ORDER BY r.effectiveFrom DESC", MileageRuleSet.class)
                .getResultList();
        Set<String> closed = new HashSet<>(
                em.createQuery("SELECT p.key FROM MileagePeriod p WHERE p.status = 'CLOSED'", String.class)
                        .getResultList());
        Scoring scoring = new Scoring(
                day -> ruleSets.stream()
                        .filter(r -> !r.getEffectiveFrom().isAfter(day))
                        .findFirst(),
                day -> openPeriodAmong(day, closed),
                LocalDateTime.now(clock),
                audit.callerName());
        boolean wrote = false;
        for (PetitionChanged c : batch.changes()) {
            Petition p = em.find(Petition.class, c.petitionId());
            if (p == null) {
                continue;
            }
            Integer seq = maxSeq.get(p.getId());
            wrote |= rescore(
                            p,
                            c.note() == null ? reasonOf(c.change()) : c.note(),
                            Optional.ofNullable(live.get(p.getId())),
                            seq == null ? 1 : seq + 1,
                            scoring)
                    != Rescored.NOTHING;
        }
        if (wrote) {
            em.flush();
            changed.fire(new MileageLedgerChanged("rescore"));
        }
    }

    /** What scoring reads besides the petition: the rule set of a day, the open period of a day, now, who. */
    private record Scoring(
            Function<LocalDate, Optional<MileageRuleSet>> ruleSetOn,
            Function<LocalDate, String> periodFor,
            LocalDateTime now,
            String by) {}

    @PermitAll
    public Rescored rescore(Petition p, String why) {
        Scoring scoring =
                new Scoring(this::ruleSetOn, this::openPeriodFor, LocalDateTime.now(clock), audit.callerName());
        Rescored done = rescore(p, why, liveScore(p), 0, scoring);
        if (done != Rescored.NOTHING) {
            // Flush here: a concurrent second score hits the unique key now, inside this transaction, not at commit.
            em.flush();
            changed.fire(new MileageLedgerChanged("rescore"));
        }
        return done;
    }

    /** Reverses the live score and writes the desired one where they differ; {@code seq} 0 means "look it up". */
    private Rescored rescore(Petition p, String why, Optional<MileageEntry> live, int seq, Scoring scoring) {
        // The ledger line is written for its owner: in his language, whoever's change caused it.
        Employee owner = live.map(MileageEntry::getEmployee).orElse(p.getHandler());
        return Texts.as(owner == null ? null : owner.locale(), () -> rescoreFor(p, why, live, seq, scoring));
    }

    private Rescored rescoreFor(Petition p, String why, Optional<MileageEntry> live, int seq, Scoring scoring) {
        Optional<MileageRuleSet> rules =
                p.isCompleted() ? scoring.ruleSetOn().apply(p.getApprovedAt().toLocalDate()) : Optional.empty();
        Optional<Score> desired = rules.flatMap(r -> PointRules.score(r.rules(), facts(p)));
        if (live.isPresent() && desired.isPresent() && sameScore(live.get(), desired.get(), p, rules.get())) {
            return Rescored.NOTHING;
        }
        if (live.isEmpty() && desired.isEmpty()) {
            return Rescored.NOTHING;
        }
        LocalDateTime now = scoring.now();
        MileageEntry written = null;
        MileageEntry reversal = null;
        if (live.isPresent()) {
            MileageEntry old = live.get();
            String period = scoring.periodFor().apply(old.getEarnedOn());
            reversal = MileageEntry.reversal(
                    old,
                    why + PeriodPlacement.note(periodKind, old.getEarnedOn(), period),
                    now.toLocalDate(),
                    period,
                    now,
                    scoring.by());
            em.persist(reversal);
        }
        if (desired.isPresent()) {
            Score s = desired.get();
            LocalDate earned = p.getApprovedAt().toLocalDate();
            String period = scoring.periodFor().apply(earned);
            written = MileageEntry.score(
                    p.getHandler(),
                    p,
                    s.kind() == Score.Kind.AWARD ? EntryKind.AWARD : EntryKind.PENALTY,
                    s.points(),
                    rules.get(),
                    PeriodPlacement.explain(
                            p.getReceiptNo() + " · " + s.explanation()
                                    + (why.startsWith(CORRECTION) ? " · " + why : ""),
                            periodKind,
                            earned,
                            period),
                    earned,
                    period,
                    seq > 0 ? seq : nextScoreSeq(p),
                    now,
                    scoring.by());
            em.persist(written);
        }
        messages.scored(p, why, live, reversal, written);
        return live.isEmpty() ? Rescored.AWARDED : desired.isEmpty() ? Rescored.REVERSED : Rescored.REPLACED;
    }

    /** A manager adds or removes points for someone in his unit, with a reason; never for himself. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public MileageEntry adjust(String employeeNo, BigDecimal points, String reason) {
        Optional<String> refused = AdjustmentPoints.refusal(points);
        if (refused.isPresent()) {
            throw new MileageRefused("points", refused.get());
        }
        if (reason == null || reason.trim().length() < 2) {
            throw new MileageRefused("reason", Texts.t("mileage.msg.MileageLedger.7"));
        }
        Employee target = staff.byNumber(employeeNo)
                .orElseThrow(() -> new MileageRefused("employeeNo", Texts.t("general.msg.noSuchEmployee", employeeNo)));
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isPresent() && Objects.equals(me.get().getId(), target.getId())) {
            throw new MileageRefused("employeeNo", Texts.t("mileage.msg.MileageLedger.6"));
        }
        if (!session.isCallerInRole(Role.ADMIN_NAME) && (me.isEmpty() || !leads(me.get(), target))) {
            throw new MileageRefused("employeeNo", Texts.t("mileage.msg.MileageLedger.5"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String period = openPeriodFor(today);
        MileageEntry entry = MileageEntry.adjustment(
                target,
                points,
                Texts.as(
                        target.locale(),
                        () -> PeriodPlacement.explain(
                                Texts.t("mileage.explain.adjustment", reason.trim()), periodKind, today, period)),
                today,
                period,
                now,
                audit.callerName());
        em.persist(entry);
        messages.adjusted(entry);
        changed.fire(new MileageLedgerChanged("adjust"));
        audit.record("MILEAGE_ADJUSTED", target.getEmployeeNo(), points.toPlainString() + " · " + reason.trim());
        return entry;
    }

    /**
     * Points for the author of a best-practice case a unit of another department adopted, if the rule set of that day
     * gives any ({@code adoption_points} > 0): an ADJUSTMENT line that explains itself. Exactly once per adopting unit
     * because the caller writes it in the transaction that inserts the adoption, which is unique per unit and case;
     * the entry's id goes on the adoption row.
     */
    @PermitAll
    public Optional<MileageEntry> awardAdoption(Employee author, String caseTitle, String adoptingUnit, LocalDate on) {
        Optional<MileageRuleSet> rules = ruleSetOn(on);
        if (author == null || rules.isEmpty() || rules.get().getAdoptionPoints().signum() <= 0) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BigDecimal points = rules.get().getAdoptionPoints();
        String period = openPeriodFor(on);
        MileageEntry entry = MileageEntry.adjustment(
                author,
                points,
                Texts.as(
                        author.locale(),
                        () -> PeriodPlacement.explain(
                                Texts.t(
                                        "mileage.explain.adoption",
                                        caseTitle,
                                        adoptingUnit,
                                        rules.get().getName(),
                                        points.stripTrailingZeros().toPlainString()),
                                periodKind,
                                on,
                                period)),
                on,
                period,
                now,
                audit.callerName());
        em.persist(entry);
        em.flush();
        changed.fire(new MileageLedgerChanged("adoption"));
        return Optional.of(entry);
    }

    /** Whether {@code manager} is the leader or head of the unit {@code person} works in. */
    public static boolean leads(Employee manager, Employee person) {
        if (!manager.holds(Role.MANAGER) || person.getUnit() == null) {
            return false;
        }
        Unit unit = person.getUnit();
        Unit dept = unit.department();
        return isHead(unit, manager) || isHead(dept, manager);
    }

    private static boolean isHead(Unit unit, Employee e) {
        return unit != null
                && unit.getHead() != null
                && Objects.equals(unit.getHead().getId(), e.getId());
    }

    // ----------------------------------------------------------------------------------------------------- rules

    @PermitAll
    public Optional<MileageRuleSet> ruleSetOn(LocalDate day) {
        return em.createQuery(
                        "SELECT r FROM MileageRuleSet r WHERE r.effectiveFrom <= :d ORDER BY r.effectiveFrom DESC",
                        MileageRuleSet.class)
                .setParameter("d", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** The period an entry dated {@code day} counts in: its own, or the next open one if that is closed. */
    @PermitAll
    public String openPeriodFor(LocalDate day) {
        String key = periodKind.keyOf(day);
        return openPeriodAmong(
                day,
                new HashSet<>(em.createQuery(
                                "SELECT p.key FROM MileagePeriod p WHERE p.status = 'CLOSED' AND p.key >= :k",
                                String.class)
                        .setParameter("k", key)
                        .getResultList()));
    }

    private String openPeriodAmong(LocalDate day, Set<String> closed) {
        String key = periodKind.keyOf(day);
        while (closed.contains(key)) {
            key = periodKind.next(key);
        }
        return key;
    }

    @PermitAll
    public Optional<MileagePeriod> period(String key) {
        return em.createQuery("SELECT p FROM MileagePeriod p WHERE p.key = :k", MileagePeriod.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    // ----------------------------------------------------------------------------------------------------- shared

    static PetitionFacts facts(Petition p) {
        return new PetitionFacts(
                p.getReceiptNo(),
                p.getMode(),
                p.getLegalDays().doubleValue(),
                p.getUsedDays() == null ? 0 : p.getUsedDays().doubleValue(),
                p.isCompound(),
                p.getOutcome(),
                p.getType().isMileageEligible(),
                !Boolean.FALSE.equals(p.getOnTime()),
                lateDays(p));
    }

    /** The stored lateness; a late row from before late_days was kept counts one day. */
    static int lateDays(Petition p) {
        return late(p.getOnTime(), p.getLateDays());
    }

    static int late(Boolean onTime, Integer lateDays) {
        if (!Boolean.FALSE.equals(onTime)) {
            return 0;
        }
        return lateDays == null || lateDays < 1 ? 1 : lateDays;
    }

    private Optional<MileageEntry> liveScore(Petition p) {
        return em.createQuery(
                        "SELECT m FROM MileageEntry m WHERE m.petition = :p AND m.scoreSeq IS NOT NULL"
                                + " AND NOT EXISTS (SELECT r FROM MileageEntry r WHERE r.reverses = m) ORDER BY m.scoreSeq DESC",
                        MileageEntry.class)
                .setParameter("p", p)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private int nextScoreSeq(Petition p) {
        Integer max = em.createQuery("SELECT MAX(m.scoreSeq) FROM MileageEntry m WHERE m.petition = :p", Integer.class)
                .setParameter("p", p)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static boolean sameScore(MileageEntry live, Score desired, Petition p, MileageRuleSet rules) {
        EntryKind kind = desired.kind() == Score.Kind.AWARD ? EntryKind.AWARD : EntryKind.PENALTY;
        return live.getKind() == kind
                && live.getPoints().compareTo(desired.points()) == 0
                && Objects.equals(live.getEmployee().getId(), p.getHandler().getId())
                && Objects.equals(
                        live.getRuleSet() == null ? null : live.getRuleSet().getId(), rules.getId())
                && live.getEarnedOn().equals(p.getApprovedAt().toLocalDate());
    }

    private static String reasonOf(PetitionChanged.Change change) {
        return switch (change) {
            case REOPENED -> Texts.t("mileage.msg.MileageLedger.4");
            case TRANSFERRED -> Texts.t("mileage.msg.MileageLedger.3");
            case COMPLETED -> Texts.t("mileage.msg.MileageLedger.2");
            default -> Texts.t("mileage.msg.MileageLedger.1");
        };
    }
}
