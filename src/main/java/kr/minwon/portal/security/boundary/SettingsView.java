package kr.minwon.portal.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.minwon.portal.platform.faces.LocaleSelection;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.boundary.PersonalSettings;
import kr.minwon.portal.staff.boundary.StaffChangeRefused;

/** My settings: the signed-in person's e-mail, mobile number, language and e-mail/SMS opt-outs. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "settingsForm";

    @Inject
    MySettings mySettings;

    private String email;
    private String mobile;
    private String language;
    private boolean emailOptOut;
    private boolean smsOptOut;

    public void load() {
        PersonalSettings.Settings s = mySettings.mine();
        email = s.email();
        mobile = s.mobile();
        language = s.language();
        emailOptOut = s.emailOptOut();
        smsOptOut = s.smsOptOut();
    }

    public String save() {
        try {
            mySettings.save(new PersonalSettings.Settings(email, mobile, language, emailOptOut, smsOptOut));
        } catch (StaffChangeRefused refused) {
            Messages.refuse(FORM, refused.field(), refused.getMessage());
            return null;
        }
        // The new language applies from the next page on, this session and the next sign-ins.
        LocaleSelection.use(FacesContext.getCurrentInstance().getExternalContext(), Texts.language(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(Texts.language(language));
        Messages.info("account.settings.saved");
        return "/account/settings?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isEmailOptOut() {
        return emailOptOut;
    }

    public void setEmailOptOut(boolean emailOptOut) {
        this.emailOptOut = emailOptOut;
    }

    public boolean isSmsOptOut() {
        return smsOptOut;
    }

    public void setSmsOptOut(boolean smsOptOut) {
        this.smsOptOut = smsOptOut;
    }
}
