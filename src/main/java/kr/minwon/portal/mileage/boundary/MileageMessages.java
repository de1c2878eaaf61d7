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

    /** After a petition was scored again: a correction's outcome, or else a new penalty. */
    @PermitAll
    public void scored(Petition p, String why, Optional<MileageEntry> undone, MileageEntry written) {
        if (why != null && why.startsWith(MileageLedger.CORRECTION)) {
            MileageEntry about = written != null ? written : undone.orElse(null);
            if (about == null) {
                return;
            }
            BigDecimal before = undone.map(MileageEntry::getPoints).orElse(BigDecimal.ZERO);
            BigDecimal after = written == null ? BigDecimal.ZERO : written.getPoints();
            if (before.compareTo(after) == 0 && undone.isPresent()) {
                return;
            }
            Employee to = about.getEmployee();
            post(
                    to,
                    MileageNews.correctionKey(
                            p.getId(),
                            written == null ? null : written.getScoreSeq(),
                            undone.map(MileageEntry::getScoreSeq).orElse(null)),
                    MileageNews.correction(readerOf(to), p.getReceiptNo(), before, after, about.getExplanation()));
        } else if (written != null && written.getKind() == EntryKind.PENALTY) {
            Employee to = written.getEmployee();
            post(
                    to,
                    MileageNews.penaltyKey(p.getId(), to.getId(), written.getPoints()),
                    MileageNews.penalty(readerOf(to), p.getReceiptNo(), written.getPoints(), written.getExplanation()));
        }
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

    /**
     * The language the person reads in: accounts store none yet (issue 18 item 7 adds it), so the office's default,
     * Korean. When the account keeps one, read it here.
     */
    static Locale readerOf(Employee e) {
        return Locale.KOREAN;
    }
}
