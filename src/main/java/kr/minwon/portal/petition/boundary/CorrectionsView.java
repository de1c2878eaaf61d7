package kr.minwon.portal.petition.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.platform.faces.Messages;

/**
 * 정정 요청함 ({@code /petitions/corrections.xhtml}): the pending corrections the signed-in person may decide, those
 * he asked for, and those decided; with {@code ?id=} one correction and, for those who may, approve or refuse (a
 * reason is required to refuse).
 */
@Named
@ViewScoped
public class CorrectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Corrections corrections;

    private Long id;
    private Corrections.Row chosen;
    private boolean notFound;
    private String note;
    private List<Corrections.Row> pending;
    private List<Corrections.Row> mine;
    private List<Corrections.Row> decided;

    public void load() {
        if (id != null) {
            Optional<Corrections.Row> row = corrections.find(id);
            chosen = row.orElse(null);
            if (row.isEmpty()) {
                notFound = true;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        }
        pending = corrections.pendingForMe();
        mine = corrections.mine();
        decided = corrections.decided();
    }

    public void approve() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean approve) {
        if (chosen == null) {
            return;
        }
        try {
            chosen = approve ? corrections.approve(chosen.id(), note) : corrections.refuse(chosen.id(), note);
        } catch (PetitionRejected e) {
            PetitionFeedback.show("decideForm", "", e);
            return;
        } catch (PetitionAccessDenied | PetitionNotFound e) {
            Messages.error("petition.detail.denied");
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (PetitionFeedback.isConflict(e)) {
                PetitionFeedback.conflict();
                return;
            }
            throw e;
        }
        Messages.info(approve ? "correction.approved" : "correction.refused", chosen.id());
        note = null;
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Corrections.Row getChosen() {
        return chosen;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Corrections.Row> getPending() {
        return pending;
    }

    public List<Corrections.Row> getMine() {
        return mine;
    }

    public List<Corrections.Row> getDecided() {
        return decided;
    }
}
