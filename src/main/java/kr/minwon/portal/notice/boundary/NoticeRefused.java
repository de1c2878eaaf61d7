package kr.minwon.portal.notice.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;

/** A notice action that is not allowed (bad policy, reminder without a head, someone else's inbox), with the field. */
@ApplicationException(rollback = true)
public class NoticeRefused extends InputRejected {

    private final String field;

    public NoticeRefused(String field, String message) {
        super(UNPROCESSABLE, message, List.of(new Problem.FieldError(field, null, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
