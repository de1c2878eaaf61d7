package kr.minwon.portal.platform.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Every text the portal writes, from the UI bundle, in a reader's language. The reader of a request is bound to its
 * thread by {@code ReaderLocaleFilter} (the session's choice, else the request's Accept-Language, else Korean); texts
 * written for somebody else (an inbox message, an e-mail, a ledger line) name that person's language explicitly.
 */
public final class Texts {

    public static final String BUNDLE = "kr.minwon.portal.i18n.messages";

    /** The session attribute holding a signed-in person's (or a visitor's) chosen language. */
    public static final String SESSION_ATTRIBUTE = "portal.locale";

    private static final ThreadLocal<Locale> READER = new ThreadLocal<>();

    private Texts() {}

    /** The language of whoever this thread works for: Korean unless somebody chose English. */
    public static Locale reader() {
        Locale l = READER.get();
        return l == null ? Locale.KOREAN : l;
    }

    /** A text in the reader's language. */
    public static String t(String key, Object... args) {
        return in(reader(), key, args);
    }

    /** A text in a given language ({@code null}: Korean). */
    public static String in(Locale locale, String key, Object... args) {
        Locale l = locale == null ? Locale.KOREAN : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    /** Runs {@code work} with {@code locale} as the reader, then puts the previous reader back. */
    public static <T> T as(Locale locale, Supplier<T> work) {
        Locale before = READER.get();
        READER.set(locale);
        try {
            return work.get();
        } finally {
            if (before == null) {
                READER.remove();
            } else {
                READER.set(before);
            }
        }
    }

    /** Binds the reader of this thread (a request's filter does it, and clears it at the end). */
    public static void bind(Locale locale) {
        if (locale == null) {
            READER.remove();
        } else {
            READER.set(locale);
        }
    }

    /** The portal's two languages from a stored code: {@code en} is English, anything else Korean. */
    public static Locale language(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.KOREAN;
    }

    /** Whether a language code names one of the portal's languages. */
    public static boolean known(String code) {
        return "ko".equals(code) || "en".equals(code);
    }
}
