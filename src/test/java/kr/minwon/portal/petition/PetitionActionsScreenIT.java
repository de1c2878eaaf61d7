package kr.minwon.portal.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import kr.minwon.portal.testing.Browser;
import kr.minwon.portal.testing.BrowserExtension;
import kr.minwon.portal.testing.DemoUser;
import kr.minwon.portal.testing.OfficeTime;
import kr.minwon.portal.testing.Pages;
import kr.minwon.portal.testing.PortalServer;
import kr.minwon.portal.testing.PortalSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The petition screens' forms and actions as a handler and an auditor use them (was the hand-run PetitionScreensTour):
 * the registration form's field and rule errors, extending with and without a reason and a second extension without
 * consent, transferring, a change made in another tab refused as a conflict, and the overdue list's sorting.
 */
@ExtendWith(BrowserExtension.class)
class PetitionActionsScreenIT {

    private static final String RUN =
            "ACT" + Long.toString(System.currentTimeMillis() % 10_000_000, 36).toUpperCase();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static Browser browser;
    private static Pages pages;

    @BeforeAll
    static void startBrowser(Browser classBrowser, Pages classPages) {
        browser = classBrowser;
        pages = classPages;
    }

    @AfterEach
    void signOut() {
        WebDriver d = browser.driver();
        if (d.getWindowHandles().size() > 1) {
            String keep = d.getWindowHandles().iterator().next();
            for (String handle : d.getWindowHandles()) {
                if (!handle.equals(keep)) {
                    d.switchTo().window(handle).close();
                }
            }
            d.switchTo().window(keep);
        }
        browser.signOut();
    }

    private static void seeText(String text) {
        pages.await()
                .withMessage(() -> "'" + text + "' on the page; messages: " + pages.messages())
                // An ajax update may replace the page's body between finding it and reading it: look again.
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private static void openAction(String opener, String save) {
        pages.ajax(opener);
        pages.await().until(ExpectedConditions.elementToBeClickable(By.id(save)));
    }

    @Test
    void a_handler_registers_a_petition_through_the_form_then_extends_it_and_transfers_it() {
        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/new.xhtml");
        pages.type("petitionForm:handlerNo", "");
        pages.element("petitionForm:save").click();
        seeText("필수 입력 항목");
        browser.screenshot("petition-new-empty-errors");

        String receiptNo =
                RUN + "-NEW" + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase();
        pages.type("petitionForm:receiptNo", receiptNo);
        pages.js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", "petitionForm:typeCode", "C0003");
        pages.type("petitionForm:handlerNo", "999999");
        pages.element("petitionForm:save").click();
        seeText("없거나 재직하지 않는 직원");

        pages.type("petitionForm:handlerNo", "900001");
        pages.element("petitionForm:save").click();
        seeText("등록했습니다");
        assertThat(pages.text("receiptNo")).isEqualTo(receiptNo);
        String deadline = pages.text("deadline");

        // Extending without a reason: the message is beside the field, nothing changes.
        openAction("actionForm:openExtend", "actionForm:extendSave");
        pages.type("actionForm:extendAmount_input", "1");
        pages.ajax("actionForm:extendSave");
        seeText("필수 입력 항목");
        assertThat(pages.text("deadline")).isEqualTo(deadline);
        pages.type("actionForm:extendReason", "관계기관 협의");
        pages.ajax("actionForm:extendSave");
        seeText("처리기간을 연장했습니다");
        browser.open("/petitions/detail.xhtml?no=" + receiptNo);
        assertThat(pages.text("deadline")).as("later after the extension").isGreaterThan(deadline);
        String extended = pages.text("deadline");

        // A second extension needs the applicant's consent.
        openAction("actionForm:openExtend", "actionForm:extendSave");
        pages.type("actionForm:extendAmount_input", "1");
        pages.type("actionForm:extendReason", "관계기관 협의");
        pages.ajax("actionForm:extendSave");
        seeText("신청인의 동의가 있어야");
        browser.screenshot("petition-second-extension-refused");
        pages.ajax("actionForm:extendCancel");
        browser.open("/petitions/detail.xhtml?no=" + receiptNo);
        assertThat(pages.text("deadline"))
                .as("the refused extension changed nothing")
                .isEqualTo(extended);

        openAction("actionForm:openTransfer", "actionForm:transferSave");
        pages.type("actionForm:transferHandlerNo", "100004");
        pages.ajax("actionForm:transferSave");
        seeText("이송했습니다");
    }

    @Test
    void a_change_made_in_another_tab_first_is_refused_as_a_conflict_and_the_page_offers_a_refresh() {
        String receiptNo =
                RUN + "-TAB" + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase();
        String body = "{\"typeCode\":\"G0006\",\"receivedAt\":\""
                + MINUTES.format(OfficeTime.now().minusDays(2))
                + "\",\"handlerNo\":\"900001\",\"channel\":\"ONLINE\",\"resident\":\"IN\"}";
        PortalSession api = PortalSession.anonymous();
        HttpResponse<String> created = api.send(HttpRequest.newBuilder(api.uri("/api/v1/petitions/" + receiptNo))
                .header("Authorization", "Bearer " + PortalServer.API_KEY)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.signIn(DemoUser.EMPLOYEE.username(), PortalServer.DEMO_PASSWORD);
        WebDriver d = browser.driver();
        browser.open("/petitions/detail.xhtml?no=" + receiptNo);
        pages.awaitLoaded();
        String firstTab = d.getWindowHandle();

        d.switchTo().newWindow(WindowType.TAB);
        browser.open("/petitions/detail.xhtml?no=" + receiptNo);
        pages.awaitLoaded();
        openAction("actionForm:openStop", "actionForm:stopSave");
        pages.ajax("actionForm:stopSave");
        seeText("처리기간을 정지했습니다");
        d.close();
        d.switchTo().window(firstTab);

        openAction("actionForm:openComplete", "actionForm:completeSave");
        pages.ajax("actionForm:completeSave");
        seeText("다른 사람이 먼저 바꾸었습니다");
        browser.screenshot("petition-conflict");
        pages.ajax("actionForm:refresh");
        seeText("정지 중");
        openAction("actionForm:openComplete", "actionForm:completeSave");
        pages.ajax("actionForm:completeSave");
        seeText("결재 완료로 처리했습니다");
    }

    @Test
    void the_auditor_sorts_the_overdue_list_by_days_overdue() {
        browser.signIn(DemoUser.AUDITOR.username(), PortalServer.DEMO_PASSWORD);
        browser.open("/petitions/overdue.xhtml");
        By column = By.id("listForm:petitions:colDaysOverdue");
        pages.await().until(ExpectedConditions.elementToBeClickable(column)).click();
        pages.awaitAjax();
        pages.await().until(ExpectedConditions.attributeContains(column, "aria-sort", "ascending"));
    }
}
