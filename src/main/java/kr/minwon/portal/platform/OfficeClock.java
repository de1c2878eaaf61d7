package kr.minwon.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The office's clock: logic asks it for "now" so that times are Asia/Seoul whatever the server's zone. */
@ApplicationScoped
public class OfficeClock {

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = "Asia/Seoul")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
