package kr.minwon.portal.bestpractice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseTextsTest {

    @Test
    void inboxTextsComeFromTheBundleWithTheirArgumentsInTheRecipientsLanguage() {
        assertThat(CaseTexts.text("submitted.title", "민원 한 번에").in(Locale.KOREAN))
                .isEqualTo("우수사례 제출: 민원 한 번에");
        assertThat(CaseTexts.text("submitted.body", "민원1팀").in(Locale.KOREAN))
                .isEqualTo("민원1팀에서 우수사례를 제출했습니다. 심사위원을 배정해 주세요.");
        assertThat(CaseTexts.text("approved.title", "우수", "사례").in(Locale.KOREAN))
                .isEqualTo("우수사례 선정(우수): 사례");
        assertThat(CaseTexts.text("adopted.body", "감사담당관", "그대로 도입").in(Locale.KOREAN))
                .isEqualTo("감사담당관에서 사례를 도입했습니다: 그대로 도입");
        assertThat(CaseTexts.text("published.body").in(Locale.KOREAN)).isEqualTo("사례가 게시판에 게시되었습니다.");
        assertThat(CaseTexts.text("adopted.title", "Case").in(Locale.ENGLISH)).isEqualTo("Best practice adopted: Case");
        assertThat(CaseTexts.text("published.body").in(Locale.ENGLISH)).doesNotContainPattern("[가-힣]");
    }
}
