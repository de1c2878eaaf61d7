package kr.minwon.portal.mileage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.minwon.portal.security.boundary.CurrentUser;

/** The home page card: this period's points and office rank, for anyone with an employee record. */
@Named
@RequestScoped
public class MileageCard {

    @Inject
    MileageStandings standings;

    @Inject
    CurrentUser currentUser;

    private MyMileage mine;
    private boolean loaded;

    public MyMileage getMine() {
        if (!loaded) {
            loaded = true;
            String no = currentUser.getEmployeeNo();
            if (no != null) {
                mine = standings.mine(no, standings.currentPeriod());
            }
        }
        return mine;
    }
}
