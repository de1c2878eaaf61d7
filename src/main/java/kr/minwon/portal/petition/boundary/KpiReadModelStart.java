package kr.minwon.portal.petition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import kr.minwon.portal.platform.Migrations;
import kr.minwon.portal.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the KPI read model once the schema and the demo data are in place, and rebuilds it when it disagrees with the
 * petitions or {@code PORTAL_KPI_REBUILD=true} asks for it (README, Operations). Started while the database was away,
 * it checks once the schema is current, after the first-start setup.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "FirstStart"})
public class KpiReadModelStart {

    @Inject
    KpiReadModel readModel;

    @Inject
    Migrations migrations;

    @Inject
    @ConfigProperty(name = "portal.kpi.rebuild", defaultValue = "false")
    boolean rebuild;

    @PostConstruct
    void check() {
        if (migrations.isMigrated()) {
            readModel.checkAtStart(rebuild);
        }
    }

    /** After FirstStart's observer (default priority), which seeds the demo office's petitions. */
    public void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) SchemaReady ready) {
        readModel.checkAtStart(rebuild);
    }
}
