package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.platform.faces.DatabaseRows;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.model.LazyDataModel;

/** The signed-in person's inbox, newest first, paged by the database. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    InboxBell bell;

    private final LazyDataModel<InboxMessage> model =
            new DatabaseRows<>(() -> inbox.count(), (first, size) -> inbox.page(first, size), InboxMessage::getId);

    public void markRead(long id) {
        inbox.markRead(id);
        bell.forget();
    }

    public void markAllRead() {
        int n = inbox.markAllRead();
        bell.forget();
        Messages.info("notice.inbox.allRead", n);
    }

    public LazyDataModel<InboxMessage> getModel() {
        return model;
    }
}
