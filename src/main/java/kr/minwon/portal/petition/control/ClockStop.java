package kr.minwon.portal.petition.control;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stretch of time that does not count toward the processing period.
 *
 * <p>A {@link StopReason#SUPPLEMENT} stop covers whole days, from the day the request was sent to the day the
 * corrected filing arrived, both included, as the law says in so many words. Every other reason covers exactly the
 * interval recorded: the law only says "the time taken", and such stops may start and end mid-day (a hearing from 14
 * to 16), so widening them to whole days would hand the office time nobody spent.
 *
 * @param endedAt {@code null} while the clock is still stopped
 */
public record ClockStop(StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt) {

    public ClockStop {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(startedAt, "startedAt");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException(
                    "A clock stop cannot end before it starts: " + startedAt + " > " + endedAt);
        }
    }

    public static ClockStop open(StopReason reason, LocalDateTime startedAt) {
        return new ClockStop(reason, startedAt, null);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public boolean coversWholeDays() {
        return reason == StopReason.SUPPLEMENT;
    }
}
