package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PointRulesTest {

    private static PetitionFacts days(double legal, double used) {
        return PetitionFacts.unextended(
                "R-1", legal >= 6 ? DeadlineMode.DAYS : DeadlineMode.HOURS, legal, used, false, Outcome.GRANTED, true);
    }

    private static PetitionFacts compound(double legal, double used) {
        return PetitionFacts.unextended(
                "R-1", legal >= 6 ? DeadlineMode.DAYS : DeadlineMode.HOURS, legal, used, true, Outcome.GRANTED, true);
    }

    private static BigDecimal points(Presets preset, PetitionFacts facts) {
        return PointRules.score(preset.rules(), facts).orElseThrow().points();
    }

    @Nested
    class Seongdong2009 {
        private final Presets p = Presets.SEONGDONG_2009;

        @Test
        void shortPeriodsEarnOnePointPerDaySaved() {
            assertThat(points(p, days(3, 1))).isEqualByComparingTo("2");
            assertThat(points(p, days(6, 1))).isEqualByComparingTo("5");
        }

        @Test
        void sevenToThirteenDayPeriodsEarnOnePointPerTwoWholeDays() {
            assertThat(points(p, days(7, 3))).isEqualByComparingTo("2");
            assertThat(points(p, days(10, 3))).isEqualByComparingTo("3");
        }

        @Test
        void fourteenToNineteenDayPeriodsEarnOnePointPerFour() {
            assertThat(points(p, days(14, 5))).isEqualByComparingTo("2");
            assertThat(points(p, days(19, 4))).isEqualByComparingTo("3");
        }

        @Test
        void twentyDaysAndMoreEarnOnePointPerFive() {
            assertThat(points(p, days(20, 4))).isEqualByComparingTo("3");
            assertThat(points(p, days(30, 1))).isEqualByComparingTo("5");
        }

        @Test
        void oneDayPeriodsTakeNoPart() {
            assertThat(PointRules.score(p.rules(), days(1, 0.2))).isEmpty();
        }

        @Test
        void hourModeFractionsCountOnlyWholeDaysSaved() {
            assertThat(points(p, days(3, 1.4))).isEqualByComparingTo("1");
            assertThat(points(p, days(2, 1.1))).isEqualByComparingTo("0");
        }

        @Test
        void aPartOfALateDayCountsWhole() {
            Score late = PointRules.score(p.rules(), days(5, 6.2)).orElseThrow();
            assertThat(late.kind()).isEqualTo(Score.Kind.PENALTY);
            assertThat(late.points()).isEqualByComparingTo("-2");
        }

        @Test
        void latePenaltyStopsAtTwentyPoints() {
            assertThat(points(p, days(10, 35))).isEqualByComparingTo("-20");
        }

        @Test
        void compoundPetitionsEarnHalfAsMuchAgain() {
            assertThat(points(p, compound(5, 2))).isEqualByComparingTo("4.5");
        }

        @Test
        void lateCompoundPetitionsCostTheSameAsSimpleOnes() {
            assertThat(points(p, compound(5, 5.5))).isEqualByComparingTo("-1");
        }

        @Test
        void withdrawnReturnedAndTransferredPetitionsTakeNoPart() {
            for (Outcome o : new Outcome[] {Outcome.WITHDRAWN, Outcome.RETURNED, Outcome.TRANSFERRED}) {
                assertThat(PointRules.score(
                                p.rules(), PetitionFacts.unextended("R", DeadlineMode.DAYS, 7, 2, false, o, true)))
                        .isEmpty();
            }
            assertThat(PointRules.score(
                            p.rules(),
                            PetitionFacts.unextended("R", DeadlineMode.DAYS, 7, 2, false, Outcome.REFUSED, true)))
                    .isPresent();
        }

        @Test
        void typesOutsideTheSchemeTakeNoPart() {
            assertThat(PointRules.score(
                            p.rules(),
                            PetitionFacts.unextended("R", DeadlineMode.DAYS, 7, 2, false, Outcome.GRANTED, false)))
                    .isEmpty();
        }

        @Test
        void explanationSaysHowThePointsCame() {
            Score s = PointRules.score(p.rules(), days(7, 3)).orElseThrow();
            assertThat(s.explanation()).isEqualTo("법정 7일, 3일 만에 처리 → 4일 단축 (2일당 1점) → 2점");
        }

        @Test
        void onTimeWithNothingSavedEarnsZero() {
            Score s = PointRules.score(p.rules(), days(7, 7)).orElseThrow();
            assertThat(s.kind()).isEqualTo(Score.Kind.AWARD);
            assertThat(s.points()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Mois2008 {
        private final Presets p = Presets.MOIS_2008;

        @Test
        void everyDaySavedEarnsAPointWhateverThePeriod() {
            assertThat(points(p, days(2, 1))).isEqualByComparingTo("1");
            assertThat(points(p, days(30, 10))).isEqualByComparingTo("20");
        }

        @Test
        void everyLateDayCostsAPointWithoutLimit() {
            assertThat(points(p, days(10, 35))).isEqualByComparingTo("-25");
        }

        @Test
        void compoundWeightIsOneAndAHalf() {
            assertThat(points(p, compound(10, 7))).isEqualByComparingTo("4.5");
        }
    }

    @Nested
    class JungGu2011 {
        private final Presets p = Presets.JUNG_GU_2011;

        @Test
        void periodsUnderThreeDaysTakeNoPart() {
            assertThat(PointRules.score(p.rules(), days(2, 0.5))).isEmpty();
        }

        @Test
        void aCaseEarnsAtMostFivePoints() {
            assertThat(points(p, days(10, 2))).isEqualByComparingTo("5");
        }

        @Test
        void compoundAddsHalfAPointAfterTheCap() {
            assertThat(points(p, compound(10, 2))).isEqualByComparingTo("5.5");
            assertThat(points(p, compound(4, 2))).isEqualByComparingTo("2.5");
        }

        @Test
        void compoundAddOnNeedsSomethingEarned() {
            assertThat(points(p, compound(4, 3.5))).isEqualByComparingTo("0");
        }
    }

    @Test
    void daysAreWrittenWithoutATrailingZero() {
        assertThat(PointRules.days(7.0)).isEqualTo("7");
        assertThat(PointRules.days(2.46)).isEqualTo("2.5");
        Optional<Score> s = PointRules.score(Presets.SEONGDONG_2009.rules(), days(3, 1.4));
        assertThat(s.orElseThrow().explanation()).isEqualTo("법정 3일, 1.4일 만에 처리 → 1.6일 단축 → 1점");
    }
}
