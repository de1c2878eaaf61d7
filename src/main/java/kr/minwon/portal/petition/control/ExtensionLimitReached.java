package kr.minwon.portal.petition.control;

/** There is no third extension. */
public final class ExtensionLimitReached extends ExtensionRefused {

    public ExtensionLimitReached(int count) {
        super(count, "처리기간은 " + Extension.MOST_EXTENSIONS + "회까지만 연장할 수 있습니다 (" + count + "회째 요청).");
    }
}
