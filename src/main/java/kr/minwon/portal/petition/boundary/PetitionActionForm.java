package kr.minwon.portal.petition.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.StopReason;

/** The action panel's inputs on the petition page (complete, stop, resume, extend, transfer), reset when one opens. */
public class PetitionActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime approvedAt;
    private Outcome outcome = Outcome.GRANTED;
    // stop
    private StopReason stopReason = StopReason.SUPPLEMENT;
    private LocalDateTime stopStartedAt;
    private LocalDateTime stopEndedAt;
    private String stopNote;
    // resume
    private LocalDateTime resumeEndedAt;
    // extend
    private Integer extendAmount;
    private String extendReason;
    private boolean extendConsent;
    // transfer
    private String transferDepartmentCode;
    private String transferHandlerNo;
    private String transferNewReceiptNo;

    void reset(PetitionView.Action action, LocalDateTime now) {
        switch (action) {
            case COMPLETE -> {
                approvedAt = now;
                outcome = Outcome.GRANTED;
            }
            case STOP -> {
                stopReason = StopReason.SUPPLEMENT;
                stopStartedAt = now;
                stopEndedAt = null;
                stopNote = null;
            }
            case RESUME -> resumeEndedAt = now;
            case EXTEND -> {
                extendAmount = null;
                extendReason = null;
                extendConsent = false;
            }
            case TRANSFER -> {
                transferDepartmentCode = null;
                transferHandlerNo = null;
                transferNewReceiptNo = null;
            }
            default -> {}
        }
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

    public LocalDateTime getResumeEndedAt() {
        return resumeEndedAt;
    }

    public void setResumeEndedAt(LocalDateTime resumeEndedAt) {
        this.resumeEndedAt = resumeEndedAt;
    }

    public Integer getExtendAmount() {
        return extendAmount;
    }

    public void setExtendAmount(Integer extendAmount) {
        this.extendAmount = extendAmount;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }

    public boolean isExtendConsent() {
        return extendConsent;
    }

    public void setExtendConsent(boolean extendConsent) {
        this.extendConsent = extendConsent;
    }

    public String getTransferDepartmentCode() {
        return transferDepartmentCode;
    }

    public void setTransferDepartmentCode(String transferDepartmentCode) {
        this.transferDepartmentCode = transferDepartmentCode;
    }

    public String getTransferHandlerNo() {
        return transferHandlerNo;
    }

    public void setTransferHandlerNo(String transferHandlerNo) {
        this.transferHandlerNo = transferHandlerNo;
    }

    public String getTransferNewReceiptNo() {
        return transferNewReceiptNo;
    }

    public void setTransferNewReceiptNo(String transferNewReceiptNo) {
        this.transferNewReceiptNo = transferNewReceiptNo;
    }
}
