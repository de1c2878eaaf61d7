package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void pagesAndTheApiNeedTheSchemaHealthResourcesAndErrorPagesDoNot() {
        assertThat(Migrations.needsSchema("/")).isTrue();
        assertThat(Migrations.needsSchema("/login.xhtml")).isTrue();
        assertThat(Migrations.needsSchema("/petitions/list.xhtml")).isTrue();
        assertThat(Migrations.needsSchema("/api/v1/petitions")).isTrue();
        assertThat(Migrations.needsSchema("/health/ready")).isFalse();
        assertThat(Migrations.needsSchema("/errors/503.xhtml")).isFalse();
        assertThat(Migrations.needsSchema("/jakarta.faces.resource/css/portal.css.xhtml"))
                .isFalse();
        assertThat(Migrations.needsSchema("/resources/img/logo.svg")).isFalse();
    }

    @Test
    void theDatabaseProductNamesTheVendorFolder() {
        assertThat(Migrations.vendorOf("H2")).isEqualTo("h2");
        assertThat(Migrations.vendorOf("PostgreSQL")).isEqualTo("postgresql");
        assertThatThrownBy(() -> Migrations.vendorOf("Apache Derby"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Apache Derby");
    }

    @Test
    void bothVendorFoldersCarryTheSameVersionsAndNoneClashesWithTheCommonOnes() throws Exception {
        List<Integer> h2 = versions("db/vendor/h2");
        List<Integer> postgres = versions("db/vendor/postgresql");
        List<Integer> common = versions("db/migration");
        assertThat(h2).isNotEmpty().isEqualTo(postgres);
        assertThat(common).doesNotContainAnyElementsOf(h2);
    }

    private static List<Integer> versions(String folder) throws IOException, URISyntaxException {
        URL url = Objects.requireNonNull(MigrationsTest.class.getClassLoader().getResource(folder), folder);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(f -> VERSION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.valueOf(m.group(1)))
                    .sorted()
                    .toList();
        }
    }
}
