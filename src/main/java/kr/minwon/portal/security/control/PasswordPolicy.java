package kr.minwon.portal.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kr.minwon.portal.platform.text.Texts;

/**
 * The rules every new password meets, whoever sets it (ASVS 2.1): at least {@link #MIN_LENGTH} characters, letters
 * and digits, not containing the user name, and not one of the common passwords shipped with the portal
 * ({@code common-passwords.txt}, compared without case).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "/kr/minwon/portal/security/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why this password may not be set (a message for the person), or empty when it may. */
    public static Optional<String> problem(char[] password, String username) {
        String p = new String(password);
        boolean letters = p.chars().anyMatch(Character::isLetter);
        boolean digits = p.chars().anyMatch(Character::isDigit);
        if (p.length() < MIN_LENGTH || p.length() > MAX_LENGTH || !letters || !digits) {
            return Optional.of(Texts.t("security.msg.passwordRule", MIN_LENGTH, MAX_LENGTH));
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(Texts.t("security.msg.PasswordPolicy.2"));
        }
        if (isCommon(p)) {
            return Optional.of(Texts.t("security.msg.PasswordPolicy.1"));
        }
        return Optional.empty();
    }

    public static boolean isCommon(String password) {
        return COMMON.contains(password.trim().toLowerCase(Locale.ROOT));
    }

    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.trim();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
