package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;

/** The auditor's 독촉 list and the reminder action. */
@Named
@ViewScoped
public class RemindersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reminders reminders;

    private String selected;
    private String note;

    private final LazyDataModel<Reminders.Overdue> model = new DatabaseRows<>(
            () -> reminders.count(), (first, size) -> reminders.page(first, size), Reminders.Overdue::receiptNo);

    public void choose(String receiptNo) {
        selected = receiptNo;
        note = null;
    }

    public void issue() {
        try {
            reminders.issue(selected, note);
            Messages.info("notice.reminders.issued", selected);
            selected = null;
            note = null;
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
    }

    public LazyDataModel<Reminders.Overdue> getModel() {
        return model;
    }

    public String getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
