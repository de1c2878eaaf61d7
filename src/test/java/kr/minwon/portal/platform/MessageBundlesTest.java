package kr.minwon.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screens' message bundle (faces-config's message-bundle): the same keys in every language, no clock-made examples,
 * and no Korean text in Java code (issue 17): every text a person reads comes from the bundle, in his language.
 */
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

    /** Where main code lives, relative to the module (surefire runs in it). */
    private static final Path MAIN = Path.of("src/main/java/kr/minwon/portal");

    /**
     * The demo office's seed data: people, units, petitions and best-practice cases as a Korean office would write
     * them. They are data (shown as names and titles), never the portal's own words.
     */
    private static final Set<String> SEED_DATA = Set.of(
            "staff/boundary/DemoStaff.java",
            "petition/boundary/DemoPetitions.java",
            "bestpractice/boundary/DemoCases.java");

    /**
     * Words the portal reads, not writes: the Korean column headers and value aliases its CSV imports accept from the
     * office's spreadsheets, the unit words {@code /api/v1/deadlines?unit=} accepts, and the words that tell a
     * holiday's kind in the 특일정보 feed. Only single words (no spaces, at most 10 characters) pass, so a message
     * written in these files still fails.
     */
    private static final Set<String> INPUT_WORDS = Set.of(
            "staff/control/StaffCsv.java",
            "staff/control/DepartmentCsv.java",
            "petition/control/PetitionCsv.java",
            "petition/control/PetitionTypeCsv.java",
            "petition/control/StopCsv.java",
            "platform/csv/CsvValues.java",
            "petition/boundary/DeadlineResource.java",
            "calendar/control/Holiday.java");

    /** Single stored values, each with its reason. */
    private static final Map<String, Set<String>> STORED_VALUES = Map.of(
            // The first admin's employee name, written once into an empty database.
            "security/boundary/FirstStart.java", Set.of("시스템 관리자"),
            // The demo service account's name (demo data).
            "security/boundary/ApiKeys.java", Set.of("데모 서비스 계정 (PORTAL_DEMO_API_KEY)"),
            // The marker that starts a correction's note on a petition; mileage recognises corrections by it.
            "petition/control/CorrectionRules.java", Set.of("정정 #"),
            // The statutory presets' proper names, stored as the names of the rule sets made from them.
            "mileage/control/Presets.java", Set.of("성동구 2009", "행정안전부 2008", "서울 중구 2011"),
            // Tier names frozen with a closed period's standings.
            "mileage/control/AwardTiers.java", Set.of("최우수", "우수", "장려"));

    @Test
    void javaCodeHoldsNoKoreanTextOutsideTheBundles() throws IOException {
        assertTrue(Files.isDirectory(MAIN), MAIN.toAbsolutePath().toString());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (SEED_DATA.contains(name)) {
                    continue;
                }
                for (Literal l : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (hasHangul(l.text()) && !allowed(name, l.text())) {
                        found.add(name + ":" + l.line() + " \"" + l.text() + "\"");
                    }
                }
            }
        }
        assertTrue(
                found.isEmpty(),
                found.size() + " Korean literals in Java code, move them to the bundles:\n" + String.join("\n", found));
    }

    @Test
    void theScannerFindsKoreanInStringsAndTextBlocksButNotInComments() {
        String code = "// 주석\n/* 설명 */ class A { String a = \"안녕\"; char c = '가'; String b = \"\\\"x\";\n"
                + "String t = \"\"\"\n  본문\n  \"\"\"; String e = \"ok\"; }";
        List<String> korean = literals(code).stream()
                .map(Literal::text)
                .filter(MessageBundlesTest::hasHangul)
                .toList();
        assertEquals(List.of("안녕", "가", "\n  본문\n  "), korean);
        assertTrue(allowed("petition/control/PetitionCsv.java", "접수번호"));
        assertFalse(allowed("petition/control/PetitionCsv.java", "데이터 행이 없습니다"));
        assertFalse(allowed("notice/control/NoticeText.java", "처리기한"));
    }

    private static boolean allowed(String file, String text) {
        if (INPUT_WORDS.contains(file) && text.length() <= 10 && text.chars().noneMatch(Character::isWhitespace)) {
            return true;
        }
        return STORED_VALUES.getOrDefault(file, Set.of()).contains(text);
    }

    private static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private record Literal(int line, String text) {}

    /** The string, text-block and char literals of Java source, comments skipped. */
    private static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                out.add(new Literal(line, src.substring(i + 3, end)));
                line += count(src, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, src.substring(i + 1, Math.min(j, n))));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
