package kr.minwon.portal.bestpractice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.minwon.portal.bestpractice.control.CaseAction;
import kr.minwon.portal.bestpractice.control.RichText;
import kr.minwon.portal.bestpractice.entity.CaseAdoption;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.platform.faces.Messages;

/** /cases/view.xhtml?id=: one case with its figures and files; readers like it and record adoptions here. */
@Named("caseReadView")
@ViewScoped
public class CaseReadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseBoard caseBoard;

    @Inject
    CaseAuthoring caseAuthoring;

    @Inject
    CaseAdoptions caseAdoptions;

    private Long id;
    private PracticeCase practiceCase;
    private List<CaseAttachment> attachments;
    private List<CaseAdoption> adoptions;
    private List<CaseEvent> history;
    private CaseAccess.Access access;
    private boolean liked;
    private boolean adoptedByMyUnit;
    private Map<String, Integer> counts;
    private String adoptionNote;

    public void load() {
        try {
            practiceCase = caseBoard.readable(id);
        } catch (CaseNotFound | jakarta.ejb.EJBException e) {
            CasePages.notFound();
            return;
        }
        if (practiceCase.getStatus() == CaseStatus.PUBLISHED) {
            caseBoard.viewed(id);
        }
        refresh();
    }

    private void refresh() {
        practiceCase = caseBoard.readable(id);
        attachments = caseAuthoring.attachments(id);
        adoptions = caseAdoptions.adoptions(id);
        history = caseBoard.history(id);
        access = caseBoard.access(id);
        liked = caseBoard.likedByMe(id);
        adoptedByMyUnit = caseAdoptions.myUnitsAdoption(id).isPresent();
        counts = caseBoard.counts(id);
    }

    public void like() {
        try {
            liked = caseBoard.toggleLike(id);
        } catch (CaseRefused | CaseNotFound e) {
            Messages.plainError(e.getMessage());
        }
        refresh();
    }

    public void adopt() {
        try {
            caseAdoptions.adopt(id, adoptionNote);
            adoptionNote = null;
            Messages.info("cases.view.adopted");
        } catch (CaseRefused e) {
            refresh();
            if (adoptedByMyUnit) {
                // Refused because the unit adopted it meanwhile (another tab, a colleague): the form is gone, so the
                // refusal goes to the page's messages rather than next to a field no longer shown.
                Messages.plainError(e.getMessage());
            } else {
                CasePages.show(e, "adoptForm", Set.of("adoptionNote"));
            }
            return;
        }
        refresh();
    }

    public boolean isPublished() {
        return practiceCase.getStatus() == CaseStatus.PUBLISHED;
    }

    public boolean isEditable() {
        return access.may(practiceCase.getStatus(), CaseAction.EDIT);
    }

    public String getGradeName() {
        return CaseAccess.gradeName(practiceCase.getGrade());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public PracticeCase getCase() {
        return practiceCase;
    }

    public List<CaseAttachment> getAttachments() {
        return attachments;
    }

    public List<CaseAdoption> getAdoptions() {
        return adoptions;
    }

    public List<CaseEvent> getHistory() {
        return history;
    }

    public boolean isLiked() {
        return liked;
    }

    public boolean isAdoptedByMyUnit() {
        return adoptedByMyUnit;
    }

    public int getViews() {
        return counts.get("views");
    }

    public int getLikes() {
        return counts.get("likes");
    }

    public String getAdoptionNote() {
        return adoptionNote;
    }

    public void setAdoptionNote(String v) {
        adoptionNote = v;
    }

    /** A case's rich text as the page shows it: sanitized again on the way out (issue 14), whatever the row holds. */
    public String html(String stored) {
        return RichText.sanitize(stored);
    }
}
