package kr.minwon.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, My settings: a person sets his own e-mail, mobile number, language and e-mail/SMS opt-outs; bad input is
 * refused next to its field and nothing is stored; what he saves is there on the next visit and the next sign-in.
 * (Whether an opted-out person gets e-mail is decided by DeliveryAddress, unit-tested; the shared test server sends
 * no e-mail at all.) The person's settings are put back at the end: other tests read the demo office as seeded.
 */
class MySettingsIT {

    private static final String PAGE = "/account/settings.xhtml";

    @Test
    void aPersonSavesHisSettingsAndFindsThemAgain() {
        PortalSession s = PortalSession.signedIn(DemoUser.MANAGER);
        HttpResponse<String> first = s.get(PAGE);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("내 설정", "settingsForm:emailOptOut", "settingsForm:smsOptOut");
        Map<String, String> original = fields(first.body());
        try {
            HttpResponse<String> bad = save(s, "not-an-email", "010-2222-3333", "ko", true, false);
            assertThat(bad.statusCode()).isEqualTo(200);
            assertThat(bad.body()).contains("전자우편 주소 형식이 올바르지 않습니다");
            HttpResponse<String> badMobile = save(s, "it.settings@example.go.kr", "02-12", "ko", true, false);
            assertThat(badMobile.body()).contains("휴대전화 번호 형식이 올바르지 않습니다");
            assertThat(fields(s.get(PAGE).body()))
                    .as("nothing stored after a refusal")
                    .isEqualTo(original);

            HttpResponse<String> ok = save(s, "IT.Settings@example.go.kr", "010-2222-3333", "en", true, false);
            assertThat(ok.statusCode()).isEqualTo(302);
            HttpResponse<String> reloaded = s.get(PAGE);
            assertThat(reloaded.body()).contains("My settings", "lang=\"en\"");
            Map<String, String> saved = fields(reloaded.body());
            assertThat(saved)
                    .containsEntry("email", "it.settings@example.go.kr")
                    .containsEntry("mobile", "010-2222-3333")
                    .containsEntry("language", "en")
                    .containsEntry("emailOptOut", "true")
                    .containsEntry("smsOptOut", "false");
            // The next sign-in opens in the stored language, with the same settings.
            PortalSession next = PortalSession.signedIn(DemoUser.MANAGER);
            assertThat(next.get("/index.xhtml").body()).contains("lang=\"en\"");
            assertThat(fields(next.get(PAGE).body())).isEqualTo(saved);
            // A refusal in English reads English.
            HttpResponse<String> badEn = save(next, "still-not-mail", "", "en", false, false);
            assertThat(badEn.body()).contains("Not an e-mail address");
        } finally {
            HttpResponse<String> back = save(
                    PortalSession.signedIn(DemoUser.MANAGER),
                    original.get("email"),
                    original.get("mobile"),
                    original.get("language"),
                    "true".equals(original.get("emailOptOut")),
                    "true".equals(original.get("smsOptOut")));
            assertThat(back.statusCode()).isEqualTo(302);
        }
        assertThat(fields(PortalSession.signedIn(DemoUser.MANAGER).get(PAGE).body()))
                .isEqualTo(original);
    }

    @Test
    void everyRoleOpensOnlyHisOwnSettings() {
        for (DemoUser user : DemoUser.values()) {
            HttpResponse<String> r = PortalSession.signedIn(user).get(PAGE + "?id=1&employeeNo=900001");
            assertThat(r.statusCode()).as(user.username()).isEqualTo(200);
            assertThat(r.body()).contains("settingsForm:email");
        }
        assertThat(PortalSession.anonymous().get(PAGE).statusCode()).isIn(302, 303);
    }

    private static HttpResponse<String> save(
            PortalSession s, String email, String mobile, String language, boolean emailOptOut, boolean smsOptOut) {
        HttpResponse<String> page = s.get(PAGE);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("settingsForm:email", email == null ? "" : email);
        f.put("settingsForm:mobile", mobile == null ? "" : mobile);
        f.put("settingsForm:language", language == null ? "ko" : language);
        if (emailOptOut) {
            f.put("settingsForm:emailOptOut", "on");
        }
        if (smsOptOut) {
            f.put("settingsForm:smsOptOut", "on");
        }
        f.put("settingsForm:save", "");
        return s.submit(PAGE, page.body(), "settingsForm", f);
    }

    /** The form's current values as the page shows them. */
    static Map<String, String> fields(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("email", attr(html, "settingsForm:email", "value"));
        out.put("mobile", attr(html, "settingsForm:mobile", "value"));
        Matcher lang = Pattern.compile("<option value=\"(ko|en)\" selected").matcher(html);
        out.put("language", lang.find() ? lang.group(1) : "ko");
        out.put("emailOptOut", String.valueOf(checked(html, "settingsForm:emailOptOut")));
        out.put("smsOptOut", String.valueOf(checked(html, "settingsForm:smsOptOut")));
        return out;
    }

    private static String attr(String html, String id, String name) {
        Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no input " + id);
        }
        Matcher v = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(m.group());
        return v.find() ? v.group(1) : "";
    }

    private static boolean checked(String html, String id) {
        Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        return m.find() && m.group().contains("checked");
    }
}
