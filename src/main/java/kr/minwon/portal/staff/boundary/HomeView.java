package kr.minwon.portal.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's figures; each card is rendered only for the role it serves. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Staff staff;

    @Inject
    Units units;

    public long getActiveEmployees() {
        return staff.activeCount();
    }

    public long getUnitCount() {
        return units.count();
    }
}
