package kr.minwon.portal.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the top bar: one COUNT per request, only when someone is signed in. */
@Named
@RequestScoped
public class InboxBell {

    @Inject
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }
}
