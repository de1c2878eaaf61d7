package kr.minwon.portal.calendar.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fired (synchronously, inside the change's transaction) after the holiday table changed and the working calendar was
 * reloaded: features that keep dates computed on the calendar move them. Calendar knows none of them; each observer
 * reports how many deadlines it moved, for the change's summary and audit line.
 */
public final class CalendarChanged {

    private final List<LocalDate> days;
    private final AtomicInteger deadlinesMoved = new AtomicInteger();

    public CalendarChanged(List<LocalDate> days) {
        this.days = List.copyOf(days);
    }

    /** The days that became or stopped being holidays. */
    public List<LocalDate> days() {
        return days;
    }

    public void movedDeadlines(int count) {
        deadlinesMoved.addAndGet(count);
    }

    public int deadlinesMoved() {
        return deadlinesMoved.get();
    }
}
