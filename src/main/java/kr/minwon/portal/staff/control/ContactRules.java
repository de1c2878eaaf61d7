package kr.minwon.portal.staff.control;

import java.util.regex.Pattern;

/** What an e-mail address and a mobile number must look like to be worth sending to. */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** A Korean mobile number: 010 (or the old 011, 016–019) then 3–4 and 4 digits, hyphens optional. */
    private static final Pattern MOBILE = Pattern.compile("01[016-9]-?\\d{3,4}-?\\d{4}");

    private ContactRules() {}

    public static boolean isEmail(String s) {
        return s.length() <= 200 && EMAIL.matcher(s).matches();
    }

    public static boolean isMobile(String s) {
        return MOBILE.matcher(s).matches();
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
