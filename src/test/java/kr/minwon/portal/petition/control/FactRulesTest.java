package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The pure rules of issue 13: who may record which facts, and who may approve a correction. */
class FactRulesTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 9));
    private static final Predicate<LocalDate> WORKING = d ->
            d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void the_staff_window_starts_at_the_previous_working_days_start() {
        // Monday 02:00 → Friday 09:00; Tuesday 15:00 → Monday 09:00; the Monday after a Friday holiday → Thursday.
        assertThat(FactRules.staffWindowStart(at("2026-12-07T02:00"), WORKING, NINE))
                .isEqualTo(at("2026-12-04T09:00"));
        assertThat(FactRules.staffWindowStart(at("2026-12-08T15:00"), WORKING, NINE))
                .isEqualTo(at("2026-12-07T09:00"));
        assertThat(FactRules.staffWindowStart(at("2026-10-12T10:00"), WORKING, NINE))
                .isEqualTo(at("2026-10-08T09:00"));
    }

    @Test
    void staff_may_not_back_date_a_stop_nor_stop_a_completed_petition() {
        LocalDateTime now = at("2026-12-08T15:00");
        LocalDateTime window = at("2026-12-07T09:00");
        LocalDateTime received = at("2026-12-01T10:00");
        assertThat(FactRules.staffStop(false, received, at("2026-12-07T09:00"), null, now, window))
                .isEmpty();
        assertThat(FactRules.staffStop(false, received, at("2026-12-07T08:59"), null, now, window))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("startedAt");
        assertThat(FactRules.staffStop(true, received, at("2026-12-08T14:00"), null, now, window))
                .extracting(PetitionRules.Violation::reason)
                .anyMatch(r -> r.contains("정정 요청"));
        assertThat(FactRules.staffStop(false, received, at("2026-12-08T16:00"), null, now, window))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("startedAt");
    }

    @Test
    void the_core_system_stops_lie_between_receipt_and_approval_and_are_closed_on_completed_petitions() {
        LocalDateTime now = at("2026-12-08T15:00");
        LocalDateTime received = at("2026-12-01T10:00");
        LocalDateTime approved = at("2026-12-05T10:00");
        assertThat(FactRules.coreStop(received, approved, at("2026-12-02T09:00"), at("2026-12-03T09:00"), now))
                .isEmpty();
        assertThat(FactRules.coreStop(received, null, at("2026-12-02T09:00"), null, now))
                .as("open petition, open stop")
                .isEmpty();
        assertThat(FactRules.coreStop(received, approved, at("2026-12-02T09:00"), null, now))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("endedAt");
        assertThat(FactRules.coreStop(received, approved, at("2026-11-30T09:00"), at("2026-12-02T09:00"), now))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("startedAt");
        assertThat(FactRules.coreStop(received, approved, at("2026-12-04T09:00"), at("2026-12-06T09:00"), now))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("endedAt");
        assertThat(FactRules.coreStop(received, approved, at("2026-12-06T09:00"), at("2026-12-07T09:00"), now))
                .extracting(PetitionRules.Violation::field)
                .contains("startedAt");
    }

    @Test
    void an_extension_is_decided_after_receipt_not_in_the_future_and_before_the_deadline_then_in_force() {
        LocalDateTime now = at("2026-12-08T15:00");
        LocalDateTime received = at("2026-12-01T10:00");
        LocalDateTime deadline = at("2026-12-04T10:00");
        assertThat(FactRules.extensionDecision(at("2026-12-03T10:00"), received, null, deadline, false, now))
                .isEmpty();
        assertThat(FactRules.extensionDecision(at("2026-12-09T10:00"), received, null, deadline, false, now))
                .extracting(PetitionRules.Violation::reason)
                .allMatch(r -> r.contains("미래"));
        assertThat(FactRules.extensionDecision(at("2026-11-30T10:00"), received, null, deadline, false, now))
                .extracting(PetitionRules.Violation::field)
                .containsExactly("decidedAt");
        assertThat(FactRules.extensionDecision(at("2026-12-05T10:00"), received, null, deadline, false, now))
                .extracting(PetitionRules.Violation::reason)
                .allMatch(r -> r.contains("처리기한"));
        assertThat(FactRules.extensionDecision(at("2026-12-05T10:00"), received, null, deadline, true, now))
                .as("the clock stood still then")
                .isEmpty();
        assertThat(FactRules.extensionDecision(
                        at("2026-12-02T10:00"), received, at("2026-12-03T10:00"), deadline, false, now))
                .as("before the previous extension")
                .hasSize(1);
    }

    @Test
    void a_correction_is_approved_by_a_leader_or_admin_who_neither_asked_nor_is_scored() {
        CorrectionRules.Subject s = new CorrectionRules.Subject("demo.employee", 1L, 2L);
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("demo.head", 6L, false, true), s))
                .isEmpty();
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("demo.admin", 5L, true, false), s))
                .isEmpty();
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("demo.employee", 1L, false, false), s))
                .hasValueSatisfying(r -> assertThat(r).contains("요청한 사람"));
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("demo.manager", 2L, false, true), s))
                .as("the new handler")
                .hasValueSatisfying(r -> assertThat(r).contains("담당자"));
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("x", 1L, true, true), s))
                .as("the handler before, even as admin")
                .isPresent();
        assertThat(CorrectionRules.refusal(new CorrectionRules.Approver("demo.auditor", 4L, false, false), s))
                .isPresent();
    }
}
