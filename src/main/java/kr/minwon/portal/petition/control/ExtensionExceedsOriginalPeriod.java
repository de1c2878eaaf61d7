package kr.minwon.portal.petition.control;

/** Each extension may add at most the original period. */
public final class ExtensionExceedsOriginalPeriod extends ExtensionRefused {

    public ExtensionExceedsOriginalPeriod(int ordinal, int amount, int ceiling) {
        super(ordinal, ordinal + "차 연장 " + amount + "은(는) 원래 처리기간 " + ceiling + "을(를) 넘을 수 없습니다 (민원처리법 시행령 제21조).");
    }
}
