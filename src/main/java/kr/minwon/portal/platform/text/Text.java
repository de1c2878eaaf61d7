package kr.minwon.portal.platform.text;

import java.util.Locale;

/**
 * A text not yet put into words: a bundle key and its arguments. Whoever writes it for a person (the inbox) words it
 * in that person's language. An argument that is itself a {@code Text} is worded in the same language.
 */
public record Text(String key, Object... args) {

    /** Already worded text (a person's own note, a name): the same in every language. */
    public static Text plain(String words) {
        return new Text(null, words);
    }

    public String in(Locale locale) {
        if (key == null) {
            return args.length == 0 || args[0] == null ? "" : args[0].toString();
        }
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            worded[i] = args[i] instanceof Text t ? t.in(locale) : args[i];
        }
        return Texts.in(locale, key, worded);
    }
}
