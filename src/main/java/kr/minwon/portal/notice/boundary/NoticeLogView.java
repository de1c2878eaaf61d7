package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.notice.entity.DeliveryStatus;
import kr.minwon.portal.notice.entity.NoticeDelivery;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.ExcelDownload;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The admins' delivery log: every delivery with status, attempts and last error, filtered by status; retry now. */
@Named
@ViewScoped
public class NoticeLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeLog log;

    @Inject
    NoticeRun run;

    @Inject
    java.time.Clock clock;

    private DeliveryStatus status;

    private final LazyDataModel<NoticeDelivery> model = new DatabaseRows<>(
            () -> log.count(status), (first, size) -> log.page(status, first, size), NoticeDelivery::getId);

    public void retry(long id) {
        try {
            log.retryNow(id);
            Messages.info("notice.log.retried");
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
    }

    /** Runs the delivery run at once instead of waiting for the next minute. */
    public void runNow() {
        run.run(LocalDateTime.now(clock), false, 500)
                .ifPresentOrElse(
                        r -> Messages.info("notice.log.ran", r.claimed(), r.sent(), r.retried() + r.failed()),
                        () -> Messages.info("notice.log.busy"));
    }

    /** The deliveries under the status filter as notice-deliveries-<date>.xlsx. */
    public StreamedContent getExport() {
        DeliveryStatus s = status;
        return ExcelDownload.of(
                "notice-deliveries",
                LocalDate.now(clock),
                "notice.log.title",
                List.of(
                        "notice.log.created",
                        "notice.inbox.petition",
                        "notice.petition.stage",
                        "notice.log.stageDay",
                        "notice.log.recipient",
                        "notice.log.recipientNo",
                        "notice.log.channel",
                        "notice.log.address",
                        "notice.log.status",
                        "notice.log.attempts",
                        "notice.log.nextAttempt",
                        "notice.log.sentAt",
                        "notice.log.lastError"),
                (first, size) -> log.page(s, first, size),
                (sheet, d, faces) -> sheet.row(
                        d.getCreatedAt(),
                        d.getNotice().getPetition().getReceiptNo(),
                        d.getStageCode(),
                        d.getStageDay(),
                        d.getRecipient().getName(),
                        d.getRecipient().getEmployeeNo(),
                        Messages.text(faces, "DeliveryChannel." + d.getChannel()),
                        d.getAddress(),
                        Messages.text(faces, "DeliveryStatus." + d.getStatus()),
                        d.getAttempts(),
                        d.getStatus() == DeliveryStatus.PENDING ? d.getNextAttemptAt() : null,
                        d.getSentAt(),
                        d.getLastError()));
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public LazyDataModel<NoticeDelivery> getModel() {
        return model;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }
}
