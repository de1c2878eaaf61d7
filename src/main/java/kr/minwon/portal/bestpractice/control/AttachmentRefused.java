package kr.minwon.portal.bestpractice.control;

/** An attachment that is not stored, with the reason in the user's words. */
public class AttachmentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Why {
        NAME,
        TYPE,
        CONTENT_MISMATCH,
        TOO_LARGE,
        CASE_FULL,
        UNREADABLE
    }

    private final Why why;

    public AttachmentRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
