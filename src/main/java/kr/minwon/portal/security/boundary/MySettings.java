package kr.minwon.portal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.faces.LanguageChosen;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.boundary.PersonalSettings;

/** The signed-in person's own settings: never anybody else's, whatever his roles. */
@Stateless
public class MySettings {

    @Inject
    Accounts accounts;

    @Inject
    PersonalSettings settings;

    @Inject
    AuditLog audit;

    @PermitAll
    public PersonalSettings.Settings mine() {
        return settings.of(me().getEmployee().getId());
    }

    @PermitAll
    public void save(PersonalSettings.Settings s) {
        Account me = me();
        settings.apply(me.getEmployee().getId(), s);
        audit.record("SETTINGS_CHANGED", me.getUsername(), "language " + s.language());
    }

    /** The language switch of a signed-in person, stored so his next sign-in opens in it. */
    @PermitAll
    public void onLanguageChosen(@Observes LanguageChosen chosen) {
        accounts.byUsername(chosen.username())
                .ifPresent(a -> settings.chooseLanguage(a.getEmployee().getId(), chosen.locale()));
    }

    private Account me() {
        Optional<Account> me = accounts.current();
        return me.orElseThrow(() -> new IllegalStateException("not signed in"));
    }
}
