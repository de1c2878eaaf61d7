import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;

/**
 * Prints deadline computations per second on one thread, without stops or extensions. A plain main method rather
 * than a test so the build never depends on the machine's speed; run it from bench/ (see README.md).
 */
public final class DeadlineThroughput {

    private static final int INPUTS = 1 << 16;

    private DeadlineThroughput() {
    }

    public static void main(String[] args) {
        DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendar.bundled(WorkingHours.standard()));
        LocalDateTime[] receipts = new LocalDateTime[INPUTS];
        LegalPeriod[] periods = new LegalPeriod[INPUTS];
        SplittableRandom random = new SplittableRandom(42);
        LegalPeriod[] catalogue = {LegalPeriod.immediate(), LegalPeriod.days(1), LegalPeriod.days(3),
            LegalPeriod.days(5), LegalPeriod.days(7), LegalPeriod.days(10), LegalPeriod.days(14),
            LegalPeriod.days(30), new LegalPeriod(1, PeriodUnit.MONTH), LegalPeriod.hours(4)};
        for (int i = 0; i < INPUTS; i++) {
            receipts[i] = LocalDateTime.of(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1000)),
                    LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L));
            periods[i] = catalogue[random.nextInt(catalogue.length)];
        }
        long checksum = 0;
        for (int round = 0; round < 5; round++) {
            long count = 0;
            long began = System.nanoTime();
            long until = began + 1_000_000_000L;
            while (System.nanoTime() < until) {
                for (int i = 0; i < INPUTS; i++) {
                    checksum += calculator.compute(receipts[i], periods[i]).deadline().getMinute();
                }
                count += INPUTS;
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("round %d: %,.0f deadlines/s%n", round + 1, count / seconds);
        }
        System.out.println("checksum " + checksum);
    }
}
