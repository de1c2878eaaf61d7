package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;
import kr.minwon.portal.platform.text.Texts;

/** Someone saved the case after this person opened it: his save is refused (409), his input stays on his screen. */
@ApplicationException(rollback = true)
public class CaseChanged extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    public CaseChanged() {
        super(Texts.t("cases.msg.changed"));
    }
}
