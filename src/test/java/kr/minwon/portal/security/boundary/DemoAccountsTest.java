package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule Accounts.verify and ApiKeys.authenticate apply: demo sign-ins only while PORTAL_DEMO is on. */
class DemoAccountsTest {

    @Test
    void demo_accounts_are_refused_with_demo_off_and_accepted_with_it_on() {
        for (String name : new String[] {
            "demo.employee", "demo.manager", "demo.head", "demo.reviewer", "demo.auditor", "demo.admin"
        }) {
            assertThat(DemoAccounts.refused(false, name))
                    .as(name + " with demo off")
                    .isTrue();
            assertThat(DemoAccounts.refused(true, name))
                    .as(name + " with demo on")
                    .isFalse();
        }
        assertThat(DemoAccounts.serviceAccountRefused(false, "demo-service")).isTrue();
        assertThat(DemoAccounts.serviceAccountRefused(true, "demo-service")).isFalse();
    }

    @Test
    void real_accounts_are_never_touched() {
        assertThat(DemoAccounts.refused(false, "admin")).isFalse();
        assertThat(DemoAccounts.refused(false, "kim.minwon")).isFalse();
        assertThat(DemoAccounts.serviceAccountRefused(false, "core-system")).isFalse();
    }
}
