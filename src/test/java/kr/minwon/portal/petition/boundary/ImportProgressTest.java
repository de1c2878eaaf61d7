package kr.minwon.portal.petition.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The progress of an upload run on one node, read through another node's {@link ImportProgress}. */
class ImportProgressTest {

    /** The import_progress table both nodes share, without a database. */
    private static final class SharedRows extends ImportProgressRows {
        final Map<String, Row> rows = new ConcurrentHashMap<>();
        int writes;

        @Override
        public void start(String id) {
            save(id, 0, 0, 0, false);
        }

        @Override
        public void save(String id, int total, int checked, int written, boolean finished) {
            writes++;
            rows.put(id, new Row(total, checked, written, finished));
        }

        @Override
        public Optional<Row> read(String id) {
            return Optional.ofNullable(rows.get(id));
        }
    }

    private static ImportProgress node(SharedRows rows) {
        ImportProgress p = new ImportProgress();
        p.rows = rows;
        return p;
    }

    @Test
    void the_node_that_did_not_run_the_import_sees_how_far_it_got_and_its_end() throws Exception {
        SharedRows table = new SharedRows();
        ImportProgress importing = node(table);
        ImportProgress polled = node(table);

        assertThat(polled.of("upload-1")).as("before the upload").isEmpty();
        ImportProgress.Step step = importing.start("upload-1");
        step.total(1000);
        assertThat(polled.of("upload-1").orElseThrow().total()).isEqualTo(1000);
        assertThat(polled.of("upload-1").orElseThrow().percent()).isZero();

        Thread.sleep(ImportProgress.WRITE_EVERY_MILLIS + 50);
        step.checked(500);
        ImportProgress.Step seen = polled.of("upload-1").orElseThrow();
        assertThat(seen.checked()).isEqualTo(500);
        assertThat(seen.percent()).isEqualTo(25);
        assertThat(seen.finished()).isFalse();

        step.checked(1000);
        step.written(1000);
        importing.finish(step);
        seen = polled.of("upload-1").orElseThrow();
        assertThat(seen.finished()).isTrue();
        assertThat(seen.percent()).isEqualTo(100);
        assertThat(seen.checked())
                .as("the last counts are written with the end")
                .isEqualTo(1000);
        assertThat(seen.written()).isEqualTo(1000);
    }

    @Test
    void counts_are_written_a_few_times_a_second_at_most_and_an_api_upload_writes_none() {
        SharedRows table = new SharedRows();
        ImportProgress importing = node(table);
        ImportProgress.Step step = importing.start("upload-2");
        step.total(100_000);
        for (int rows = 250; rows <= 100_000; rows += 250) {
            step.checked(rows);
            step.written(rows);
        }
        // start, total, and the first write; the loop runs in far less than 250 ms on any machine worth testing on.
        assertThat(table.writes).isLessThanOrEqualTo(10);

        SharedRows none = new SharedRows();
        ImportProgress api = node(none);
        ImportProgress.Step throwAway = api.start(null);
        throwAway.total(10);
        api.finish(throwAway);
        assertThat(none.writes).isZero();
        assertThat(api.of(null)).isEmpty();
    }

    @Test
    void a_progress_that_cannot_be_written_never_fails_the_import() {
        ImportProgressRows broken = new ImportProgressRows() {
            @Override
            public void start(String id) {}

            @Override
            public void save(String id, int total, int checked, int written, boolean finished) {
                throw new IllegalStateException("database gone");
            }
        };
        ImportProgress importing = new ImportProgress();
        importing.rows = broken;
        ImportProgress.Step step = importing.start("upload-3");
        step.total(10);
        step.checked(10);
        importing.finish(step);
        assertThat(step.percent()).isEqualTo(100);
    }
}
