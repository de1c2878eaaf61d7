package kr.minwon.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kr.minwon.portal.notice.control.NoticeText;
import kr.minwon.portal.notice.control.Stage;
import kr.minwon.portal.platform.text.Texts;

/** Notice stages and stored notes as the reader sees them (issue 18: no raw {@code OVERDUE} or {@code D-DAY}). */
@Named
@ApplicationScoped
public class NoticeWords {

    /** A stage code ({@code D-3}, {@code D-DAY}, {@code OVERDUE}, {@code H-4}) in the reader's language. */
    public String stage(String code) {
        if (code == null) {
            return "";
        }
        try {
            return NoticeText.stageName(Stage.parse(code), Texts.reader());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** A note stored as a bundle key (cancellations) in the reader's language; older free text as it is. */
    public String note(String note) {
        return noteText(note);
    }

    static String noteText(String note) {
        return note != null && note.startsWith("notice.") ? Texts.t(note) : note;
    }
}
