package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.bestpractice.control.Scoring;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.ContestRound;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The office's 우수사례 contest: an admin opens a round (its criteria copied from the office default, then adjustable),
 * enters submitted cases (one round per case), ranks them by the reviewers' weighted scores, confirms the grades,
 * and exports the ranking as xlsx.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ContestRounds {

    /** One line of a round's ranking. Getters for Expression Language. */
    public record Standing(
            int rank,
            Long caseId,
            String title,
            String unit,
            CaseStatus status,
            Grade grade,
            BigDecimal score,
            int reviewers)
            implements Serializable {
        public int getRank() {
            return rank;
        }

        public Long getCaseId() {
            return caseId;
        }

        public String getTitle() {
            return title;
        }

        public String getUnit() {
            return unit;
        }

        public CaseStatus getStatus() {
            return status;
        }

        public Grade getGrade() {
            return grade;
        }

        public BigDecimal getScore() {
            return score;
        }

        public int getReviewers() {
            return reviewers;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CaseReviews caseReviews;

    public List<ContestRound> rounds() {
        return em.createQuery("SELECT r FROM ContestRound r ORDER BY r.createdAt DESC", ContestRound.class)
                .setMaxResults(50)
                .getResultList();
    }

    public ContestRound open(String name, LocalDate deadline) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw CaseRefused.of("roundName", Texts.t("bestpractice.msg.ContestRounds.12"));
        }
        if (deadline == null || deadline.isBefore(LocalDate.now(clock))) {
            throw CaseRefused.of("roundDeadline", Texts.t("bestpractice.msg.ContestRounds.11"));
        }
        ContestRound r = new ContestRound(name.strip(), deadline, LocalDateTime.now(clock), audit.callerName());
        em.persist(r);
        for (ReviewCriterion template : caseReviews.criteria(null)) {
            em.persist(new ReviewCriterion(r, template));
        }
        audit.record(
                "CONTEST_ROUND_OPENED", r.getName(), Texts.t("cases.event.roundDeadline", String.valueOf(deadline)));
        return r;
    }

    /** A case past its draft enters an open round before the deadline; it keeps that round for good. */
    public void enter(Long caseId, Long roundId) {
        PracticeCase c = em.find(PracticeCase.class, caseId);
        ContestRound r = em.find(ContestRound.class, roundId);
        if (c == null || r == null) {
            throw new CaseNotFound(caseId);
        }
        if (c.getRound() != null) {
            throw CaseRefused.of(
                    "round", Texts.t("cases.msg.inRound", c.getRound().getName()));
        }
        if (c.getStatus() == CaseStatus.DRAFT || c.getStatus() == CaseStatus.ARCHIVED) {
            throw CaseRefused.of("round", Texts.t("bestpractice.msg.ContestRounds.10"));
        }
        if (!r.acceptsOn(LocalDate.now(clock))) {
            throw CaseRefused.of("round", Texts.t("bestpractice.msg.ContestRounds.9"));
        }
        long scored = em.createQuery("SELECT COUNT(s) FROM CaseScore s WHERE s.review.practiceCase = :c", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        if (scored > 0) {
            // Scores given on the default criteria would not match the round's: enter before scoring starts.
            throw CaseRefused.of("round", Texts.t("bestpractice.msg.ContestRounds.8"));
        }
        c.enter(r);
        audit.record("CONTEST_CASE_ENTERED", r.getName(), "case " + c.getId());
    }

    public List<Standing> ranking(Long roundId) {
        List<PracticeCase> entered = em.createQuery(
                        "SELECT c FROM PracticeCase c JOIN FETCH c.unit WHERE c.round.id = :r", PracticeCase.class)
                .setParameter("r", roundId)
                .getResultList();
        List<Scoring.Entry<PracticeCase>> entries = new ArrayList<>();
        java.util.Map<Long, Integer> reviewers = new java.util.HashMap<>();
        for (PracticeCase c : entered) {
            List<BigDecimal> totals = em
                    .createQuery(
                            "SELECT r FROM CaseReview r WHERE r.practiceCase = :c AND r.total IS NOT NULL",
                            CaseReview.class)
                    .setParameter("c", c)
                    .getResultList()
                    .stream()
                    .map(CaseReview::getTotal)
                    .toList();
            reviewers.put(c.getId(), totals.size());
            entries.add(new Scoring.Entry<>(c, Scoring.mean(totals)));
        }
        return Scoring.rank(entries).stream()
                .map(r -> new Standing(
                        r.rank(),
                        r.item().getId(),
                        r.item().getTitle(),
                        r.item().getUnit().getName(),
                        r.item().getStatus(),
                        r.item().getGrade(),
                        r.score(),
                        reviewers.get(r.item().getId())))
                .toList();
    }

    /** Confirms the grades of the round's approved cases and closes the round. */
    public void confirm(Long roundId, Map<Long, Grade> grades) {
        ContestRound r = em.find(ContestRound.class, roundId);
        if (r == null) {
            throw new CaseNotFound(roundId);
        }
        for (Map.Entry<Long, Grade> g : grades.entrySet()) {
            if (g.getValue() != null) {
                caseReviews.confirmGrade(g.getKey(), g.getValue());
            }
        }
        r.confirm();
        audit.record("CONTEST_ROUND_CONFIRMED", r.getName(), grades.size() + " grades");
    }

    public byte[] export(Long roundId) {
        ContestRound r = em.find(ContestRound.class, roundId);
        if (r == null) {
            throw new CaseNotFound(roundId);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Texts.t("bestpractice.msg.ContestRounds.7"));
            String[] heads = {
                Texts.t("bestpractice.msg.ContestRounds.7"),
                Texts.t("bestpractice.msg.ContestRounds.6"),
                Texts.t("bestpractice.msg.ContestRounds.5"),
                Texts.t("bestpractice.msg.ContestRounds.4"),
                Texts.t("bestpractice.msg.ContestRounds.3"),
                Texts.t("bestpractice.msg.ContestRounds.2"),
                Texts.t("bestpractice.msg.ContestRounds.1"),
                Texts.t("cases.msg.reviewerCount")
            };
            Row head = sheet.createRow(0);
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
            }
            int n = 1;
            for (Standing s : ranking(roundId)) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(s.rank());
                row.createCell(1).setCellValue(s.caseId());
                row.createCell(2).setCellValue(s.title());
                row.createCell(3).setCellValue(s.unit());
                row.createCell(4).setCellValue(kr.minwon.portal.bestpractice.control.CaseWorkflow.korean(s.status()));
                row.createCell(5).setCellValue(CaseAccess.gradeName(s.grade()));
                if (s.score() != null) {
                    row.createCell(6).setCellValue(s.score().doubleValue());
                }
                row.createCell(7).setCellValue(s.reviewers());
            }
            for (int i = 0; i < heads.length; i++) {
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 14 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
