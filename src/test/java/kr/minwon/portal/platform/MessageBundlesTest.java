package kr.minwon.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screens' message bundle (faces-config's message-bundle): the same keys in every language, and no clock-made examples. */
class MessageBundlesTest {

    private static final String BASE = "kr.minwon.portal.i18n.messages";

    private static ResourceBundle bundle(String language) {
        // No fallback to the JVM's locale: the root bundle (Korean) when a language has no file of its own.
        return ResourceBundle.getBundle(
                BASE,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The keys a bundle file itself holds (a ResourceBundle's keySet would count its parent's too). */
    private static Set<String> keysOf(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/kr/minwon/portal/i18n/" + file)) {
            assertNotNull(in, file);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_ko.properties", "messages_en.properties"})
    void everyLanguageHasTheKeysOfTheDefault(String file) throws IOException {
        assertEquals(keysOf("messages.properties"), keysOf(file));
    }

    /**
     * PrimeFaces' date pickers pass, as {1}, an example made from {@code LocalDateTime.now()}: the server's zone, not
     * the office's. The portal's date and time messages must not show it, and must read well with the other arguments.
     */
    @ParameterizedTest
    @ValueSource(strings = {"und", "ko", "en"})
    void dateAndTimeConversionMessagesShowAFixedExampleNotTheServersClock(String language) {
        ResourceBundle b = bundle(language);
        for (String kind : new String[] {"DATE", "DATETIME", "TIME"}) {
            for (String suffix : new String[] {"", "_detail"}) {
                String key = "jakarta.faces.converter.DateTimeConverter." + kind + suffix;
                assertTrue(b.containsKey(key), key + " in " + language);
                String pattern = b.getString(key);
                assertFalse(pattern.contains("{1}"), key + " must not show the picker's example: " + pattern);
                String text = new MessageFormat(pattern, Locale.ROOT)
                        .format(new Object[] {"2026-13-45", "2026-12-05 19:29", "접수일시"});
                assertTrue(text.startsWith("접수일시: '2026-13-45'"), text);
                assertFalse(text.contains("19:29"), text);
            }
        }
        assertTrue(b.getString("jakarta.faces.converter.DateTimeConverter.DATETIME_detail")
                .contains("2026-03-02 09:00"));
        assertTrue(b.getString("jakarta.faces.converter.DateTimeConverter.DATE_detail")
                .contains("2026-03-02"));
    }
}
