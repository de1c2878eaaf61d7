package kr.minwon.portal.petition.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineResourceTest {

    private static final DeadlineCalculator CALCULATOR =
            new DeadlineCalculator(WorkingCalendar.bundled(WorkingHours.standard()));

    @ParameterizedTest(name = "{1} {2} received {0} is due {3}")
    @CsvSource({
        // The worked examples of DOMAIN.md §2
        "2026-05-29T15:00, 3,  DAY,       2026-06-04T15:00, HOURS, 1440",
        "2026-04-30T16:30, 1,  DAY,       2026-05-04T16:30, HOURS, 480",
        "2026-07-16T16:00, ,   IMMEDIATE, 2026-07-20T10:00, HOURS, 180",
        "2026-09-18T10:00, 7,  DAY,       2026-09-30T18:00, DAYS,  3360",
        "2027-02-03T10:00, 10, DAY,       2027-02-18T18:00, DAYS,  4800",
        "2025-09-29T10:00, 14, DAY,       2025-10-23T18:00, DAYS,  6720",
    })
    void answersEveryWorkedExampleOfTheDomain(
            String receivedAt, String period, String unit, String deadline, String mode, long minutes) {
        JsonObject answer = DeadlineResource.answer(CALCULATOR, receivedAt, period, unit);

        assertThat(answer.getString("deadline")).isEqualTo(deadline);
        assertThat(answer.getString("mode")).isEqualTo(mode);
        assertThat(answer.getJsonNumber("workingMinutes").longValue()).isEqualTo(minutes);
        assertThat(answer.keySet()).containsExactly("deadline", "mode", "workingMinutes", "provisional");
        assertThat(answer.getBoolean("provisional"))
                .as("holidays are loaded through 2027")
                .isFalse();
    }

    @Test
    void writesTheExampleOfTheInterfaceExactly() {
        assertThat(DeadlineResource.answer(CALCULATOR, "2026-05-29T15:00", "3", "DAY")
                        .toString())
                .isEqualTo(
                        "{\"deadline\":\"2026-06-04T15:00\",\"mode\":\"HOURS\",\"workingMinutes\":1440,\"provisional\":false}");
    }

    @ParameterizedTest(name = "{1} days received {0}: due {2}, provisional {3}")
    @CsvSource({
        // 7 days counted in working days, the day of receipt first. Inside the table: 12-27 is a substitute holiday
        "2027-12-21T10:00, 7,  2027-12-30T18:00, false",
        // the table ends on 2027-12-31: a deadline in 2028 skips weekends only and says so
        "2027-12-28T10:00, 7,  2028-01-05T18:00, true",
        "2030-03-04T09:00, 7,  2030-03-12T18:00, true",
        // 2029-12-25 and 2030-01-01 will be holidays; not loaded, they count as working days
        "2029-12-24T09:00, 7,  2030-01-01T18:00, true",
    })
    void aDeadlinePastTheHolidayTableComputesWithWeekendsOnlyAndIsProvisional(
            String receivedAt, String days, String deadline, boolean provisional) {
        JsonObject answer = DeadlineResource.answer(CALCULATOR, receivedAt, days, "DAY");

        assertThat(answer.getString("deadline")).isEqualTo(deadline);
        assertThat(answer.getBoolean("provisional")).isEqualTo(provisional);
    }

    @Test
    void takesADateAloneAsReceivedThatDayAndASpacedTime() {
        assertThat(DeadlineResource.answer(CALCULATOR, "2026-09-18", "7", "day").getString("deadline"))
                .isEqualTo("2026-09-30T18:00");
        assertThat(DeadlineResource.answer(CALCULATOR, "2026-05-29 15:00", "3", "DAY")
                        .getString("deadline"))
                .isEqualTo("2026-06-04T15:00");
    }

    @Test
    void namesEveryBadParameterAsABadRequest() {
        assertThatThrownBy(() -> DeadlineResource.answer(CALCULATOR, "29.05.2026", "0", "FORTNIGHT"))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors())
                            .extracting(Problem.FieldError::field)
                            .containsExactlyInAnyOrder("receivedAt", "unit", "period");
                });
    }

    @Test
    void needsNoPeriodForImmediate() {
        assertThat(DeadlineResource.answer(CALCULATOR, "2026-07-16T16:00", null, "IMMEDIATE")
                        .getString("mode"))
                .isEqualTo("HOURS");
    }
}
