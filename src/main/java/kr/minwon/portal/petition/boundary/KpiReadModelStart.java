package kr.minwon.portal.petition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the KPI read model once the schema and the demo data are in place, and rebuilds it when it disagrees with the
 * petitions or {@code PORTAL_KPI_REBUILD=true} asks for it (README, Operations).
 */
@Startup
@Singleton
@DependsOn({"Migrations", "FirstStart"})
public class KpiReadModelStart {

    @Inject
    KpiReadModel readModel;

    @Inject
    @ConfigProperty(name = "portal.kpi.rebuild", defaultValue = "false")
    boolean rebuild;

    @PostConstruct
    void check() {
        readModel.checkAtStart(rebuild);
    }
}
