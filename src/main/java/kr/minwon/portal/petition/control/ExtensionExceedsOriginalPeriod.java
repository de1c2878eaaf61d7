package kr.minwon.portal.petition.control;

/** Each extension may add at most the original period. */
public final class ExtensionExceedsOriginalPeriod extends ExtensionRefused {

    public ExtensionExceedsOriginalPeriod(int ordinal, int amount, int ceiling) {
        super(ordinal, "Extension " + ordinal + " adds " + amount + " but may add at most the original " + ceiling);
    }
}
