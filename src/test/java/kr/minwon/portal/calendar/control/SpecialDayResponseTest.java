package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpecialDayResponseTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header>
            <body><items>
            <item><dateKind>01</dateKind><dateName>추석</dateName><isHoliday>Y</isHoliday><locdate>20260925</locdate><seq>1</seq></item>
            <item><dateKind>01</dateKind><dateName>개천절 대체공휴일</dateName><isHoliday>Y</isHoliday><locdate>20261005</locdate><seq>1</seq></item>
            <item><dateKind>02</dateKind><dateName>국군의 날</dateName><isHoliday>N</isHoliday><locdate>20261001</locdate><seq>1</seq></item>
            </items><numOfRows>10</numOfRows><pageNo>1</pageNo><totalCount>3</totalCount></body></response>
            """;

    private static final String JSON_MANY = """
            {"response":{"header":{"resultCode":"00","resultMsg":"NORMAL SERVICE."},"body":{"items":{"item":[
            {"dateKind":"01","dateName":"전국동시지방선거","isHoliday":"Y","locdate":20260603,"seq":1},
            {"dateKind":"01","dateName":"현충일","isHoliday":"Y","locdate":20260606,"seq":1}
            ]},"numOfRows":10,"pageNo":1,"totalCount":2}}}
            """;

    private static final String JSON_ONE = """
            {"response":{"header":{"resultCode":"00","resultMsg":"NORMAL SERVICE."},"body":{"items":{"item":
            {"dateKind":"01","dateName":"제헌절","isHoliday":"Y","locdate":20260717,"seq":1}
            },"numOfRows":10,"pageNo":1,"totalCount":1}}}
            """;

    private static final String JSON_NONE = """
            {"response":{"header":{"resultCode":"00","resultMsg":"NORMAL SERVICE."},"body":{"items":"","numOfRows":10,"pageNo":1,"totalCount":0}}}
            """;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void xmlKeepsOnlyHolidaysAndGuessesTheirKind() {
        assertThat(SpecialDayResponse.parse(bytes(XML)))
                .containsExactly(
                        new Holiday(LocalDate.of(2026, 9, 25), "추석", HolidayKind.PUBLIC),
                        new Holiday(LocalDate.of(2026, 10, 5), "개천절 대체공휴일", HolidayKind.SUBSTITUTE));
    }

    @Test
    void xmlWithASingleItemIsRead() {
        String one = "<response><body><items><item><dateName>제헌절</dateName><isHoliday>Y</isHoliday>"
                + "<locdate>20260717</locdate></item></items></body></response>";
        assertThat(SpecialDayResponse.parse(bytes(one)))
                .containsExactly(new Holiday(LocalDate.of(2026, 7, 17), "제헌절", HolidayKind.PUBLIC));
    }

    @Test
    void jsonWithAnArrayOfItemsIsRead() {
        assertThat(SpecialDayResponse.parse(bytes(JSON_MANY)))
                .containsExactly(
                        new Holiday(LocalDate.of(2026, 6, 3), "전국동시지방선거", HolidayKind.ELECTION),
                        new Holiday(LocalDate.of(2026, 6, 6), "현충일", HolidayKind.PUBLIC));
    }

    @Test
    void jsonWithASingleItemObjectIsRead() {
        assertThat(SpecialDayResponse.parse(bytes(JSON_ONE)))
                .containsExactly(new Holiday(LocalDate.of(2026, 7, 17), "제헌절", HolidayKind.PUBLIC));
    }

    @Test
    void jsonWithoutItemsGivesNoHolidays() {
        assertThat(SpecialDayResponse.parse(bytes(JSON_NONE))).isEmpty();
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() {
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <response><body><items><item><dateName>&xxe;</dateName><isHoliday>Y</isHoliday>
                <locdate>20260717</locdate></item></items></body></response>
                """;
        assertThatThrownBy(() -> SpecialDayResponse.parse(bytes(attack)))
                .isInstanceOf(SpecialDayResponse.UnreadableResponse.class);
    }

    @Test
    void aSavedErrorReplyIsNotTakenForAnEmptyYear() {
        String error = "<response><header><resultCode>30</resultCode>"
                + "<resultMsg>SERVICE KEY IS NOT REGISTERED ERROR.</resultMsg></header></response>";
        assertThatThrownBy(() -> SpecialDayResponse.parse(bytes(error)))
                .isInstanceOf(SpecialDayResponse.UnreadableResponse.class)
                .hasMessageContaining("30");
    }

    @Test
    void brokenJsonIsReportedAsUnreadable() {
        assertThatThrownBy(() -> SpecialDayResponse.parse(bytes("{\"response\":")))
                .isInstanceOf(SpecialDayResponse.UnreadableResponse.class);
    }
}
