package kr.minwon.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The template renders the confirmation dialog only where a page asks for it (issue 16): a page with a
 * {@code <p:confirm>} and no dialog would leave its button waiting for a dialog that never opens.
 */
class ConfirmDialogPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String DIALOG = "<ui:include src=\"/WEB-INF/includes/confirm-dialog.xhtml\"/>";

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> !p.startsWith(WEBAPP.resolve("WEB-INF")))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_page_that_asks_for_a_confirmation_carries_the_dialog() throws IOException {
        List<Path> asking = pages().stream()
                .filter(p -> read(p).matches("(?s).*<p:confirm\\s.*"))
                .toList();
        assertThat(asking).as("pages with <p:confirm>").hasSizeGreaterThanOrEqualTo(5);
        assertThat(asking)
                .allSatisfy(p -> assertThat(read(p))
                        .as(p.toString())
                        .contains("<ui:define name=\"confirm\">" + DIALOG + "</ui:define>"));
    }

    @Test
    void the_template_leaves_the_dialog_to_the_pages() throws IOException {
        String template = read(WEBAPP.resolve("WEB-INF/templates/main.xhtml"));
        assertThat(template).contains("<ui:insert name=\"confirm\"/>").doesNotContain("<p:confirmDialog");
        assertThat(read(WEBAPP.resolve("WEB-INF/includes/confirm-dialog.xhtml")))
                .contains("<p:confirmDialog global=\"true\"");
        // pages without a confirmation do not pull the dialog in
        assertThat(pages().stream().filter(p -> read(p).contains(DIALOG)))
                .allSatisfy(p -> assertThat(read(p)).contains("<p:confirm "));
    }
}
