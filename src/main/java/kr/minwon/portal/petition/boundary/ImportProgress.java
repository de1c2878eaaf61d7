package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How far each running upload has got, keyed by an id the upload screen chose, so that its progress bar can poll while
 * the import runs in another request — on any node: the counts are written to the database ({@link ImportProgressRows},
 * transactions of their own, at most a few times a second) and read from there. Rows live a while after the end and
 * are dropped by later uploads.
 */
@ApplicationScoped
public class ImportProgress {

    private static final Logger LOG = Logger.getLogger(ImportProgress.class.getName());

    /** Least time between two writes of one upload's counts (the bar polls every 0.7 s). */
    static final long WRITE_EVERY_MILLIS = 250;

    @Inject
    ImportProgressRows rows;

    /** One upload's counters; written by the import, read by the polling screen. */
    public static final class Step {
        private final String id;
        private final ImportProgressRows rows;
        private volatile int total;
        private volatile int checked;
        private volatile int written;
        private volatile boolean finished;
        private long savedAt;

        Step(String id, ImportProgressRows rows) {
            this.id = id;
            this.rows = rows;
        }

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
            save(true);
        }

        void checked(int rows) {
            this.checked = rows;
            save(false);
        }

        void written(int rows) {
            this.written = rows;
            save(false);
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

        private void save(boolean now) {
            if (id == null) {
                return;
            }
            long at = System.currentTimeMillis();
            if (now || finished || at - savedAt >= WRITE_EVERY_MILLIS) {
                savedAt = at;
                try {
                    rows.save(id, total, checked, written, finished);
                } catch (RuntimeException e) {
                    // The bar is a courtesy: an import never fails because its progress could not be written.
                    LOG.log(Level.FINE, "Progress of upload " + id + " not written", e);
                }
            }
        }
    }

    /** A step for {@code id}; with no id (API calls) a throw-away one nobody polls and nothing stores. */
    public Step start(String id) {
        Step step = new Step(id, rows);
        if (id != null) {
            rows.start(id);
        }
        return step;
    }

    /** What the node running the upload {@code id} last wrote; empty before it started or long after it ended. */
    public Optional<Step> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return rows.read(id).map(r -> {
            Step s = new Step(null, null);
            s.total = r.total();
            s.checked = r.checked();
            s.written = r.written();
            s.finished = r.finished();
            return s;
        });
    }

    public void finish(Step step) {
        step.finished = true;
        step.save(true);
    }
}
