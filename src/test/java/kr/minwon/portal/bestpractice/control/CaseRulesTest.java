package kr.minwon.portal.bestpractice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kr.minwon.portal.bestpractice.entity.CaseCategory;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static CaseInput complete() {
        return new CaseInput(
                        "토요민원실 월 2회 확대",
                        "02-2286-5000",
                        CaseCategory.SPEED,
                        LocalDate.of(2024, 3, 1),
                        "<p>배경</p>",
                        "<p>월 1회</p>",
                        "<p>월 2회</p>",
                        "<p>성과</p>",
                        "<p>확산</p>",
                        "<p>계획</p>",
                        new BigDecimal("2"),
                        0,
                        1200,
                        new BigDecimal("94.5"),
                        "토요일, 민원실")
                .sanitized();
    }

    @Test
    void anEmptyDraftSaves() {
        CaseInput empty = new CaseInput(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .sanitized();
        assertThat(CaseRules.check(empty, false, TODAY)).isEmpty();
    }

    @Test
    void submissionNamesEveryMissingField() {
        CaseInput empty = new CaseInput(
                        null,
                        null,
                        null,
                        null,
                        "<p><br></p>",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .sanitized();
        assertThat(CaseRules.check(empty, true, TODAY))
                .extracting(CaseRules.Violation::field)
                .containsExactlyInAnyOrder(
                        "title",
                        "contact",
                        "category",
                        "implementedOn",
                        "backgroundHtml",
                        "beforeHtml",
                        "afterHtml",
                        "outcomeHtml",
                        "spreadHtml",
                        "nextHtml");
        assertThat(CaseRules.check(complete(), true, TODAY)).isEmpty();
    }

    @Test
    void figuresMustBeSensibleEvenInADraft() {
        CaseInput bad = new CaseInput(
                "x",
                null,
                null,
                TODAY.plusDays(1),
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("-1"),
                -2,
                -3,
                new BigDecimal("101"),
                null);
        assertThat(CaseRules.check(bad, false, TODAY))
                .extracting(CaseRules.Violation::field)
                .containsExactlyInAnyOrder("implementedOn", "daysSaved", "documentsCut", "usersCount", "satisfaction");
    }

    @Test
    void tagsAreNormalizedAndLimited() {
        assertThat(CaseRules.normalizeTags(" #민원, 서류감축 ,민원,, ")).isEqualTo("민원,서류감축");
        assertThat(CaseRules.normalizeTags(" , ")).isNull();
        CaseInput many = new CaseInput(
                "x",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "a,b,c,d,e,f,g,h,i,j,k");
        assertThat(CaseRules.check(many, false, TODAY))
                .extracting(CaseRules.Violation::field)
                .containsExactly("tags");
    }

    @Test
    void theSearchTextIsLowerCasedPlainText() {
        String text = CaseRules.searchText(complete());
        assertThat(text).contains("토요민원실 월 2회 확대", "토요일,민원실", "월 1회").doesNotContain("<p>");
        CaseInput english = new CaseInput(
                        "Saturday OFFICE",
                        null,
                        null,
                        null,
                        "<p>Open <b>Twice</b></p>",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "TAG")
                .sanitized();
        assertThat(CaseRules.searchText(english)).contains("saturday office", "open twice", "tag");
    }
}
