package kr.minwon.portal.petition.control;

/** There is no third extension. */
public final class ExtensionLimitReached extends ExtensionRefused {

    public ExtensionLimitReached(int count) {
        super(count, count + " extensions asked; the law allows " + Extension.MOST_EXTENSIONS);
    }
}
