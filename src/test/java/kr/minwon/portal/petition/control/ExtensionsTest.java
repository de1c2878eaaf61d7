package kr.minwon.portal.petition.control;

import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.CALCULATOR;
import static kr.minwon.portal.petition.control.DeadlineCalculatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

    private static Deadline compute(String received, LegalPeriod period, Extension... extensions) {
        return CALCULATOR.compute(at(received), period, List.of(), List.of(extensions));
    }

    @Test
    void aFirstExtensionAddsWorkingDaysAfterTheOriginalPeriod() {
        Deadline deadline = compute("2026-06-08T10:00", LegalPeriod.days(7), new Extension(7, "현장 확인", false));
        assertThat(deadline.legalDeadline()).isEqualTo(at("2026-06-16T18:00"));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-25T18:00"));
    }

    @Test
    void aSecondExtensionWithConsentIsAllowed() {
        Deadline deadline = compute(
                "2026-06-08T10:00",
                LegalPeriod.days(7),
                new Extension(7, "현장 확인", false),
                new Extension(7, "관계기관 협의", true));
        assertThat(deadline.deadline()).isEqualTo(at("2026-07-06T18:00"));
    }

    @Test
    void anHourPeriodIsExtendedInWorkingHours() {
        Deadline deadline = compute("2026-05-29T15:00", LegalPeriod.days(3), new Extension(1, "서류 확인", false));
        assertThat(deadline.deadline()).isEqualTo(at("2026-06-05T15:00"));
        assertThat(deadline.allowedMinutes()).isEqualTo(1920);
    }

    @Test
    void aMonthPeriodIsExtendedFromTheDayAfterItEnded() {
        Deadline deadline =
                compute("2025-01-31T10:00", new LegalPeriod(1, PeriodUnit.MONTH), new Extension(1, "감정 의뢰", false));
        assertThat(deadline.deadline()).isEqualTo(at("2025-03-31T18:00"));
    }

    @Test
    void aSecondExtensionWithoutConsentIsRefused() {
        assertThatThrownBy(() -> compute(
                        "2026-06-08T10:00",
                        LegalPeriod.days(7),
                        new Extension(7, "a", false),
                        new Extension(3, "b", false)))
                .isInstanceOf(ExtensionWithoutConsent.class);
    }

    @Test
    void anExtensionLongerThanTheOriginalPeriodIsRefused() {
        assertThatThrownBy(() -> compute("2026-06-08T10:00", LegalPeriod.days(7), new Extension(8, "a", false)))
                .isInstanceOf(ExtensionExceedsOriginalPeriod.class)
                .isInstanceOf(ExtensionRefused.class);
    }

    @Test
    void aThirdExtensionIsRefused() {
        assertThatThrownBy(() -> compute(
                        "2026-06-08T10:00",
                        LegalPeriod.days(7),
                        new Extension(7, "a", false),
                        new Extension(7, "b", true),
                        new Extension(1, "c", true)))
                .isInstanceOf(ExtensionLimitReached.class);
    }

    @Test
    void anImmediatePetitionMayBeExtendedByAtMostThreeHours() {
        assertThat(compute("2026-07-16T16:00", LegalPeriod.immediate(), new Extension(3, "a", false))
                        .deadline())
                .isEqualTo(at("2026-07-20T14:00"));
        assertThatThrownBy(() -> compute("2026-07-16T16:00", LegalPeriod.immediate(), new Extension(4, "a", false)))
                .isInstanceOf(ExtensionExceedsOriginalPeriod.class);
    }

    @Test
    void anExtensionNeedsAWrittenReason() {
        assertThatThrownBy(() -> new Extension(1, " ", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
