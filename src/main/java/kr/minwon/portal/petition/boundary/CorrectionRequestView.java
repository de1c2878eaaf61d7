package kr.minwon.portal.petition.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionCorrection;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.platform.faces.Messages;

/**
 * 정정 요청 ({@code /petitions/correction.xhtml?no=}): what a person may no longer change directly on a petition he
 * handles or leads — handler, type, receipt, compound flag, approval and outcome, reopening, a stop in the past —
 * asked for with a reason. Empty fields stay as they are. Someone else decides ({@link Corrections}).
 */
@Named
@ViewScoped
public class CorrectionRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Corrections corrections;

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionDetails details;

    @Inject
    PetitionTypes types;

    private String receiptNo;
    private boolean notFound;
    private Petition petition;
    private List<Corrections.Row> history;
    private List<PetitionType> typeChoices;

    private String handlerNo;
    private String typeCode;
    private LocalDateTime receivedAt;
    /** "" keeps it; "true" or "false" sets it. */
    private String compound = "";

    private LocalDateTime approvedAt;
    private Outcome outcome;
    private boolean reopen;
    private StopReason stopReason;
    private LocalDateTime stopStartedAt;
    private LocalDateTime stopEndedAt;
    private String stopNote;
    private String reason;

    public void load() {
        try {
            PetitionQueries.Detail detail = details.detail(receiptNo);
            if (!detail.mayChange()) {
                throw new PetitionNotFound(receiptNo);
            }
            petition = detail.petition();
            history = corrections.ofPetition(receiptNo);
        } catch (PetitionNotFound e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String send() {
        PetitionCorrection.Proposal proposal = new PetitionCorrection.Proposal(
                trim(typeCode),
                receivedAt,
                trim(handlerNo),
                compound == null || compound.isBlank() ? null : Boolean.valueOf(compound),
                approvedAt,
                outcome,
                reopen,
                stopReason,
                stopStartedAt,
                stopEndedAt,
                trim(stopNote));
        Corrections.Row row;
        try {
            row = corrections.request(receiptNo, proposal, reason);
        } catch (PetitionRejected e) {
            PetitionFeedback.show("requestForm", "", e);
            return null;
        } catch (PetitionAccessDenied | PetitionNotFound e) {
            Messages.error("petition.detail.denied");
            return null;
        }
        Messages.info("correction.requested", row.id());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/petitions/detail?faces-redirect=true&no=" + receiptNo;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<PetitionType> getTypeChoices() {
        if (typeChoices == null) {
            typeChoices = types.active();
        }
        return typeChoices;
    }

    public List<Outcome> getOutcomeChoices() {
        return Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.TRANSFERRED)
                .toList();
    }

    public StopReason[] getStopReasons() {
        return StopReason.values();
    }

    public Petition getPetition() {
        return petition;
    }

    public List<Corrections.Row> getHistory() {
        return history;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
        this.receiptNo = receiptNo;
    }

    public String getHandlerNo() {
        return handlerNo;
    }

    public void setHandlerNo(String handlerNo) {
        this.handlerNo = handlerNo;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getCompound() {
        return compound;
    }

    public void setCompound(String compound) {
        this.compound = compound;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(LocalDateTime approvedAt) {
        this.approvedAt = approvedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public boolean isReopen() {
        return reopen;
    }

    public void setReopen(boolean reopen) {
        this.reopen = reopen;
    }

    public StopReason getStopReason() {
        return stopReason;
    }

    public void setStopReason(StopReason stopReason) {
        this.stopReason = stopReason;
    }

    public LocalDateTime getStopStartedAt() {
        return stopStartedAt;
    }

    public void setStopStartedAt(LocalDateTime stopStartedAt) {
        this.stopStartedAt = stopStartedAt;
    }

    public LocalDateTime getStopEndedAt() {
        return stopEndedAt;
    }

    public void setStopEndedAt(LocalDateTime stopEndedAt) {
        this.stopEndedAt = stopEndedAt;
    }

    public String getStopNote() {
        return stopNote;
    }

    public void setStopNote(String stopNote) {
        this.stopNote = stopNote;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
