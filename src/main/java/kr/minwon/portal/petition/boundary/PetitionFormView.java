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
import java.util.List;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Unit;

/**
 * Registers a petition at the counter (민원 등록), or corrects the record of one ({@code ?no=}): the same fields the
 * CSV import and the REST API take, through the same {@link Petitions#put}, so the rules are the same.
 */
@Named
@ViewScoped
public class PetitionFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Petitions petitions;

    @Inject
    PetitionLookup lookup;

    @Inject
    PetitionQueries queries;

    @Inject
    PetitionDetails details;

    @Inject
    PetitionTypes types;

    @Inject
    Units units;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** The receipt number of the record being corrected; null when registering a new one. */
    private String editing;

    private boolean notFound;
    private long version;

    private String receiptNo;
    private String typeCode;
    private LocalDateTime receivedAt;
    private String handlerNo;
    private String departmentCode;
    private Channel channel = Channel.COUNTER;
    private Residence resident = Residence.IN;
    /** "" follows the type's catalogue entry; "true" or "false" overrides it. */
    private String compound = "";
    // Kept as they were, so correcting the record of a completed petition does not reopen it.
    private LocalDateTime approvedAt;
    private LocalDateTime closedAt;
    private Outcome outcome;

    private List<PetitionType> typeChoices;
    private List<Unit> unitChoices;

    /** f:viewAction: a new form with the caller as handler, or the record named by {@code ?no=}. */
    public void load() throws java.io.IOException {
        if (editing == null || editing.isBlank()) {
            editing = null;
            receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            handlerNo = accounts.callingEmployee().map(e -> e.getEmployeeNo()).orElse(null);
            return;
        }
        try {
            PetitionQueries.Detail detail = details.detail(editing);
            if (detail.mayChange()) {
                // A received petition's record is changed by a correction only (issue 13): asked for, then approved.
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + "/petitions/correction.xhtml?no="
                                + java.net.URLEncoder.encode(editing, java.nio.charset.StandardCharsets.UTF_8));
                faces.responseComplete();
                return;
            }
            if (!detail.mayChange()) {
                throw new PetitionNotFound(editing);
            }
            Petition p = detail.petition();
            version = p.getVersion();
            receiptNo = p.getReceiptNo();
            typeCode = p.getType().getCode();
            receivedAt = p.getReceivedAt();
            handlerNo = p.getHandler().getEmployeeNo();
            departmentCode = p.getUnit().getCode();
            channel = p.getChannel();
            resident = p.getResident();
            compound = String.valueOf(p.isCompound());
            approvedAt = p.getApprovedAt();
            closedAt = p.getClosedAt();
            outcome = p.getOutcome();
        } catch (PetitionNotFound e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String save() {
        PetitionInput in = new PetitionInput(
                isEditMode() ? editing : trim(receiptNo),
                typeCode,
                receivedAt,
                trim(handlerNo),
                trim(departmentCode),
                channel,
                resident,
                approvedAt,
                closedAt,
                outcome,
                compound == null || compound.isBlank() ? null : Boolean.valueOf(compound));
        Petitions.Written written;
        try {
            if (isEditMode() && lookup.find(editing).getVersion() != version) {
                PetitionFeedback.conflict();
                return null;
            }
            if (!isEditMode() && lookup.byReceiptNo(in.receiptNo()).isPresent()) {
                Messages.fieldError("petitionForm:receiptNo", "petition.form.duplicate");
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            written = petitions.put(in);
        } catch (PetitionRejected e) {
            PetitionFeedback.show("petitionForm", "", e);
            return null;
        } catch (PetitionAccessDenied | PetitionNotFound e) {
            Messages.error("petition.detail.denied");
            return null;
        } catch (EJBException e) {
            if (PetitionFeedback.isConflict(e)) {
                PetitionFeedback.conflict();
                return null;
            }
            throw e;
        }
        Messages.info(
                switch (written.result()) {
                    case CREATED -> "petition.form.created";
                    case UPDATED -> "petition.form.updated";
                    case UNCHANGED -> "petition.form.unchanged";
                },
                written.petition().getReceiptNo());
        return "/petitions/detail?faces-redirect=true&no=" + written.petition().getReceiptNo();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isEditMode() {
        return editing != null;
    }

    public List<PetitionType> getTypeChoices() {
        if (typeChoices == null) {
            typeChoices = types.active();
        }
        return typeChoices;
    }

    public List<Unit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.active();
        }
        return unitChoices;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Residence[] getResidences() {
        return Residence.values();
    }

    public String getEditing() {
        return editing;
    }

    public void setEditing(String editing) {
        this.editing = editing;
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

    public String getHandlerNo() {
        return handlerNo;
    }

    public void setHandlerNo(String handlerNo) {
        this.handlerNo = handlerNo;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Residence getResident() {
        return resident;
    }

    public void setResident(Residence resident) {
        this.resident = resident;
    }

    public String getCompound() {
        return compound;
    }

    public void setCompound(String compound) {
        this.compound = compound;
    }
}
