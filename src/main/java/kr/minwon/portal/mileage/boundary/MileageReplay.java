package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.mileage.control.PeriodKind;
import kr.minwon.portal.mileage.control.PetitionFacts;
import kr.minwon.portal.mileage.control.PointRules;
import kr.minwon.portal.mileage.control.ReplayDifference;
import kr.minwon.portal.mileage.control.ReplayLine;
import kr.minwon.portal.mileage.control.RulePreview;
import kr.minwon.portal.mileage.control.RuleSet;
import kr.minwon.portal.mileage.control.Score;
import kr.minwon.portal.mileage.entity.MileageRuleSet;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * Audits the ledger by replaying: the petitions approved in a period are scored again under the rule set in force at
 * each approval and compared with the ledger's live scores. Nothing is written. The same reading scores a candidate
 * rule set against a finished period, so an admin sees who would gain or lose before saving it.
 */
@Stateless
@DeclareRoles({Role.AUDITOR_NAME, Role.ADMIN_NAME, MileageStandings.API_READ})
public class MileageReplay {

    /** What a replay found: how many petitions it read and scored, and every difference. */
    public record Result(
            String periodKey,
            LocalDate from,
            LocalDate to,
            int petitions,
            int scored,
            int ledgerScores,
            List<ReplayDifference> differences,
            long millis)
            implements Serializable {}

    /** A petition of the period as replay reads it, with its live ledger score (if any). */
    private record Read(
            long id,
            String receiptNo,
            String handlerNo,
            String handlerName,
            String unitName,
            PetitionFacts facts,
            LocalDate approvedOn) {}

    private record Live(String employeeNo, BigDecimal points) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    MileageLedger ledger;

    @Inject
    Clock clock;

    /** Replays a period: a quarter, half or year key ("2026-Q3", "2026-H2", "2026"), whatever the office's kind. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, MileageStandings.API_READ})
    public Result replay(String periodKey) {
        long t0 = System.nanoTime();
        PeriodKind kind = PeriodKind.ofKey(periodKey)
                .orElseThrow(() -> new MileageRefused("period", Texts.t("mileage.msg.badPeriod", periodKey)));
        LocalDate from = kind.startOf(periodKey);
        LocalDate to = kind.endOf(periodKey);
        List<Read> petitions = read(from, to);
        Map<Long, Live> live = liveScores(from, to);
        List<MileageRuleSet> versions = em.createQuery(
                        "SELECT r FROM MileageRuleSet r ORDER BY r.effectiveFrom", MileageRuleSet.class)
                .getResultList();
        List<RuleSet> rules = versions.stream().map(MileageRuleSet::rules).toList();
        List<ReplayLine> lines = new ArrayList<>(petitions.size());
        int scored = 0;
        for (Read p : petitions) {
            RuleSet inForce = inForce(versions, rules, p.approvedOn());
            Optional<Score> s = inForce == null ? Optional.empty() : PointRules.score(inForce, p.facts());
            if (s.isPresent()) {
                scored++;
            }
            Live l = live.get(p.id());
            lines.add(new ReplayLine(
                    p.id(),
                    p.receiptNo(),
                    p.handlerNo(),
                    p.handlerName(),
                    l == null ? null : l.employeeNo(),
                    l == null ? null : l.points(),
                    s.map(Score::points).orElse(null),
                    s.map(Score::explanation).orElse(null)));
        }
        return new Result(
                periodKey,
                from,
                to,
                petitions.size(),
                scored,
                live.size(),
                ReplayDifference.of(lines),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Per person: the points their petitions of the period hold now, and what {@code candidate} would give them. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<RulePreview.Row> preview(RuleSet candidate, String periodKey) {
        PeriodKind kind = PeriodKind.ofKey(periodKey)
                .orElseThrow(() -> new MileageRefused("period", Texts.t("mileage.msg.badPeriod", periodKey)));
        LocalDate from = kind.startOf(periodKey);
        LocalDate to = kind.endOf(periodKey);
        Map<Long, Live> live = liveScores(from, to);
        List<RulePreview.Input> inputs = new ArrayList<>();
        for (Read p : read(from, to)) {
            Live l = live.get(p.id());
            inputs.add(new RulePreview.Input(
                    p.handlerNo(), p.handlerName(), p.unitName(), p.facts(), l == null ? BigDecimal.ZERO : l.points()));
        }
        return RulePreview.perPerson(candidate, inputs);
    }

    /** The last period of the office's kind that has ended: the one a preview is shown for. */
    @PermitAll
    public String lastFinishedPeriod() {
        PeriodKind kind = ledger.periodKind();
        return kind.keyOf(kind.startOf(kind.keyOf(LocalDate.now(clock))).minusDays(1));
    }

    private List<Read> read(LocalDate from, LocalDate to) {
        List<Read> out = new ArrayList<>();
        for (Object[] r : em.createQuery(
                        "SELECT p.id, p.receiptNo, h.employeeNo, h.name, un.name, p.mode, p.legalDays,"
                                + " p.usedDays, p.compound, p.outcome, t.mileageEligible, p.approvedAt,"
                                + " p.onTime, p.lateDays FROM Petition p"
                                + " JOIN p.type t JOIN p.handler h LEFT JOIN h.unit un"
                                + " WHERE p.approvedAt >= :from AND p.approvedAt < :to",
                        Object[].class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList()) {
            BigDecimal used = (BigDecimal) r[7];
            PetitionFacts facts = new PetitionFacts(
                    (String) r[1],
                    (DeadlineMode) r[5],
                    ((BigDecimal) r[6]).doubleValue(),
                    used == null ? 0 : used.doubleValue(),
                    (Boolean) r[8],
                    (Outcome) r[9],
                    (Boolean) r[10],
                    !Boolean.FALSE.equals(r[12]),
                    MileageLedger.late((Boolean) r[12], (Integer) r[13]));
            out.add(new Read(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    facts,
                    ((LocalDateTime) r[11]).toLocalDate()));
        }
        return out;
    }

    /** The live (not reversed) score of each petition approved in the range. */
    private Map<Long, Live> liveScores(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT m.petition_id, e.employee_no, m.points FROM mileage_entry m"
                                + " JOIN petition p ON p.id = m.petition_id JOIN employee e ON e.id = m.employee_id"
                                + " LEFT JOIN mileage_entry r ON r.reverses_id = m.id"
                                + " WHERE m.score_seq IS NOT NULL AND r.id IS NULL AND p.approved_at >= ? AND p.approved_at < ?")
                .setParameter(1, from.atStartOfDay())
                .setParameter(2, to.plusDays(1).atStartOfDay())
                .getResultList();
        Map<Long, Live> out = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            BigDecimal points = r[2] instanceof BigDecimal b ? b : new BigDecimal(r[2].toString());
            out.put(((Number) r[0]).longValue(), new Live((String) r[1], points));
        }
        return out;
    }

    private static RuleSet inForce(List<MileageRuleSet> versions, List<RuleSet> rules, LocalDate day) {
        RuleSet found = null;
        for (int i = 0;
                i < versions.size() && !versions.get(i).getEffectiveFrom().isAfter(day);
                i++) {
            found = rules.get(i);
        }
        return found;
    }
}
