package kr.minwon.portal.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.control.ContactRules;
import kr.minwon.portal.staff.entity.Employee;

/**
 * A person's own settings on his employee record: e-mail, mobile number, language and the e-mail/SMS opt-outs. The
 * security floor's {@code MySettings} calls it for the signed-in person only (his own record, whatever his roles).
 */
@Stateless
public class PersonalSettings {

    @PersistenceContext
    EntityManager em;

    /** What the page edits. */
    public record Settings(String email, String mobile, String language, boolean emailOptOut, boolean smsOptOut) {
        public static Settings of(Employee e) {
            return new Settings(
                    e.getEmail(),
                    e.getMobile(),
                    e.getLanguage() == null ? "ko" : e.getLanguage(),
                    e.isEmailOptOut(),
                    e.isSmsOptOut());
        }
    }

    @PermitAll
    public Settings of(long employeeId) {
        return Settings.of(em.find(Employee.class, employeeId));
    }

    /** Checks every field and stores them as one change; a refusal names its field. */
    @PermitAll
    public void apply(long employeeId, Settings s) {
        String email = ContactRules.blankToNull(s.email());
        String mobile = ContactRules.blankToNull(s.mobile());
        if (email != null && !ContactRules.isEmail(email)) {
            throw new StaffChangeRefused("email", Texts.t("staff.settings.badEmail"));
        }
        if (mobile != null && !ContactRules.isMobile(mobile)) {
            throw new StaffChangeRefused("mobile", Texts.t("staff.settings.badMobile"));
        }
        if (!Texts.known(s.language())) {
            throw new StaffChangeRefused("language", Texts.t("staff.settings.badLanguage"));
        }
        em.find(Employee.class, employeeId)
                .chooseSettings(
                        email == null ? null : email.toLowerCase(Locale.ROOT),
                        mobile,
                        s.language(),
                        s.emailOptOut(),
                        s.smsOptOut());
    }

    /** The language switch of a signed-in person. */
    @PermitAll
    public void chooseLanguage(long employeeId, Locale locale) {
        em.find(Employee.class, employeeId).chooseLanguage(locale.getLanguage());
    }
}
