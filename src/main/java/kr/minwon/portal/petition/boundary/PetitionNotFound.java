package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;

/** No petition with that receipt number (or none the caller may see). */
@ApplicationException(rollback = true)
public class PetitionNotFound extends RuntimeException {
    public PetitionNotFound(String receiptNo) {
        super("접수번호 " + receiptNo + "인 민원이 없습니다.");
    }
}
