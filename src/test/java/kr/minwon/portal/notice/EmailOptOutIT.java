package kr.minwon.portal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (7): a person who opted out of e-mail in My settings gets his news in the inbox but no e-mail, while a
 * colleague who did not opt out gets the e-mail copy; through a portal of its own whose SMTP relay is a GreenMail
 * server the test runs (the shared test server has no relay). Its own embedded database in both CI phases, and its
 * own office clock (Monday 2027-01-04 10:00: the notice run sends in working time only).
 */
class EmailOptOutIT {

    private static final String RUN = "optout-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
    private static final String EMPLOYEE_MAIL = "demo.employee@minwon.example.go.kr";
    private static final String MANAGER_MAIL = "demo.manager@minwon.example.go.kr";

    private static GreenMail smtp;
    private static PortalServer portal;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> env = new LinkedHashMap<>();
        // Its own embedded database, also when the shared server runs on PostgreSQL (blank = the default).
        env.put("PORTAL_DB_DATASOURCE", "");
        env.put("PORTAL_DB_URL", "");
        env.put("PORTAL_DB_USER", "");
        env.put("PORTAL_DB_PASSWORD", "");
        env.put("PORTAL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_SMTP_PORT", Integer.toString(port));
        env.put("PORTAL_SMTP_FROM", "minwon-portal@minwon.example.go.kr");
        // The notice run sends only in working time (the office's policy): its own clock starts on a Monday morning,
        // so that the test does not depend on the hour it runs at.
        env.put("PORTAL_CLOCK_START", "2027-01-04T10:00");
        portal = PortalServer.own("optout", env);
        portal.startReady();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void an_opted_out_person_gets_the_inbox_message_but_no_email_and_a_colleague_gets_both() throws Exception {
        PortalSession employee = new PortalSession(portal);
        assertThat(employee.signIn("demo.employee", PortalServer.DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        String settings = "/account/settings.xhtml";
        String page = employee.get(settings).body();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("settingsForm:email", EMPLOYEE_MAIL);
        f.put("settingsForm:mobile", "");
        f.put("settingsForm:language", "ko");
        f.put("settingsForm:emailOptOut", "on");
        f.put("settingsForm:save", "");
        HttpResponse<String> saved = employee.submit(settings, page, "settingsForm", f);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);
        assertThat(employee.get(settings).body())
                .as("the opt-out is stored")
                .containsPattern("id=\"settingsForm:emailOptOut\"[^>]*checked");

        // demo.head (head of D-CIVIL) gives both a point with this run's reason: each gets one inbox message.
        PortalSession head = new PortalSession(portal);
        assertThat(head.signIn("demo.head", PortalServer.DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        adjust(head, "900001", RUN + "-employee");
        adjust(head, "900002", RUN + "-manager");

        // The notice run sends the e-mail copies minute by minute: wait for the colleague's.
        Instant until = Instant.now().plus(Duration.ofSeconds(240));
        while (mailsAbout(RUN + "-manager", MANAGER_MAIL).isEmpty()
                && Instant.now().isBefore(until)) {
            Thread.sleep(2000);
        }
        assertThat(mailsAbout(RUN + "-manager", MANAGER_MAIL))
                .as("the colleague who did not opt out gets the e-mail copy")
                .hasSize(1);
        // The run that sent his has had the employee's too: nothing for the one who opted out.
        Thread.sleep(5000);
        assertThat(mailsAbout(RUN + "-employee", EMPLOYEE_MAIL))
                .as("no e-mail for the person who opted out")
                .isEmpty();
        assertThat(inbox(employee)).as("his inbox still has the news").contains(RUN + "-employee");
    }

    private static void adjust(PortalSession head, String employeeNo, String reason) {
        String path = "/mileage/adjust.xhtml";
        String page = head.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("adjustForm:person_input", employeeNo);
        fields.put("adjustForm:person_hinput", employeeNo);
        fields.put("adjustForm:points_input", "1");
        fields.put("adjustForm:points_hinput", "1");
        fields.put("adjustForm:reason", reason);
        fields.put("adjustForm:save", "");
        HttpResponse<String> saved = head.submit(path, page, "adjustForm", fields);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);
        assertThat(saved.body()).as("the adjustment is saved without an error").doesNotContain("ui-messages-error");
    }

    private static String inbox(PortalSession s) {
        return s.get("/notices/inbox.xhtml").body();
    }

    private static List<MimeMessage> mailsAbout(String text, String to) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean toHim = false;
            for (Address a : m.getAllRecipients()) {
                toHim |= a.toString().contains(to);
            }
            Object content = m.getContent();
            if (toHim && content instanceof String body && body.contains(text)) {
                found.add(m);
            }
        }
        return found;
    }
}
