package kr.minwon.portal.mileage.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import kr.minwon.portal.mileage.entity.MileageEntry;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.entity.Employee;

/**
 * /mileage/adjust.xhtml: a manager adds or takes points for someone in his units (친절 가점, corrections), with a
 * reason. The ledger refuses himself and anyone outside his units; the refusal is shown next to the field it concerns.
 */
@Named
@ViewScoped
public class AdjustView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MileageLedger ledger;

    @Inject
    MileageAdjustments adjustments;

    private String person;
    private BigDecimal points;
    private String reason;
    private List<EntryLine> recent = List.of();

    public void load() {
        recent = adjustments.myAdjustments(20);
    }

    /** Suggestions written "employeeNo name (unit)"; the number in front is what counts. */
    public List<String> complete(String text) {
        return adjustments.adjustable(text).stream().map(AdjustView::label).toList();
    }

    private static String label(Employee e) {
        return e.getEmployeeNo() + " " + e.getName()
                + (e.getUnit() == null ? "" : " (" + e.getUnit().getName() + ")");
    }

    public void save() {
        String employeeNo = person == null ? "" : person.trim().split("\\s+")[0];
        if (employeeNo.isEmpty()) {
            Messages.fieldError("adjustForm:person", "mileage.adjust.personRequired");
            return;
        }
        try {
            MileageEntry saved = ledger.adjust(employeeNo, points, reason);
            Messages.info("mileage.adjust.saved", employeeNo, saved.getPoints().toPlainString(), saved.getPeriodKey());
            person = null;
            points = null;
            reason = null;
            recent = adjustments.myAdjustments(20);
        } catch (MileageRefused refused) {
            String field = switch (refused.field()) {
                case "points" -> "adjustForm:points";
                case "reason" -> "adjustForm:reason";
                default -> "adjustForm:person";
            };
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .addMessage(
                            field,
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<EntryLine> getRecent() {
        return recent;
    }
}
