package kr.minwon.portal.petition.control;

import kr.minwon.portal.platform.text.Texts;

/** A second extension needs the applicant's consent. */
public final class ExtensionWithoutConsent extends ExtensionRefused {

    public ExtensionWithoutConsent(int ordinal) {
        super(ordinal, Texts.t("petition.msg.extensionConsent", ordinal));
    }
}
