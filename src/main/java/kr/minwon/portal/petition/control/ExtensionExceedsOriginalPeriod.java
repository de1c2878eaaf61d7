package kr.minwon.portal.petition.control;

import kr.minwon.portal.platform.text.Texts;

/** Each extension may add at most the original period. */
public final class ExtensionExceedsOriginalPeriod extends ExtensionRefused {

    public ExtensionExceedsOriginalPeriod(int ordinal, int amount, int ceiling) {
        super(
                ordinal,
                Texts.t("petition.msg.extensionTooLong", ordinal, String.valueOf(amount), String.valueOf(ceiling)));
    }
}
