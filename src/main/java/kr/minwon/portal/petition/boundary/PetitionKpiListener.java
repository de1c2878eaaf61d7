package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.petition.entity.Petition;

/**
 * Keeps the KPI read model ({@code kpi_day}) in step with the petitions: every path that writes a petition —
 * registration, completion, corrections, the imports' chunks, calendar rescheduling, demo data, deletion — goes
 * through the persistence context, so this listener (declared in META-INF/orm.xml, the entity names no boundary)
 * sees each write when it reaches the database and applies the difference between what the petition added before and
 * what it adds now, in the same transaction. Nothing is written when a change touches no KPI fact.
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
        rows().apply(KpiFacts.delta(p.kpiWritten(), now));
        p.kpiWritten(now);
    }

    @PostRemove
    void removed(Petition p) {
        rows().apply(KpiFacts.delta(p.kpiWritten(), null));
        p.kpiWritten(null);
    }

    private static KpiDayRows rows() {
        return CDI.current().select(KpiDayRows.class).get();
    }
}
