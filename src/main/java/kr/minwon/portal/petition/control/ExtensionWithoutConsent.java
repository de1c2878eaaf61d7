package kr.minwon.portal.petition.control;

/** A second extension needs the applicant's consent. */
public final class ExtensionWithoutConsent extends ExtensionRefused {

    public ExtensionWithoutConsent(int ordinal) {
        super(ordinal, "Extension " + ordinal + " needs the applicant's consent");
    }
}
