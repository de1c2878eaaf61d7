package kr.minwon.portal.petition.control;

/** A second extension needs the applicant's consent. */
public final class ExtensionWithoutConsent extends ExtensionRefused {

    public ExtensionWithoutConsent(int ordinal) {
        super(ordinal, ordinal + "차 연장은 신청인의 동의가 있어야 합니다.");
    }
}
