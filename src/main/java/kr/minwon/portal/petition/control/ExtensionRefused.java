package kr.minwon.portal.petition.control;

/** An extension the law does not allow; the subclass names the rule. */
public abstract class ExtensionRefused extends RuntimeException {

    private final int ordinal;

    protected ExtensionRefused(int ordinal, String message) {
        super(message);
        this.ordinal = ordinal;
    }

    /** Which extension was refused: 1 for the first. */
    public int ordinal() {
        return ordinal;
    }
}
