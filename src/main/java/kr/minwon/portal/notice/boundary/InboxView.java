package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.notice.entity.InboxMessage;
import kr.minwon.portal.shell.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The signed-in person's inbox, newest first, paged by the database. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    private final LazyDataModel<InboxMessage> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.count();
        }

        @Override
        public List<InboxMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return inbox.page(first, pageSize);
        }

        @Override
        public String getRowKey(InboxMessage m) {
            return String.valueOf(m.getId());
        }
    };

    public void markRead(long id) {
        inbox.markRead(id);
    }

    public void markAllRead() {
        int n = inbox.markAllRead();
        Messages.info("notice.inbox.allRead", n);
    }

    public LazyDataModel<InboxMessage> getModel() { return model; }
}
