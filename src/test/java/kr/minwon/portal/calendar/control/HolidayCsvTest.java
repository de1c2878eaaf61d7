package kr.minwon.portal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    @Test
    void theBundledFileHoldsThreeYearsOfHolidays() {
        List<Holiday> holidays = HolidayCsv.bundled();
        assertThat(holidays).hasSize(65);
        assertThat(holidays)
                .contains(
                        new Holiday(LocalDate.of(2026, 6, 3), "전국동시지방선거", HolidayKind.ELECTION),
                        new Holiday(LocalDate.of(2025, 1, 27), "임시공휴일", HolidayKind.TEMPORARY),
                        new Holiday(LocalDate.of(2027, 12, 27), "기독탄신일 대체공휴일", HolidayKind.SUBSTITUTE));
    }

    @Test
    void aLineWithAnUnknownKindNamesItsLineNumber() {
        assertThatThrownBy(() ->
                        HolidayCsv.read(new StringReader("date,name,kind\n2026-01-01,x,PUBLIC\n2026-01-02,y,NONE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Line 3");
    }

    @Test
    void aLocalHolidayCanBeRead() throws Exception {
        assertThat(HolidayCsv.read(new StringReader("2026-04-10,구민의 날,local")))
                .containsExactly(new Holiday(LocalDate.of(2026, 4, 10), "구민의 날", HolidayKind.LOCAL));
    }
}
