package kr.minwon.portal.petition.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Unit;

/**
 * One petition: its record, deadline and time used, stops, extensions and timeline, and the changes its handler (or
 * the leader or head of its unit) may make. Each change opens an inline form on the page; the write path is
 * {@link Petitions}, which checks the rules and the right to change again.
 */
@Named
@ViewScoped
public class PetitionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which inline form is open. */
    public enum Action {
        COMPLETE,
        REOPEN,
        STOP,
        RESUME,
        EXTEND,
        TRANSFER
    }

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionDetails details;

    @Inject
    Petitions petitions;

    @Inject
    PetitionLookup lookup;

    @Inject
    PetitionClock petitionClock;

    @Inject
    PetitionCompletion petitionCompletion;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @Inject
    PetitionLabels labels;

    @Inject
    Corrections corrections;

    private List<Corrections.Row> correctionRows;

    private String receiptNo;
    private PetitionQueries.Detail detail;
    private boolean notFound;
    private Action open;
    private List<Unit> unitChoices;

    // complete
    private final PetitionActionForm form = new PetitionActionForm();

    /** f:viewAction: reads the petition, or marks the page as not found (unknown, or not the caller's to see). */
    public void load() {
        if (receiptNo == null || receiptNo.isBlank()) {
            notFound();
            return;
        }
        try {
            detail = details.detail(receiptNo);
            notFound = false;
            correctionRows = corrections.ofPetition(receiptNo);
        } catch (PetitionNotFound e) {
            notFound();
        }
    }

    private void notFound() {
        notFound = true;
        detail = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    public void openForm(Action action) {
        open = action;
        LocalDateTime now = now();
        form.reset(action, now);
    }

    public void closeForm() {
        open = null;
    }

    public void complete() {
        run(
                "complete",
                () -> petitionCompletion.complete(receiptNo, version(), form.getApprovedAt(), form.getOutcome()),
                "petition.detail.completed");
    }

    public void reopen() {
        run("reopen", () -> petitionCompletion.reopen(receiptNo, version()), "petition.detail.reopened");
    }

    public void stop() {
        run(
                "stop",
                () -> petitionClock.addStop(
                        receiptNo,
                        form.getStopReason(),
                        form.getStopStartedAt(),
                        form.getStopEndedAt(),
                        blankToNull(form.getStopNote())),
                "petition.detail.stopped");
    }

    public void resume() {
        PetitionStop stop = getOpenStop();
        if (stop == null) {
            closeForm();
            return;
        }
        run(
                "resume",
                () -> petitionClock.changeStop(
                        receiptNo,
                        stop.getId(),
                        stop.getReason(),
                        stop.getStartedAt(),
                        form.getResumeEndedAt(),
                        stop.getNote()),
                "petition.detail.resumed");
    }

    public void extend() {
        // The rule of 시행령 제21조 is checked again by the write path; here it is said in the reader's language,
        // next to the field that breaks it.
        if (form.getExtendAmount() != null && form.getExtendAmount() > getExtensionCeiling()) {
            Messages.fieldError(
                    "actionForm:extendAmount",
                    "petition.extension.tooLong",
                    labels.period(getExtensionCeiling(), getExtensionUnit()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!isMayExtend()) {
            Messages.fieldError("actionForm:extendAmount", "petition.extension.noMore");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!detail.extensions().isEmpty() && !form.isExtendConsent()) {
            Messages.fieldError("actionForm:extendConsent", "petition.extension.needsConsent");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        run(
                "extend",
                () -> petitionClock.extend(
                        receiptNo, form.getExtendAmount(), form.getExtendReason(), form.isExtendConsent()),
                "petition.detail.extended");
    }

    public void transfer() {
        String[] created = new String[1];
        boolean done = run(
                "transfer",
                () -> created[0] = petitions
                        .transfer(
                                receiptNo,
                                blankToNull(form.getTransferNewReceiptNo()),
                                form.getTransferHandlerNo(),
                                form.getTransferDepartmentCode())
                        .getReceiptNo(),
                null);
        if (done) {
            Messages.info("petition.detail.transferred", created[0]);
        }
    }

    /**
     * Runs one change: first checks that nobody changed the petition since this page read it (the write path checks
     * again at commit), then shows the outcome: a message, the rule broken next to its field, or the conflict.
     */
    private boolean run(String prefix, Runnable change, String doneKey) {
        try {
            long shown = version();
            if (lookup.find(receiptNo).getVersion() != shown) {
                PetitionFeedback.conflict();
                return false;
            }
            change.run();
        } catch (PetitionRejected e) {
            PetitionFeedback.show("actionForm", prefix, e);
            return false;
        } catch (PetitionAccessDenied e) {
            Messages.error("petition.detail.denied");
            return false;
        } catch (PetitionNotFound e) {
            notFound();
            return false;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            if (PetitionFeedback.isConflict(e)) {
                PetitionFeedback.conflict();
                return false;
            }
            throw e;
        }
        open = null;
        if (doneKey != null) {
            Messages.info(doneKey);
        }
        load();
        return true;
    }

    /** Reads the petition again, as the conflict message asks. */
    public void refresh() {
        open = null;
        load();
    }

    private long version() {
        return detail.petition().getVersion();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---------------------------------------------------------------- what the page shows

    public Petition getPetition() {
        return detail == null ? null : detail.petition();
    }

    public boolean isMayChange() {
        return detail != null && detail.mayChange();
    }

    public boolean isCompleted() {
        return detail != null && detail.petition().isCompleted();
    }

    public PetitionStop getOpenStop() {
        return detail == null
                ? null
                : detail.stops().stream()
                        .filter(PetitionStop::isOpen)
                        .findFirst()
                        .orElse(null);
    }

    public boolean isDeadlineMoved() {
        Petition p = getPetition();
        return p != null && !p.getDeadline().equals(p.getOriginalDeadline());
    }

    public boolean isMayExtend() {
        return detail != null && detail.extensions().size() < 2;
    }

    /** The unit of an extension's amount: hours for 즉시, else the period's own. */
    public PeriodUnit getExtensionUnit() {
        Petition p = getPetition();
        return p == null ? null : p.getPeriodUnit() == PeriodUnit.IMMEDIATE ? PeriodUnit.HOUR : p.getPeriodUnit();
    }

    /** The most an extension may add: the original period (3 hours for 즉시). */
    public int getExtensionCeiling() {
        Petition p = getPetition();
        return p == null ? 0 : p.getPeriodUnit() == PeriodUnit.IMMEDIATE ? 3 : p.getPeriodAmount();
    }

    /** The rule of 시행령 제21조 for this petition, with what it has used of it. */
    public String getExtendRule() {
        Petition p = getPetition();
        if (p == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String most = labels.period(getExtensionCeiling(), getExtensionUnit());
        return Messages.text(
                faces, "petition.detail.extendRule", most, detail.extensions().size());
    }

    public List<Outcome> getOutcomeChoices() {
        // A transfer is its own action: it opens a new receipt at the other unit.
        return Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.TRANSFERRED)
                .toList();
    }

    public StopReason[] getStopReasons() {
        return StopReason.values();
    }

    public List<Unit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.active();
        }
        return unitChoices;
    }

    public boolean isOpen(Action action) {
        return open == action;
    }

    public PetitionQueries.Detail getDetail() {
        return detail;
    }

    public List<Corrections.Row> getCorrections() {
        return correctionRows;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public Action getOpen() {
        return open;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
        this.receiptNo = receiptNo;
    }

    /** The inputs of the open action panel. */
    public PetitionActionForm getForm() {
        return form;
    }
}
