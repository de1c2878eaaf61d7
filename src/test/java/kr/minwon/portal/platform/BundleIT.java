package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What the README's run command starts: the bundle carries the server's pre-boot commands (no server header, gzip,
 * sessions in memory on one node), the cluster's own file switches the session store back on, and the application
 * itself does not carry them.
 */
class BundleIT {

    private static final String SESSION_STORE =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=";

    private static Path target() {
        return Path.of(System.getProperty("it.target", "target"));
    }

    @Test
    void the_bundle_runs_the_projects_pre_boot_commands_and_keeps_sessions_in_memory() throws IOException {
        Path project = Path.of(System.getProperty("pre.boot.commands", "src/main/resources/pre-boot-commands.txt"));
        String source = Files.readString(project);
        assertThat(source)
                .contains(SESSION_STORE + "false")
                .contains("http-listener.http.server-header=false")
                .contains("http-listener.http.compression=on");
        try (ZipFile bundle =
                new ZipFile(target().resolve("minwon-portal-microbundle.jar").toFile())) {
            ZipEntry entry = bundle.getEntry("MICRO-INF/pre-boot-commands.txt");
            assertThat(entry).as("the bundle's pre-boot commands").isNotNull();
            try (InputStream in = bundle.getInputStream(entry)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("the bundle runs the project's file as it is")
                        .isEqualTo(source);
            }
        }
    }

    @Test
    void a_cluster_node_keeps_sessions_in_the_data_grid() throws IOException {
        String cluster = Files.readString(Path.of("config/cluster/pre-boot-commands.asadmin"));
        assertThat(cluster).contains(SESSION_STORE + "true");
        assertThat(Files.readString(Path.of("config/cluster/local.sh")))
                .contains("PREBOOT=config/cluster/pre-boot-commands.asadmin");
    }

    @Test
    void the_application_does_not_carry_the_servers_commands() throws IOException {
        try (ZipFile war = new ZipFile(target().resolve("minwon-portal.war").toFile())) {
            assertThat(war.getEntry("WEB-INF/classes/pre-boot-commands.txt")).isNull();
        }
    }
}
