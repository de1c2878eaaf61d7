package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import kr.minwon.portal.platform.text.Texts;

/** No petition with that receipt number (or none the caller may see). */
@ApplicationException(rollback = true)
public class PetitionNotFound extends RuntimeException {
    public PetitionNotFound(String receiptNo) {
        super(Texts.t("petition.msg.notFound", receiptNo));
    }
}
