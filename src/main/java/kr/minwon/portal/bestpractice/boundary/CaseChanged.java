package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;

/** Someone saved the case after this person opened it: his save is refused (409), his input stays on his screen. */
@ApplicationException(rollback = true)
public class CaseChanged extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    public CaseChanged() {
        super("다른 사람이 이 사례를 먼저 저장했습니다. 입력하신 내용은 화면에 그대로 있습니다: " + "복사해 두고 새로 불러온 뒤 다시 반영해 주세요.");
    }
}
