package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may not change (or see) this petition: not its handler, nor the leader or head of its unit. */
@ApplicationException(rollback = true)
public class PetitionAccessDenied extends RuntimeException {
    public PetitionAccessDenied(String receiptNo) {
        super("민원 " + receiptNo + "에 대한 권한이 없습니다.");
    }
}
