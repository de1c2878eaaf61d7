package kr.minwon.portal.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.notice.control.NoticeChannel;
import kr.minwon.portal.notice.control.NoticeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** E-mail over the office's SMTP relay (portal.smtp.*); off while portal.smtp.host is empty. */
@ApplicationScoped
public class MailChannel implements NoticeChannel {

    /** The relay's settings, as configured. */
    public record Settings(String host, int port, String from, String user, String password, boolean startTls) {
        public Settings withHost(String other) {
            return new Settings(other, port, from, user, password, startTls);
        }

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.from", defaultValue = "minwon-portal@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean startTls;

    private Settings fixed;

    public MailChannel() {}

    /** A channel with fixed settings, for tests and tools. */
    public MailChannel(Settings settings) {
        this.fixed = settings;
    }

    Settings settings() {
        return fixed != null
                ? fixed
                : new Settings(host.orElse(""), port, from, user.orElse(""), password.orElse(""), startTls);
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return settings().configured();
    }

    @Override
    public void send(String address, NoticeText text) throws MessagingException, UnsupportedEncodingException {
        Settings s = settings();
        Session session = session(s);
        MimeMessage m = compose(session, s.from(), address, text);
        try (Transport t = session.getTransport("smtp")) {
            if (s.user() == null || s.user().isBlank()) {
                t.connect();
            } else {
                t.connect(s.host(), s.port(), s.user(), s.password());
            }
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    static Session session(Settings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(s.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.startTls()));
        boolean auth = s.user() != null && !s.user().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        Authenticator authenticator = !auth
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(s.user(), s.password());
                    }
                };
        return Session.getInstance(p, authenticator);
    }

    /** The message as sent: UTF-8 plain text, Korean subject encoded, the portal as the sender's name. */
    public static MimeMessage compose(Session session, String from, String to, NoticeText text)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from, text.sender(), "UTF-8"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(text.title(), "UTF-8");
        m.setText(text.body(), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("Auto-Submitted", "auto-generated");
        m.saveChanges();
        return m;
    }
}
