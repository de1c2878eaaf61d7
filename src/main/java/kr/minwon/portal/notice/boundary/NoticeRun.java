package kr.minwon.portal.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.notice.control.Attempt;
import kr.minwon.portal.notice.control.NoticeChannel;
import kr.minwon.portal.notice.control.RetrySchedule;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery run, every minute (portal.notice.run.enabled): an hourly planning sweep, then the due notices claimed
 * one by one, then the pending e-mails and SMS sent one by one. Each step is its own transaction, so one bad notice or
 * a broken channel never holds up the others. Outside working time nothing goes out when the office policy says so.
 * Runs on every node: the database claims keep them from sending anything twice.
 */
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeRun {

    private static final Logger LOG = Logger.getLogger(NoticeRun.class.getName());
    private static final int BATCH = 500;

    @Inject
    Migrations migrations;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    NoticePlanning planning;

    @Inject
    NoticeOutbox outbox;

    @Inject
    NoticePolicies policies;

    @Inject
    MailChannel mail;

    @Inject
    MessageMails messageMails;

    @Inject
    SmsChannel sms;

    @Inject
    @ConfigProperty(name = "portal.notice.run.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.notice.max.attempts", defaultValue = "6")
    int maxAttempts;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile LocalDateTime lastSweep;

    /** What one run did. */
    public record Report(NoticePlanning.Sweep sweep, int claimed, int cancelled, int sent, int retried, int failed) {}

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!enabled) {
            return;
        }
        if (!migrations.isMigrated()) {
            return;
        }
        try {
            run(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), false, BATCH);
            DatabaseOutage.over();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                DatabaseOutage.noticed("notice run", e);
            } else {
                LOG.log(Level.WARNING, "Notice run failed; the next one retries", e);
            }
        }
    }

    /** One run now, at most {@code limit} notices and deliveries; {@code forceSweep} re-plans all petitions even if this hour's sweep has run. */
    @PermitAll
    public Optional<Report> run(LocalDateTime now, boolean forceSweep, int limit) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            NoticePlanning.Sweep sweep = null;
            if (forceSweep
                    || lastSweep == null
                    || !lastSweep.truncatedTo(ChronoUnit.HOURS).equals(now.truncatedTo(ChronoUnit.HOURS))) {
                sweep = planning.replanAll(now);
                lastSweep = now;
            }
            if (policies.office().isWorkingTimeOnly() && !calendar.calendar().isWorkingTime(now)) {
                return Optional.of(new Report(sweep, 0, 0, 0, 0, 0));
            }
            int claimed = 0;
            int cancelled = 0;
            for (long id : outbox.dueNotices(now, limit)) {
                try {
                    switch (outbox.claim(id, now)) {
                        case DELIVERED -> claimed++;
                        case CANCELLED -> cancelled++;
                        case TAKEN -> {}
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Notice " + id + " could not be claimed; it stays planned", e);
                }
            }
            int sent = 0;
            int retried = 0;
            int failed = 0;
            RetrySchedule retries = RetrySchedule.standard(maxAttempts);
            for (long id : outbox.dueDeliveries(now, limit)) {
                Optional<NoticeOutbox.Lease> lease = outbox.lease(id, now);
                if (lease.isEmpty()) {
                    continue;
                }
                NoticeOutbox.Lease l = lease.get();
                NoticeChannel channel = switch (l.channel()) {
                    case EMAIL -> mail;
                    case SMS -> sms;
                    case INBOX -> throw new IllegalStateException("inbox deliveries are never pending");
                };
                Attempt a = channel.enabled()
                        ? Attempt.of(channel, l.address(), l.text(), l.attempt(), retries, LocalDateTime.now(clock))
                        : new Attempt(
                                Attempt.Result.FAILED,
                                null,
                                Texts.t("notice.msg.channelOff", String.valueOf(l.channel())));
                outbox.settle(id, a, LocalDateTime.now(clock));
                switch (a.result()) {
                    case SENT -> sent++;
                    case RETRY -> retried++;
                    case FAILED -> failed++;
                }
            }
            // The e-mail copies of inbox news (mileage), same retries.
            for (long id : messageMails.due(now, limit)) {
                Optional<MessageMails.Lease> lease = messageMails.lease(id, now);
                if (lease.isEmpty()) {
                    continue;
                }
                MessageMails.Lease l = lease.get();
                Attempt a = mail.enabled()
                        ? Attempt.of(mail, l.address(), l.text(), l.attempt(), retries, LocalDateTime.now(clock))
                        : new Attempt(Attempt.Result.FAILED, null, Texts.t("notice.msg.channelOff", "EMAIL"));
                messageMails.settle(id, a, LocalDateTime.now(clock));
                switch (a.result()) {
                    case SENT -> sent++;
                    case RETRY -> retried++;
                    case FAILED -> failed++;
                }
            }
            Report r = new Report(sweep, claimed, cancelled, sent, retried, failed);
            if (claimed + cancelled + sent + retried + failed > 0) {
                LOG.info(() -> "Notice run: " + r);
            }
            return Optional.of(r);
        } finally {
            running.set(false);
        }
    }
}
