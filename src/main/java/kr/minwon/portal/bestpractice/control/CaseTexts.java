package kr.minwon.portal.bestpractice.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The inbox texts of the case workflow, from the message bundles ({@code cases.inbox.*}); Korean, as the office reads them. */
public final class CaseTexts {

    private static final String BUNDLE = "kr.minwon.portal.i18n.messages";

    private CaseTexts() {}

    public static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN).getString("cases.inbox." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.KOREAN).format(args);
    }
}
