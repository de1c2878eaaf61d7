package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodRanksTest {

    private static PeriodRanks.Line line(String total, long unit, long dept) {
        return new PeriodRanks.Line(new BigDecimal(total), unit, dept);
    }

    private static final List<PeriodRanks.Line> LINES =
            List.of(line("30", 1, 10), line("20", 1, 10), line("20", 2, 10), line("15", 3, 20), line("10", 1, 10));

    @Test
    void tiedPeopleShareTheirPlaceAndTheNextPlaceIsSkipped() {
        PeriodRanks r = PeriodRanks.of(new BigDecimal("20"), 2, 10, true, LINES);
        assertThat(r.office()).isEqualTo(2);
        assertThat(r.department()).isEqualTo(2);
        assertThat(r.team()).isEqualTo(1);
        PeriodRanks next = PeriodRanks.of(new BigDecimal("15"), 3, 20, true, LINES);
        assertThat(next.office()).isEqualTo(4);
    }

    @Test
    void sizesCountThePeopleOfEachUnit() {
        PeriodRanks r = PeriodRanks.of(new BigDecimal("10"), 1, 10, true, LINES);
        assertThat(r.officeSize()).isEqualTo(5);
        assertThat(r.departmentSize()).isEqualTo(4);
        assertThat(r.teamSize()).isEqualTo(3);
        assertThat(r.team()).isEqualTo(3);
        assertThat(r.department()).isEqualTo(4);
        assertThat(r.office()).isEqualTo(5);
    }

    @Test
    void someoneWithoutPointsComesAfterEveryoneWithMoreAndCountsInTheSizes() {
        PeriodRanks r = PeriodRanks.of(BigDecimal.ZERO, 3, 20, false, LINES);
        assertThat(r.office()).isEqualTo(6);
        assertThat(r.officeSize()).isEqualTo(6);
        assertThat(r.team()).isEqualTo(2);
        assertThat(r.teamSize()).isEqualTo(2);
    }

    @Test
    void noUnitMeansNoUnitRank() {
        PeriodRanks r = PeriodRanks.of(new BigDecimal("40"), -1, -1, false, LINES);
        assertThat(r.team()).isNull();
        assertThat(r.department()).isNull();
        assertThat(r.office()).isEqualTo(1);
    }
}
