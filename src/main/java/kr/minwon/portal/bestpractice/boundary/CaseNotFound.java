package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.ApplicationException;
import kr.minwon.portal.platform.text.Texts;

/** No such case, or one the caller may not see: the same answer, so nobody learns what exists. */
@ApplicationException(rollback = true)
public class CaseNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotFound(Object id) {
        super(Texts.t("cases.msg.notFound", String.valueOf(id)));
    }
}
