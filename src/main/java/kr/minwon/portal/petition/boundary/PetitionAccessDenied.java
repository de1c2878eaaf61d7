package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import kr.minwon.portal.platform.text.Texts;

/** The caller may not change (or see) this petition: not its handler, nor the leader or head of its unit. */
@ApplicationException(rollback = true)
public class PetitionAccessDenied extends RuntimeException {
    public PetitionAccessDenied(String receiptNo) {
        super(Texts.t("petition.msg.accessDenied", receiptNo));
    }
}
