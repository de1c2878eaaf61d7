package kr.minwon.portal.petition.control;

import java.util.List;
import java.util.Objects;

/**
 * An extension of the processing period (연장, 시행령 제21조).
 *
 * @param amount additional period in the unit of the original period (hours for 즉시)
 * @param reason the written reason sent to the applicant
 * @param applicantConsent required for the second extension
 */
public record Extension(int amount, String reason, boolean applicantConsent) {

    /** The law allows one extension and a second with consent; there is no third. */
    public static final int MOST_EXTENSIONS = 2;

    public Extension {
        if (amount <= 0) {
            throw new IllegalArgumentException("An extension needs a positive amount: " + amount);
        }
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An extension needs a written reason");
        }
    }

    /**
     * Checks a petition's extensions in the order they were granted.
     *
     * @throws ExtensionRefused naming the rule broken
     */
    public static void requireAllowed(LegalPeriod period, List<Extension> extensions) {
        if (extensions.isEmpty()) {
            return;
        }
        if (extensions.size() > MOST_EXTENSIONS) {
            throw new ExtensionLimitReached(extensions.size());
        }
        int ceiling = period.extensionCeiling();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (extension.amount() > ceiling) {
                throw new ExtensionExceedsOriginalPeriod(i + 1, extension.amount(), ceiling);
            }
            if (i > 0 && !extension.applicantConsent()) {
                throw new ExtensionWithoutConsent(i + 1);
            }
        }
    }

    static int totalAmount(List<Extension> extensions) {
        int total = 0;
        for (Extension extension : extensions) {
            total += extension.amount();
        }
        return total;
    }
}
