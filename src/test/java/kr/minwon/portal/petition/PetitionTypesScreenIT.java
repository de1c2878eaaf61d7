package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The petition-type catalogue screen (/petitions/types.xhtml, ADMIN): the edit dialog refuses an empty name beside
 * the field and saves nothing, and a catalogue file with bad rows is refused whole, each problem listed by row and
 * column. (Was the hand-run AdminScreenshots tour.)
 */
@ExtendWith(BrowserExtension.class)
class PetitionTypesScreenIT {

    private static Browser browser;
    private static Pages pages;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    @BeforeEach
    void signIn() {
        browser.signIn(DemoUser.ADMIN.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/types.xhtml");
    }

    @AfterEach
    void signOut() {
        browser.signOut();
    }

    @Test
    void the_edit_dialog_refuses_an_empty_name_beside_the_field_and_keeps_the_type() {
        String before = pages.text("listForm:types");
        pages.ajax("listForm:types:0:edit");
        pages.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("typeForm:name")));
        String name = pages.element("typeForm:name").getAttribute("value");
        assertThat(name).as("the dialog shows the type's name").isNotBlank();
        pages.element("typeForm:name").clear();
        pages.ajax("typeForm:save");
        pages.await()
                .withMessage(() -> "a field error; messages: " + pages.messages())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#typeForm .ui-message-error")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#typeForm .ui-message-error"))
                        .getText())
                .isNotBlank();
        pages.ajax("typeForm:cancel");
        browser.open("/petitions/types.xhtml");
        assertThat(pages.text("listForm:types"))
                .as("nothing saved")
                .contains(name)
                .isEqualTo(before);
    }

    @Test
    void a_catalogue_with_bad_rows_is_refused_whole_with_each_problem_by_row_and_column() throws IOException {
        String listBefore = pages.text("listCount");
        Path bad = Files.createTempFile("types", ".csv");
        Files.writeString(bad, "민원사무코드,민원사무명,처리기간,단위\nC0001,건축물대장,3,일\n,이름만,3,일\nZ9,단위 틀림,3,분\n");
        browser.driver()
                .findElement(By.id("importForm:csv_input"))
                .sendKeys(bad.toAbsolutePath().toString());
        pages.await()
                .withMessage(() -> "the problem table; messages: " + pages.messages())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem-table")));
        browser.screenshot("petition-types-import-refused");
        String problems =
                browser.driver().findElement(By.cssSelector(".problem-table")).getText();
        // Rows as the spreadsheet numbers them (header = 1), columns by their Korean header with the key.
        assertThat(problems).contains("3").contains("4").contains("민원사무코드 (").contains("분");
        assertThat(pages.messages()).contains("저장하지");
        assertThat(pages.text("listCount")).as("nothing imported").isEqualTo(listBefore);
        Files.deleteIfExists(bad);
    }
}
