package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Map;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.petition.entity.Petition;

/**
 * Keeps the KPI read model ({@code kpi_day}) in step with the petitions: every path that writes a petition —
 * registration, completion, corrections, the imports' chunks, calendar rescheduling, demo data, deletion — goes
 * through the persistence context, so this listener (declared in META-INF/orm.xml, the entity names no boundary)
 * sees each write when it reaches the database and applies the difference between what the petition added before and
 * what it adds now, in the same transaction. Nothing is written when a change touches no KPI fact. Bulk paths run in a
 * {@link KpiBatch}: there the differences are summed and written once per row at the batch's end.
 *
 * <p>{@code @PostLoad} only keeps the loaded values in a small record (no CDI lookup, no contribution computed); the
 * contributions are computed on write.
 */
public class PetitionKpiListener {

    @PostLoad
    void loaded(Petition p) {
        p.kpiWritten(p.kpiFactsAsLoaded());
    }

    @PostPersist
    @PostUpdate
    void written(Petition p) {
        KpiFacts now = p.kpiFacts();
        add(KpiFacts.delta(p.kpiWritten(), now));
        p.kpiWritten(now);
    }

    @PostRemove
    void removed(Petition p) {
        add(KpiFacts.delta(p.kpiWritten(), null));
        p.kpiWritten(null);
    }

    /** In a {@link KpiBatch} of this transaction the difference is summed, otherwise written at once. */
    private static void add(Map<KpiFacts.Row, long[]> delta) {
        if (delta.isEmpty()) {
            return;
        }
        KpiBatch.Pending batch = KpiBatch.current();
        if (batch == null || !batch.add(delta)) {
            rows().apply(delta);
        }
    }

    private static KpiDayRows rows() {
        return CDI.current().select(KpiDayRows.class).get();
    }
}
