package kr.minwon.portal.petition.control;

import kr.minwon.portal.platform.text.Texts;

/** There is no third extension. */
public final class ExtensionLimitReached extends ExtensionRefused {

    public ExtensionLimitReached(int count) {
        super(count, Texts.t("petition.msg.extensionLimit", Extension.MOST_EXTENSIONS, count));
    }
}
