package kr.minwon.portal.notice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.notice.control.Attempt;
import kr.minwon.portal.notice.control.NoticeText;
import kr.minwon.portal.notice.control.RetrySchedule;
import kr.minwon.portal.notice.control.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two external channels against real servers the tests start: GreenMail SMTP and a JDK HTTP server. */
class NoticeChannelsTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    static final NoticeText.Subject SUBJECT = new NoticeText.Subject(
            "2026-민원-00042",
            "건축물대장 기재사항 변경",
            LocalDateTime.of(2026, 6, 4, 18, 0),
            "김민원",
            "http://portal.example/petitions/detail.xhtml?no=2026-민원-00042");

    static NoticeText dDay() {
        return NoticeText.of(Stage.D_DAY, LocalDate.of(2026, 6, 4), 0, SUBJECT);
    }

    @Test
    void theMailNamesThePetitionItsDeadlineAndALinkInKoreanUtf8() throws Exception {
        MimeMessage m = MailChannel.compose(
                MailChannel.session(settings(25)), "portal@office.go.kr", "kim@office.go.kr", dDay());

        assertThat(m.getSubject()).isEqualTo("[민원 사전예고] 오늘 처리기한 (D-day) · 2026-민원-00042");
        assertThat(m.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(m.getFrom()[0].toString()).contains("portal@office.go.kr");
        assertThat(m.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = (String) m.getContent();
        assertThat(body)
                .contains(
                        "접수번호: 2026-민원-00042",
                        "처리기한: 2026-06-04(목) 18:00",
                        "바로가기: http://portal.example/petitions/detail.xhtml?no=2026-민원-00042");
    }

    @Test
    void anOverdueNoticeSaysHowManyDaysAndThatItIsDueForAReminder() {
        NoticeText t = NoticeText.of(Stage.OVERDUE, LocalDate.of(2026, 6, 8), 2, SUBJECT);
        assertThat(t.title()).contains("처리기한 2일 경과");
        assertThat(t.body()).contains("제28조");
        assertThat(t.sms()).startsWith("[민원포털] 2026-민원-00042").contains("2일 경과");
    }

    @Test
    void aMailReachesARealSmtpServer() throws Exception {
        new MailChannel(settings(SMTP_PORT)).send("kim@office.go.kr", dDay());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("D-day", "2026-민원-00042");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("kim@office.go.kr");
    }

    @Test
    void withTheSmtpServerDownTheMailIsRetriedLaterAndGoesOutOnceItIsBack() throws Exception {
        int down = freePort();
        MailChannel channel = new MailChannel(settings(down));
        LocalDateTime now = LocalDateTime.of(2026, 6, 4, 9, 0);
        RetrySchedule retries = RetrySchedule.standard(5);

        Attempt first = Attempt.of(channel, "kim@office.go.kr", dDay(), 1, retries, now);
        assertThat(first.result()).isEqualTo(Attempt.Result.RETRY);
        assertThat(first.retryAt()).isEqualTo(now.plusMinutes(1));
        assertThat(first.error()).containsIgnoringCase("connect");

        Attempt second = Attempt.of(
                new MailChannel(settings(SMTP_PORT)), "kim@office.go.kr", dDay(), 2, retries, first.retryAt());
        assertThat(second.result()).isEqualTo(Attempt.Result.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsFailedNotRetried() {
        Attempt last = Attempt.of(
                new MailChannel(settings(freePort())),
                "kim@office.go.kr",
                dDay(),
                5,
                RetrySchedule.standard(5),
                LocalDateTime.of(2026, 6, 4, 9, 0));
        assertThat(last.result()).isEqualTo(Attempt.Result.FAILED);
        assertThat(last.retryAt()).isNull();
    }

    @Test
    void anSmsIsPostedAsJsonWithTheBearerKey() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> bodies = new ArrayList<>();
        List<String> auth = new ArrayList<>();
        server.createContext("/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(bodies.size() == 1 ? 200 : 503, -1);
            exchange.close();
        });
        server.start();
        try {
            SmsChannel sms =
                    new SmsChannel("http://127.0.0.1:" + server.getAddress().getPort() + "/send", "gw-key");
            assertThat(sms.enabled()).isTrue();
            sms.send("010-1234-5678", dDay());

            assertThat(auth).containsExactly("Bearer gw-key");
            assertThat(bodies.get(0)).contains("\"to\":\"010-1234-5678\"", "\"text\":\"[민원포털] 2026-민원-00042");

            Attempt refused = Attempt.of(
                    sms, "010-1234-5678", dDay(), 1, RetrySchedule.standard(5), LocalDateTime.of(2026, 6, 4, 9, 0));
            assertThat(refused.result()).isEqualTo(Attempt.Result.RETRY);
            assertThat(refused.error()).contains("503");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void channelsWithoutConfigurationAreOff() {
        assertThat(new MailChannel(settings(25).withHost("")))
                .extracting(MailChannel::enabled)
                .isEqualTo(false);
        assertThat(new SmsChannel("", "")).extracting(SmsChannel::enabled).isEqualTo(false);
    }

    static MailChannel.Settings settings(int port) {
        return new MailChannel.Settings("127.0.0.1", port, "portal@office.go.kr", "", "", false);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
