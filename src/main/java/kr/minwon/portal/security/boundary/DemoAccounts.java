package kr.minwon.portal.security.boundary;

import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.staff.boundary.DemoStaff;

/**
 * The demo office's sign-ins (DemoStaff.PEOPLE, README) and its service account exist only while {@code PORTAL_DEMO}
 * is on: their shared password is published, so with demo mode off they are refused even if the database still holds
 * them.
 */
public final class DemoAccounts {

    public static final Set<String> USERNAMES =
            DemoStaff.PEOPLE.stream().map(DemoStaff.DemoPerson::username).collect(Collectors.toUnmodifiableSet());
    public static final String SERVICE_ACCOUNT = "demo-service";

    private DemoAccounts() {}

    public static boolean refused(boolean demoOn, String username) {
        return !demoOn && username != null && USERNAMES.contains(username.trim());
    }

    public static boolean serviceAccountRefused(boolean demoOn, String serviceAccount) {
        return !demoOn && SERVICE_ACCOUNT.equals(serviceAccount);
    }
}
