package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.bestpractice.control.AttachmentRefused;
import kr.minwon.portal.bestpractice.control.AttachmentRules;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.control.CaseTexts;
import kr.minwon.portal.bestpractice.control.FileKind;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writing a case in its unit: drafts, submitting and recalling, and its attachments (kept by checksum in the {@link AttachmentStore}). */
@Stateless
public class CaseAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentStore store;

    @Inject
    CaseAccess guard;

    /** An attachment ready to be sent: where its bytes are and how to name and type them. */
    public record Download(String fileName, String contentType, long size, Path file) {}

    @Inject
    @ConfigProperty(name = "portal.cases.attachment.max.bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "portal.cases.attachments.max.total.bytes", defaultValue = "104857600")
    long maxCaseBytes;

    /** A new draft for the calling manager's unit; may be empty. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase create(CaseInput raw) {
        Employee me = guard.me();
        if (me.getUnit() == null) {
            throw CaseRefused.of("unit", Texts.t("bestpractice.msg.CaseAuthoring.1"));
        }
        CaseInput in = raw.sanitized();
        guard.check(in, false);
        LocalDateTime now = LocalDateTime.now(clock);
        PracticeCase c = new PracticeCase(me, me.getUnit(), now);
        c.write(in, now);
        em.persist(c);
        guard.event(c, "CREATED", null, CaseStatus.DRAFT, null, now);
        return c;
    }

    /** Saves a draft (or a case sent back for revision) as it is, complete or not. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase save(Long id, long version, CaseInput raw) {
        PracticeCase c = guard.forChange(id, version);
        guard.move(c, CaseAction.EDIT);
        CaseInput in = raw.sanitized();
        guard.check(in, false);
        c.write(in, LocalDateTime.now(clock));
        return c;
    }

    /** Saves and submits (a draft) or resubmits (a case sent back): every required field must be there. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase submit(Long id, long version, CaseInput raw) {
        PracticeCase c = guard.forChange(id, version);
        CaseAction action = c.getStatus() == CaseStatus.REVISION_REQUESTED ? CaseAction.RESUBMIT : CaseAction.SUBMIT;
        CaseStatus from = c.getStatus();
        CaseStatus to = guard.move(c, action);
        CaseInput in = raw.sanitized();
        guard.check(in, true);
        LocalDateTime now = LocalDateTime.now(clock);
        c.write(in, now);
        c.moveTo(to, now);
        guard.event(c, action.name(), from, to, null, now);
        if (action == CaseAction.SUBMIT) {
            for (Employee admin : guard.admins()) {
                guard.tell(
                        admin,
                        c,
                        CaseTexts.text("submitted.title", c.getTitle()),
                        CaseTexts.text("submitted.body", c.getUnit().getName()),
                        "/cases/admin.xhtml");
            }
        } else {
            for (CaseReview r : guard.reviewsOf(c)) {
                guard.tell(
                        r.getReviewer(),
                        c,
                        CaseTexts.text("resubmitted.title", c.getTitle()),
                        CaseTexts.text("resubmitted.body"),
                        "/cases/review.xhtml?id=" + c.getId());
            }
        }
        return c;
    }

    /** The author's unit takes a submitted case back to draft, before any reviewer is assigned. */
    @RolesAllowed({Role.MANAGER_NAME})
    public PracticeCase recall(Long id, long version) {
        PracticeCase c = guard.forChange(id, version);
        return guard.transition(c, CaseAction.RECALL, null);
    }

    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public List<CaseAttachment> attachments(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        guard.mustSee(caseId);
        return em.createQuery(
                        "SELECT a FROM CaseAttachment a WHERE a.practiceCase.id = :c ORDER BY a.id",
                        CaseAttachment.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    /** Checks and keeps an upload for a case being written; a refused file leaves nothing behind. */
    @RolesAllowed({Role.MANAGER_NAME})
    public CaseAttachment attach(Long id, String rawName, long declaredSize, InputStream content) {
        PracticeCase c = guard.find(id);
        guard.move(c, CaseAction.EDIT);
        AttachmentStore.Received received = null;
        try {
            String name = AttachmentRules.cleanName(rawName);
            AttachmentRules.claimedKind(name);
            long used = usedBytes(c);
            if (declaredSize > 0) {
                AttachmentRules.checkSize(declaredSize, maxAttachmentBytes, used, maxCaseBytes);
            }
            received = store.receive(content, maxAttachmentBytes);
            AttachmentRules.checkSize(received.size(), maxAttachmentBytes, used, maxCaseBytes);
            FileKind kind = AttachmentRules.check(name, received.temp());
            store.keep(received);
            CaseAttachment a = new CaseAttachment(
                    c, name, kind, received.size(), received.sha256(), LocalDateTime.now(clock), audit.callerName());
            em.persist(a);
            return a;
        } catch (AttachmentRefused refused) {
            if (received != null) {
                store.discard(received.temp());
            }
            throw CaseRefused.of("attachment", refused.getMessage());
        }
    }

    @RolesAllowed({Role.MANAGER_NAME})
    public void detach(Long attachmentId) {
        CaseAttachment a = em.find(CaseAttachment.class, attachmentId);
        if (a == null) {
            throw new CaseNotFound(attachmentId);
        }
        guard.move(a.getPracticeCase(), CaseAction.EDIT);
        // The bytes stay: another case may hold the same file, and the checksum names it.
        em.remove(a);
    }

    /** An attachment for someone allowed to see its case, or CaseNotFound. */
    @RolesAllowed({
        Role.EMPLOYEE_NAME,
        Role.MANAGER_NAME,
        Role.REVIEWER_NAME,
        Role.AUDITOR_NAME,
        Role.ADMIN_NAME,
        CaseAccess.API_READ
    })
    public Download download(Long attachmentId) {
        CaseAttachment a = attachmentId == null ? null : em.find(CaseAttachment.class, attachmentId);
        if (a == null) {
            throw new CaseNotFound(attachmentId);
        }
        PracticeCase c = a.getPracticeCase();
        if (!guard.visible(c)) {
            throw new CaseNotFound(attachmentId);
        }
        return new Download(a.getFileName(), a.getContentType(), a.getSizeBytes(), store.pathOf(a.getSha256()));
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public long maxCaseBytes() {
        return maxCaseBytes;
    }

    private long usedBytes(PracticeCase c) {
        Long sum = em.createQuery("SELECT SUM(a.sizeBytes) FROM CaseAttachment a WHERE a.practiceCase = :c", Long.class)
                .setParameter("c", c)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }
}
