package kr.minwon.portal.bestpractice.control;

import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list every rich-text field passes on its way in, whatever the path (screen, API, demo). Only what the
 * editor produces for ordinary formatting survives: paragraphs, emphasis, lists, headings h2-h4 (the editor's h1 is
 * lowered to h2, the page owns h1), tables, and links to http(s)/mailto that get rel="noopener noreferrer". No
 * attribute that can carry script or style survives: no on*, no style, no src, no data: or javascript: URLs.
 */
public final class RichText {

    /** The editor's alignment and indentation classes, and Quill 2's list marker; nothing else. */
    private static final Pattern EDITOR_CLASS = Pattern.compile("ql-(align-(center|right|justify)|indent-[1-8])");

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "ul",
                    "ol",
                    "li",
                    "h2",
                    "h3",
                    "h4",
                    "blockquote",
                    "pre",
                    "code",
                    "hr",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowAttributes("class")
            .matching(EDITOR_CLASS)
            .onElements("p", "li", "h2", "h3", "h4")
            .allowAttributes("data-list")
            .matching(true, "bullet", "ordered")
            .onElements("li")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th")
            .allowElements("a")
            .allowStandardUrlProtocols()
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("target")
            .matching(true, "_blank")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RichText() {}

    /** The safe form of untrusted HTML; null stays null, and markup with no text left becomes null. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).trim();
        return plain(safe).isEmpty() ? null : safe;
    }

    /** The visible text of sanitized HTML: for the required-field check, the length check and the search column. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html)
                .replaceAll(" ")
                .replace("&nbsp;", " ")
                .replace("&#160;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#34;", "\"")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#43;", "+")
                .replace("&#61;", "=")
                .replace("&#64;", "@")
                .replace("&#96;", "`")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** Lower-cased text for the LIKE search. */
    public static String searchable(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }
}
