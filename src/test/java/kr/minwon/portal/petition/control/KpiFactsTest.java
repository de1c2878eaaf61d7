package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import kr.minwon.portal.petition.entity.Channel;
import org.junit.jupiter.api.Test;

class KpiFactsTest {

    /** Saturday 2026-03-07 14:10, approved Tuesday 2026-03-10. */
    private static final LocalDateTime SATURDAY = LocalDateTime.of(2026, 3, 7, 14, 10);

    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 3, 10, 11, 0);

    private static KpiFacts completed(Outcome outcome, Boolean onTime, Integer late, String legal, String used) {
        return new KpiFacts(
                SATURDAY,
                TUESDAY,
                true,
                outcome,
                7,
                3,
                "OFFICE365",
                "OUT",
                onTime,
                late,
                new BigDecimal(legal),
                used == null ? null : new BigDecimal(used));
    }

    private static long at(Map<KpiFacts.Row, long[]> m, LocalDate day, int column) {
        long[] v = m.get(new KpiFacts.Row(day, 7, 3));
        return v == null ? 0 : v[column];
    }

    @Test
    void theChannelColumnsFollowTheChannelEnum() {
        assertThat(KpiFacts.CHANNELS)
                .containsExactly(Arrays.stream(Channel.values()).map(Enum::name).toArray(String[]::new));
        assertThat(KpiFacts.COLUMNS).hasSize(9 + 32 + 24 + 7).doesNotHaveDuplicates();
    }

    @Test
    void aCompletedPetitionCountsReceiptOnItsReceiptDayAndEverythingElseOnItsApprovalDay() {
        Map<KpiFacts.Row, long[]> c =
                completed(Outcome.GRANTED, false, 2, "8.0", "9.5").contribution();
        LocalDate received = SATURDAY.toLocalDate();
        LocalDate approved = TUESDAY.toLocalDate();
        assertThat(at(c, received, KpiFacts.RECEIVED)).isEqualTo(1);
        assertThat(at(c, received, KpiFacts.COMPLETED)).isZero();
        assertThat(at(c, approved, KpiFacts.COMPLETED)).isEqualTo(1);
        assertThat(at(c, approved, KpiFacts.ON_TIME)).isZero();
        assertThat(at(c, approved, KpiFacts.LATE_DAYS)).isEqualTo(2);
        assertThat(at(c, approved, KpiFacts.LEGAL_TENTHS)).isEqualTo(80);
        assertThat(at(c, approved, KpiFacts.USED_TENTHS)).isEqualTo(95);
        assertThat(at(c, approved, KpiFacts.WEEKEND)).isEqualTo(1);
        int office365 = KpiFacts.CHANNELS.indexOf("OFFICE365");
        assertThat(at(c, approved, KpiFacts.channelCount(office365))).isEqualTo(1);
        assertThat(at(c, approved, KpiFacts.channelWeekend(office365))).isEqualTo(1);
        assertThat(at(c, approved, KpiFacts.channelOut(office365))).isEqualTo(1);
        assertThat(at(c, approved, KpiFacts.receiptHour(14))).isEqualTo(1);
        assertThat(at(c, approved, KpiFacts.receiptWeekday(6))).isEqualTo(1);
    }

    @Test
    void withdrawnCountsOnlyAsReceivedTransferredNowhereAndShortPeriodsOutsideTheReductionScope() {
        assertThat(completed(Outcome.WITHDRAWN, true, 0, "8", "1").contribution())
                .hasSize(1);
        assertThat(completed(Outcome.TRANSFERRED, true, 0, "8", "1").contribution())
                .isEmpty();
        Map<KpiFacts.Row, long[]> shortOne =
                completed(Outcome.RETURNED, true, 0, "1.0", "0.5").contribution();
        assertThat(at(shortOne, TUESDAY.toLocalDate(), KpiFacts.COMPLETED)).isEqualTo(1);
        assertThat(at(shortOne, TUESDAY.toLocalDate(), KpiFacts.ON_TIME)).isEqualTo(1);
        assertThat(at(shortOne, TUESDAY.toLocalDate(), KpiFacts.LEGAL_TENTHS)).isZero();
    }

    @Test
    void theDeltaOfAChangeSubtractsTheOldContributionAndAddsTheNew() {
        KpiFacts open = new KpiFacts(
                SATURDAY, null, false, null, 7, 3, "OFFICE365", "OUT", null, null, new BigDecimal("8.0"), null);
        KpiFacts done = completed(Outcome.GRANTED, true, 0, "8.0", "3.0");
        Map<KpiFacts.Row, long[]> d = KpiFacts.delta(open, done);
        assertThat(d).containsOnlyKeys(new KpiFacts.Row(TUESDAY.toLocalDate(), 7, 3));
        assertThat(at(d, TUESDAY.toLocalDate(), KpiFacts.COMPLETED)).isEqualTo(1);
        Map<KpiFacts.Row, long[]> back = KpiFacts.delta(done, open);
        assertThat(at(back, TUESDAY.toLocalDate(), KpiFacts.USED_TENTHS)).isEqualTo(-30);
        assertThat(KpiFacts.delta(done, done)).isEmpty();
        assertThat(KpiFacts.delta(null, done)).hasSize(2);
        assertThat(at(KpiFacts.delta(done, null), SATURDAY.toLocalDate(), KpiFacts.RECEIVED))
                .isEqualTo(-1);
    }
}
