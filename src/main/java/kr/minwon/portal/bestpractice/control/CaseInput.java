package kr.minwon.portal.bestpractice.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import kr.minwon.portal.bestpractice.entity.CaseCategory;

/**
 * What an author writes, from the screen or any other path. The HTML fields are untrusted until {@link #sanitized()}
 * ran, which every write does before anything else.
 */
public record CaseInput(
        String title,
        String contact,
        CaseCategory category,
        LocalDate implementedOn,
        String backgroundHtml,
        String beforeHtml,
        String afterHtml,
        String outcomeHtml,
        String spreadHtml,
        String nextHtml,
        BigDecimal daysSaved,
        Integer documentsCut,
        Integer usersCount,
        BigDecimal satisfaction,
        String tags)
        implements Serializable {

    public CaseInput sanitized() {
        return new CaseInput(
                trim(title),
                trim(contact),
                category,
                implementedOn,
                RichText.sanitize(backgroundHtml),
                RichText.sanitize(beforeHtml),
                RichText.sanitize(afterHtml),
                RichText.sanitize(outcomeHtml),
                RichText.sanitize(spreadHtml),
                RichText.sanitize(nextHtml),
                daysSaved,
                documentsCut,
                usersCount,
                satisfaction,
                CaseRules.normalizeTags(tags));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
