package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecialDayRequestTest {

    private static final String BASE = "https://apis.data.go.kr/B090041/openapi/service/SpcdeInfoService/getRestDeInfo";

    @Test
    void aPlainKeyIsEncodedAndTheWholeYearIsAskedForAsJson() {
        String uri = SpecialDayRequest.uri(BASE, "ab+c/d==", 2027).toString();
        assertThat(uri)
                .startsWith(BASE + "?")
                .contains("ServiceKey=ab%2Bc%2Fd%3D%3D")
                .contains("solYear=2027")
                .contains("numOfRows=100")
                .contains("_type=json")
                .doesNotContain("solMonth");
    }

    @Test
    void anEncodedKeyIsSentAsItIs() {
        assertThat(SpecialDayRequest.uri(BASE, "ab%2Bc", 2028).toString()).contains("ServiceKey=ab%2Bc&");
    }

    @Test
    void aBaseWithAQueryGetsTheParametersAppended() {
        assertThat(SpecialDayRequest.uri("http://x/api?v=1", "k", 2027).toString())
                .startsWith("http://x/api?v=1&ServiceKey=k&");
    }

    @Test
    void theKeyIsBlankedOutOfMessagesInBothSpellings() {
        assertThat(SpecialDayRequest.withoutKey("GET http://x?ServiceKey=a%2Bb failed for a+b", "a+b"))
                .isEqualTo("GET http://x?ServiceKey=*** failed for ***");
    }
}
