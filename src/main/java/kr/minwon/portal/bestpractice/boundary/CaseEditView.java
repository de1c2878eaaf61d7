package kr.minwon.portal.bestpractice.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.CaseCategory;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.boundary.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /cases/edit.xhtml?id=: the author's unit writes a draft or a case sent back. The form lives in the view with the
 * version it was loaded at: a save after someone else's is refused and the text stays on screen. Without an id the
 * form is a new case that exists only in the view until its first save (or submit): opening "새 사례 쓰기" and walking
 * away leaves nothing behind.
 */
@Named
@ViewScoped
public class CaseEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<String> FIELDS = Set.of(
            "title",
            "contact",
            "category",
            "implementedOn",
            "backgroundHtml",
            "beforeHtml",
            "afterHtml",
            "outcomeHtml",
            "spreadHtml",
            "nextHtml",
            "daysSaved",
            "documentsCut",
            "usersCount",
            "satisfaction",
            "tags",
            "attachment");

    @Inject
    CaseBoard caseBoard;

    @Inject
    CaseAuthoring caseAuthoring;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private long version;
    private CaseStatus status;
    private String unitName;
    private String authorName;
    private boolean editable;
    private boolean recallable;
    private boolean conflict;
    private CaseForm form;
    private List<CaseAttachment> attachments;
    private transient UploadedFile file;

    public void load() {
        if (id == null) {
            if (form == null) {
                startNew();
            }
            return;
        }
        PracticeCase c;
        try {
            c = caseBoard.readable(id);
        } catch (CaseNotFound | jakarta.ejb.EJBException e) {
            CasePages.notFound();
            return;
        }
        CaseAccess.Access access = caseBoard.access(id);
        if (!access.unitManager()) {
            CasePages.notFound();
            return;
        }
        take(c);
        form = CaseForm.of(c.input());
    }

    /** A blank draft of the caller's unit, not stored: the facade stores it at the first save. */
    private void startNew() {
        status = CaseStatus.DRAFT;
        unitName = currentUser.getUnitName();
        authorName = currentUser.getDisplayName();
        editable = true;
        recallable = false;
        attachments = List.of();
        form = CaseForm.of(new CaseInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    /** The first save of a new case stores it; from then on the view edits the stored one. */
    private void storeIfNew() {
        if (id == null) {
            PracticeCase c = caseAuthoring.create(form.input());
            id = c.getId();
            take(c);
        }
    }

    private void take(PracticeCase c) {
        version = c.getVersion();
        status = c.getStatus();
        unitName = c.getUnit().getName();
        authorName = c.getAuthor().getName();
        CaseAccess.Access access = caseBoard.access(id);
        editable = access.may(status, CaseAction.EDIT);
        recallable = access.may(status, CaseAction.RECALL);
        attachments = caseAuthoring.attachments(id);
    }

    /** Saves; the first save of a new case stores it and moves to its own address (?id=), safe to reload. */
    public String save() {
        try {
            if (id == null) {
                storeIfNew();
                Messages.info("cases.edit.saved");
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getFlash()
                        .setKeepMessages(true);
                return "/cases/edit?faces-redirect=true&id=" + id;
            }
            take(caseAuthoring.save(id, version, form.input()));
            conflict = false;
            Messages.info("cases.edit.saved");
        } catch (CaseChanged e) {
            refused(e);
        } catch (CaseRefused e) {
            CasePages.show(e, "editForm", FIELDS);
        }
        return null;
    }

    public String submit() {
        try {
            storeIfNew();
            PracticeCase c = caseAuthoring.submit(id, version, form.input());
            Messages.info(c.getStatus() == CaseStatus.RESUBMITTED ? "cases.edit.resubmitted" : "cases.edit.submitted");
            return "/cases/mine?faces-redirect=true";
        } catch (CaseChanged e) {
            refused(e);
        } catch (CaseRefused e) {
            CasePages.show(e, "editForm", FIELDS);
        }
        return null;
    }

    public void recall() {
        try {
            take(caseAuthoring.recall(id, version));
            form = CaseForm.of(caseBoard.readable(id).input());
            Messages.info("cases.edit.recalled");
        } catch (CaseChanged e) {
            refused(e);
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
        }
    }

    /** Loads the stored case over the form, after the person copied what he needs. */
    public void reload() {
        PracticeCase c = caseBoard.readable(id);
        take(c);
        form = CaseForm.of(c.input());
        conflict = false;
    }

    private void refused(CaseChanged e) {
        conflict = true;
        Messages.plainError(e.getMessage());
    }

    /** The upload button: the chosen file arrives bound to {@link #setFile}. */
    public void uploadChosen() {
        if (file == null
                || file.getSize() == 0
                        && (file.getFileName() == null || file.getFileName().isBlank())) {
            Messages.fieldError("editForm:attachment", "cases.edit.noFile");
            return;
        }
        store(file);
        file = null;
    }

    public void upload(FileUploadEvent event) {
        store(event.getFile());
    }

    private void store(UploadedFile file) {
        try (InputStream in = file.getInputStream()) {
            caseAuthoring.attach(id, file.getFileName(), file.getSize(), in);
            Messages.info("cases.edit.attached", file.getFileName());
        } catch (CaseRefused e) {
            CasePages.show(e, "editForm", FIELDS);
        } catch (IOException e) {
            Messages.error("cases.edit.unreadable");
        }
        attachments = caseAuthoring.attachments(id);
    }

    public void detach(Long attachmentId) {
        try {
            caseAuthoring.detach(attachmentId);
        } catch (CaseRefused e) {
            Messages.plainError(e.getMessage());
        }
        attachments = caseAuthoring.attachments(id);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile v) {
        file = v;
    }

    public long getMaxBytes() {
        return caseAuthoring.maxAttachmentBytes();
    }

    public long getMaxMegabytes() {
        return caseAuthoring.maxAttachmentBytes() / (1024 * 1024);
    }

    public long getMaxCaseMegabytes() {
        return caseAuthoring.maxCaseBytes() / (1024 * 1024);
    }

    public CaseCategory[] getCategories() {
        return CaseCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isRecallable() {
        return recallable;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Not stored yet: no attachments and no preview until the first save. */
    public boolean isUnsaved() {
        return id == null;
    }

    public boolean isResubmission() {
        return status == CaseStatus.REVISION_REQUESTED;
    }

    public CaseForm getForm() {
        return form;
    }

    public List<CaseAttachment> getAttachments() {
        return attachments;
    }
}
