package kr.minwon.portal.mileage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import kr.minwon.portal.mileage.control.MileageNews;
import kr.minwon.portal.mileage.entity.EntryKind;
import kr.minwon.portal.mileage.entity.MileageEntry;
import kr.minwon.portal.mileage.entity.MileageStanding;
import kr.minwon.portal.notice.boundary.Inbox;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;

/**
 * Tells an employee in his inbox (and by e-mail where he has an address) when his points move: a penalty, a
 * manager's adjustment, a correction that changed a score, the tier won when a period closes. Each is posted in the
 * transaction that wrote the ledger line, under a key the database keeps unique, so it is news exactly once.
 */
@Stateless
public class MileageMessages {

    static final String LINK = "/mileage/mine.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    /**
     * After a petition was scored again: a correction's outcome for each person whose points it moved (the one who
     * lost a score and the one who got one, or the same person once), or else a new penalty.
     */
    @PermitAll
    public void scored(
            Petition p, String why, Optional<MileageEntry> undone, MileageEntry reversal, MileageEntry written) {
        if (why != null && why.startsWith(MileageLedger.CORRECTION)) {
            boolean samePerson = undone.isPresent()
                    && written != null
                    && undone.get()
                            .getEmployee()
                            .getId()
                            .equals(written.getEmployee().getId());
            if (undone.isPresent() && reversal != null && !samePerson) {
                corrected(
                        p,
                        undone.get().getEmployee(),
                        undone.get().getPoints(),
                        BigDecimal.ZERO,
                        reversal,
                        null,
                        undone.get().getScoreSeq());
            }
            if (written != null) {
                BigDecimal before = samePerson ? undone.get().getPoints() : BigDecimal.ZERO;
                if (before.compareTo(written.getPoints()) != 0) {
                    corrected(
                            p,
                            written.getEmployee(),
                            before,
                            written.getPoints(),
                            written,
                            written.getScoreSeq(),
                            null);
                }
            }
        } else if (written != null && written.getKind() == EntryKind.PENALTY) {
            Employee to = written.getEmployee();
            post(
                    to,
                    MileageNews.penaltyKey(p.getId(), to.getId(), written.getPoints()),
                    MileageNews.penalty(readerOf(to), p.getReceiptNo(), written.getPoints(), written.getExplanation()));
        }
    }

    private void corrected(
            Petition p,
            Employee to,
            BigDecimal before,
            BigDecimal after,
            MileageEntry line,
            Integer writtenSeq,
            Integer undoneSeq) {
        post(
                to,
                MileageNews.correctionKey(p.getId(), writtenSeq, undoneSeq),
                MileageNews.correction(readerOf(to), p.getReceiptNo(), before, after, line.getExplanation()));
    }

    /** After a manager's adjustment was written (its line persisted in this transaction). */
    @PermitAll
    public void adjusted(MileageEntry entry) {
        if (entry.getId() == null) {
            em.flush();
        }
        Employee to = entry.getEmployee();
        post(
                to,
                MileageNews.adjustmentKey(entry.getId()),
                MileageNews.adjustment(readerOf(to), entry.getPoints(), entry.getCreatedBy(), entry.getExplanation()));
    }

    /** After a period closed: the people it named a tier. */
    @PermitAll
    public void tierWon(MileageStanding s) {
        if (s.getTier() == null) {
            return;
        }
        Employee to = s.getEmployee();
        String key = s.getPeriod().getKey();
        post(
                to,
                MileageNews.tierKey(key, to.getId()),
                MileageNews.tier(readerOf(to), key, s.getTier(), s.getPoints(), s.getOfficeRank()));
    }

    private void post(Employee to, String key, MileageNews.Text text) {
        inbox.postOnce(to.getId(), InboxMessage.MILEAGE, key, text.title(), text.body(), LINK);
    }

    /** The language the person reads in: the one stored on his record (My settings), Korean by default. */
    static Locale readerOf(Employee e) {
        return Texts.language(e.getLanguage());
    }
}
