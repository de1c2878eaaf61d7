package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running upload has got, keyed by an id the upload screen chose, so that its progress bar can poll while
 * the import runs in another request. Entries live a while after the end and are dropped by later uploads.
 */
@ApplicationScoped
public class ImportProgress {

    private static final long KEEP_NANOS = 30L * 60 * 1_000_000_000L;

    /** One upload's counters; written by the import, read by the polling screen. */
    public static final class Step {
        private final long startedAt = System.nanoTime();
        private volatile int total;
        private volatile int checked;
        private volatile int written;
        private volatile boolean finished;

        public int total() {
            return total;
        }

        public int checked() {
            return checked;
        }

        public int written() {
            return written;
        }

        public boolean finished() {
            return finished;
        }

        void total(int rows) {
            this.total = rows;
        }

        void checked(int rows) {
            this.checked = rows;
        }

        void written(int rows) {
            this.written = rows;
        }

        /** 0–100: half for the rows checked, half for the rows written (one pass does both, side by side). */
        public int percent() {
            if (finished) {
                return 100;
            }
            int t = total;
            if (t <= 0) {
                return 0;
            }
            return (int) Math.min(99, (50L * checked + 50L * written) / t);
        }
    }

    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    /** A step for {@code id}; with no id (API calls) a throw-away one nobody polls. */
    public Step start(String id) {
        long now = System.nanoTime();
        steps.values().removeIf(s -> s.finished && now - s.startedAt > KEEP_NANOS);
        Step step = new Step();
        if (id != null) {
            steps.put(id, step);
        }
        return step;
    }

    public Optional<Step> of(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(steps.get(id));
    }

    public void finish(Step step) {
        step.finished = true;
    }
}
