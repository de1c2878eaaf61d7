package kr.minwon.portal.bestpractice.control;

import kr.minwon.portal.platform.text.Text;

/** The inbox texts of the case workflow ({@code cases.inbox.*}), worded in each recipient's language by the inbox. */
public final class CaseTexts {

    private CaseTexts() {}

    public static Text text(String key, Object... args) {
        return new Text("cases.inbox." + key, args);
    }
}
