package kr.minwon.portal.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.minwon.portal.calendar.control.Holiday;
import kr.minwon.portal.calendar.control.SpecialDayRequest;
import kr.minwon.portal.calendar.control.SpecialDayResponse;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The holiday feed: with {@code portal.holiday.api.url} and {@code portal.holiday.api.key} set (env
 * PORTAL_HOLIDAY_API_URL, PORTAL_HOLIDAY_API_KEY), fetches 특일정보 getRestDeInfo for this year and the next and merges
 * the holidays through {@link Holidays} (new ones added, known ones kept; CalendarChanged moves the deadlines). Once a
 * month: a daily timer claims the month in holiday_feed_run, so one node of a cluster runs it, and a failed run gives
 * the month back for the next day. Admins also run it from the calendar page. The key never reaches a log.
 */
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HolidayFeed {

    public static final String URL_KEY = "portal.holiday.api.url";
    public static final String API_KEY = "portal.holiday.api.key";

    private static final Logger LOG = Logger.getLogger(HolidayFeed.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    Clock clock;

    @Inject
    Holidays holidays;

    @Inject
    HolidayFeedClaims claims;

    private final AtomicBoolean running = new AtomicBoolean();

    /** What one fetch did: the years asked for, the holidays the service named, and what the merge changed. */
    public record Result(List<Integer> years, int received, int added, int unchanged, int deadlinesMoved) {}

    /** The service did not answer, or answered something that is not a 특일정보 response. */
    @ApplicationException(rollback = true)
    public static class FeedFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FeedFailed(String message) {
            super(message);
        }
    }

    /** Read at each run, so that setting the variables needs no redeploy of this bean's state. */
    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig()
                .getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    public boolean isConfigured() {
        return setting(URL_KEY).isPresent() && setting(API_KEY).isPresent();
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    void daily() {
        if (!isConfigured()) {
            return;
        }
        try {
            runMonthly(LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Holiday feed: the monthly fetch failed; tomorrow's run tries again: {0}",
                    message(e));
        }
    }

    /**
     * The month's run as of {@code now}: empty when the feed is not configured, another run on this node is busy, or
     * the month is done or claimed by another node.
     */
    @PermitAll
    public Optional<Result> runMonthly(LocalDateTime now) {
        if (!isConfigured() || !running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(now);
        try {
            boolean mine;
            try {
                mine = claims.claim(month, now);
            } catch (EJBException | jakarta.persistence.PersistenceException lostTheRace) {
                mine = false;
            }
            if (!mine) {
                return Optional.empty();
            }
            try {
                Result result = fetch(now.getYear());
                claims.finish(month, LocalDateTime.now(clock), result.added());
                LOG.info(() -> "Holiday feed: " + describe(result));
                return Optional.of(result);
            } catch (RuntimeException e) {
                claims.release(month);
                throw e;
            }
        } finally {
            running.set(false);
        }
    }

    /** The admin's "지금 가져오기": this year and the next, at once, whatever the month's run did. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Result fetchNow() {
        if (!isConfigured()) {
            throw new FeedFailed(Texts.t("calendar.feed.notConfigured"));
        }
        Result result = fetch(LocalDateTime.now(clock).getYear());
        LOG.info(() -> "Holiday feed (by an admin): " + describe(result));
        return result;
    }

    private Result fetch(int thisYear) {
        String base = setting(URL_KEY).orElseThrow();
        String key = setting(API_KEY).orElseThrow();
        List<Integer> years = List.of(thisYear, thisYear + 1);
        List<Holiday> all = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        for (int year : years) {
            all.addAll(year(http, base, key, year));
        }
        Holidays.Change change = holidays.mergeFeed(all);
        return new Result(years, all.size(), change.added(), change.unchanged(), change.deadlinesMoved());
    }

    private static List<Holiday> year(HttpClient http, String base, String key, int year) {
        HttpRequest request = HttpRequest.newBuilder(SpecialDayRequest.uri(base, key, year))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/xml")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new FeedFailed(Texts.t("calendar.feed.http", year, response.statusCode()));
            }
            return SpecialDayResponse.parse(response.body());
        } catch (SpecialDayResponse.UnreadableResponse e) {
            throw new FeedFailed(
                    Texts.t("calendar.feed.unreadable", year, SpecialDayRequest.withoutKey(e.getMessage(), key)));
        } catch (IOException e) {
            throw new FeedFailed(
                    Texts.t("calendar.feed.unreachable", year, SpecialDayRequest.withoutKey(e.toString(), key)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFailed(Texts.t("calendar.feed.interrupted", year));
        }
    }

    private static String describe(Result r) {
        return r.years() + " received " + r.received() + ", added " + r.added() + ", already known " + r.unchanged()
                + ", deadlines moved " + r.deadlinesMoved();
    }

    private static String message(RuntimeException e) {
        String key = setting(API_KEY).orElse(null);
        return SpecialDayRequest.withoutKey(String.valueOf(e.getMessage()), key);
    }
}
