package kr.minwon.portal.notice.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a failed e-mail or SMS is tried again: after 1, 5, 15 and 60 minutes, then every 4 hours, until
 * {@code maxAttempts} attempts have failed; then the delivery is FAILED and waits for an admin's "retry now".
 */
public record RetrySchedule(List<Duration> delays, int maxAttempts) {

    public static RetrySchedule standard(int maxAttempts) {
        return new RetrySchedule(
                List.of(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(60),
                        Duration.ofHours(4)),
                maxAttempts);
    }

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry schedule needs delays and at least one attempt");
        }
    }

    /** After {@code attempts} failed attempts: when to try next, or empty to give up. */
    public Optional<LocalDateTime> next(int attempts, LocalDateTime failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = delays.get(Math.min(Math.max(attempts, 1), delays.size()) - 1);
        return Optional.of(failedAt.plus(delay));
    }
}
