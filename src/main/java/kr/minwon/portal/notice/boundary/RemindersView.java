package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.ExcelDownload;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The auditor's 독촉 list and the reminder action. */
@Named
@ViewScoped
public class RemindersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reminders reminders;

    @Inject
    Clock clock;

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

    /** The 독촉 list as reminders-<date>.xlsx, the longest overdue first as on the page. */
    public StreamedContent getExport() {
        return ExcelDownload.of(
                "reminders",
                LocalDate.now(clock),
                "notice.reminders.title",
                List.of(
                        "notice.reminders.receiptNo",
                        "notice.reminders.type",
                        "notice.reminders.department",
                        "notice.reminders.handler",
                        "notice.reminders.deadline",
                        "notice.reminders.daysOverdue",
                        "notice.reminders.sent",
                        "notice.reminders.lastSent"),
                (first, size) -> reminders.page(first, size),
                (sheet, o, faces) -> sheet.row(
                        o.receiptNo(),
                        o.typeName(),
                        o.departmentName(),
                        o.handlerName(),
                        o.deadline(),
                        o.daysOverdue(),
                        o.reminders(),
                        o.lastReminderAt()));
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
