package kr.minwon.portal.bestpractice.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.platform.text.Texts;

/**
 * What a case must hold. A draft may be incomplete but never oversized or nonsensical; a submission needs every
 * required field. Field names are those of {@link CaseInput}, so screens put each message next to its field.
 */
public final class CaseRules {

    public record Violation(String field, String reason) {}

    public static final int MAX_TITLE = 200;
    public static final int MAX_HTML = 20_000;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 30;

    private CaseRules() {}

    public static List<Violation> check(CaseInput in, boolean submitting, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (in.title() != null && in.title().length() > MAX_TITLE) {
            v.add(new Violation("title", Texts.t("cases.msg.titleLength", MAX_TITLE)));
        }
        if (in.contact() != null && in.contact().length() > 100) {
            v.add(new Violation("contact", Texts.t("bestpractice.msg.CaseRules.16")));
        }
        if (in.implementedOn() != null && in.implementedOn().isAfter(today)) {
            v.add(new Violation("implementedOn", Texts.t("bestpractice.msg.CaseRules.15")));
        }
        html(v, "backgroundHtml", in.backgroundHtml());
        html(v, "beforeHtml", in.beforeHtml());
        html(v, "afterHtml", in.afterHtml());
        html(v, "outcomeHtml", in.outcomeHtml());
        html(v, "spreadHtml", in.spreadHtml());
        html(v, "nextHtml", in.nextHtml());
        if (in.daysSaved() != null
                && (in.daysSaved().signum() < 0 || in.daysSaved().compareTo(new BigDecimal("99999")) > 0)) {
            v.add(new Violation("daysSaved", Texts.t("bestpractice.msg.CaseRules.14")));
        }
        if (in.documentsCut() != null && in.documentsCut() < 0) {
            v.add(new Violation("documentsCut", Texts.t("bestpractice.msg.CaseRules.13")));
        }
        if (in.usersCount() != null && in.usersCount() < 0) {
            v.add(new Violation("usersCount", Texts.t("bestpractice.msg.CaseRules.12")));
        }
        if (in.satisfaction() != null
                && (in.satisfaction().signum() < 0 || in.satisfaction().compareTo(new BigDecimal("100")) > 0)) {
            v.add(new Violation("satisfaction", Texts.t("bestpractice.msg.CaseRules.11")));
        }
        if (in.tags() != null) {
            String[] tags = in.tags().split(",");
            if (tags.length > MAX_TAGS) {
                v.add(new Violation("tags", Texts.t("cases.msg.tagCount", MAX_TAGS)));
            } else if (Arrays.stream(tags).anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
                v.add(new Violation("tags", Texts.t("cases.msg.tagLength", MAX_TAG_LENGTH)));
            }
        }
        if (submitting) {
            required(v, "title", in.title(), Texts.t("bestpractice.msg.CaseRules.10"));
            required(v, "contact", in.contact(), Texts.t("bestpractice.msg.CaseRules.9"));
            if (in.category() == null) {
                v.add(new Violation("category", Texts.t("bestpractice.msg.CaseRules.8")));
            }
            if (in.implementedOn() == null) {
                v.add(new Violation("implementedOn", Texts.t("bestpractice.msg.CaseRules.7")));
            }
            required(v, "backgroundHtml", RichText.plain(in.backgroundHtml()), Texts.t("bestpractice.msg.CaseRules.6"));
            required(v, "beforeHtml", RichText.plain(in.beforeHtml()), Texts.t("bestpractice.msg.CaseRules.5"));
            required(v, "afterHtml", RichText.plain(in.afterHtml()), Texts.t("bestpractice.msg.CaseRules.4"));
            required(v, "outcomeHtml", RichText.plain(in.outcomeHtml()), Texts.t("bestpractice.msg.CaseRules.3"));
            required(v, "spreadHtml", RichText.plain(in.spreadHtml()), Texts.t("bestpractice.msg.CaseRules.2"));
            required(v, "nextHtml", RichText.plain(in.nextHtml()), Texts.t("bestpractice.msg.CaseRules.1"));
        }
        return v;
    }

    private static void html(List<Violation> v, String field, String html) {
        if (html != null && html.length() > MAX_HTML) {
            v.add(new Violation(field, Texts.t("cases.msg.htmlLength", MAX_HTML)));
        }
    }

    private static void required(List<Violation> v, String field, String value, String reason) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, reason));
        }
    }

    /** "민원, 서류감축 ,민원" → "민원,서류감축": trimmed, without '#', duplicates and empties; null when none is left. */
    public static String normalizeTags(String raw) {
        if (raw == null) {
            return null;
        }
        Set<String> tags = Arrays.stream(raw.split("[,\\n]"))
                .map(t -> t.strip().replaceFirst("^#+", "").strip())
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    /** The lower-cased text the board's search runs over. */
    public static String searchText(CaseInput in) {
        String all = String.join(
                " ",
                nz(in.title()),
                nz(in.tags()),
                RichText.plain(in.backgroundHtml()),
                RichText.plain(in.beforeHtml()),
                RichText.plain(in.afterHtml()),
                RichText.plain(in.outcomeHtml()),
                RichText.plain(in.spreadHtml()),
                RichText.plain(in.nextHtml()));
        return RichText.searchable(all).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
