package kr.minwon.portal.notice.control;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One try of an external delivery and what follows from it: sent, tried again at a later time, or given up. A broken
 * channel only ever fails its own delivery.
 */
public record Attempt(Result result, LocalDateTime retryAt, String error) {

    public enum Result {
        SENT,
        RETRY,
        FAILED
    }

    /** {@code attempt} counts this try (1 for the first). */
    public static Attempt of(
            NoticeChannel channel,
            String address,
            NoticeText text,
            int attempt,
            RetrySchedule retries,
            LocalDateTime now) {
        try {
            channel.send(address, text);
            return new Attempt(Result.SENT, null, null);
        } catch (Exception e) {
            String error = describe(e);
            Optional<LocalDateTime> next = retries.next(attempt, now);
            return next.map(t -> new Attempt(Result.RETRY, t, error))
                    .orElseGet(() -> new Attempt(Result.FAILED, null, error));
        }
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(" ← ");
            }
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                b.append(": ").append(t.getMessage());
            }
        }
        return b.length() > 1000 ? b.substring(0, 1000) : b.toString();
    }
}
