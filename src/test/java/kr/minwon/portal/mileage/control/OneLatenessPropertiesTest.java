package kr.minwon.portal.mileage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.control.StopReason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The one measure of lateness (DOMAIN.md §4), over random petitions under every preset rule set: receipts at any
 * minute (nights, weekends, holidays), hour-, day- and calendar-counted periods (HOUR units of 49–55 hours among
 * them), clock stops between receipt and approval, one or two extensions, approvals at any minute (in lunch, after
 * hours, on holidays) and exactly at the deadline in force. A petition is late exactly when it is approved after that
 * deadline; on time ⇔ no penalty; late by any amount ⇔ at least one day's penalty; an on-time petition never loses
 * points and one approved exactly at its deadline earns nothing; every eligible legal period has a band.
 */
class OneLatenessPropertiesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled(WorkingHours.standard());
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    /** A generated petition: its deadline in force and the moment it was approved. */
    record Case(
            LegalPeriod period,
            LocalDateTime receivedAt,
            List<ClockStop> stops,
            List<Extension> extensions,
            LocalDateTime approvedAt,
            Deadline deadline,
            boolean compound,
            String kind) {

        PetitionFacts facts() {
            return PetitionFacts.of("R", deadline, approvedAt, compound, Outcome.GRANTED, true);
        }

        @Override
        public String toString() {
            return period + " received " + receivedAt + " stops " + stops + " extensions " + extensions.size()
                    + " approved " + approvedAt + " deadline " + deadline.deadline() + " (" + kind + ")";
        }
    }

    @Property(tries = 10_000)
    void seongdong2009(@ForAll("petitions") Case c) {
        check(Presets.SEONGDONG_2009.rules(), c);
    }

    @Property(tries = 10_000)
    void mois2008(@ForAll("petitions") Case c) {
        check(Presets.MOIS_2008.rules(), c);
    }

    @Property(tries = 10_000)
    void jungGu2011(@ForAll("petitions") Case c) {
        check(Presets.JUNG_GU_2011.rules(), c);
    }

    private static void check(RuleSet rules, Case c) {
        PetitionFacts facts = c.facts();
        boolean late = c.approvedAt().isAfter(c.deadline().deadline());
        Statistics.label("late").collect(late);
        Statistics.label("kind").collect(c.kind());
        Statistics.label("mode").collect(c.deadline().mode());
        Statistics.label("stops").collect(c.stops().size());
        Statistics.label("extensions").collect(c.extensions().size());

        // One flag: the engine's lateness is "approved after the deadline in force", nothing else.
        assertThat(facts.onTime()).as("on time of %s", c).isEqualTo(!late);
        assertThat(facts.lateDays() >= 1).as("days late of %s", c).isEqualTo(late);

        Optional<Score> score = PointRules.score(rules, facts);
        if (facts.legalDays() < rules.minLegalDays()) {
            assertThat(score).as("too short to score: %s", c).isEmpty();
            return;
        }
        // Every band covers every legal period: an eligible petition always gets a score.
        assertThat(score).as("a band for %s", c).isPresent();
        Score s = score.orElseThrow();
        if (late) {
            BigDecimal oneDay = rules.latePenaltyPerDay();
            if (rules.latePenaltyCap() != null) {
                oneDay = oneDay.min(BigDecimal.valueOf(rules.latePenaltyCap()));
            }
            assertThat(s.kind()).as("kind of %s", c).isEqualTo(Score.Kind.PENALTY);
            assertThat(s.points()).as("penalty of %s", c).isLessThanOrEqualTo(oneDay.negate());
        } else {
            assertThat(s.kind()).as("kind of %s", c).isEqualTo(Score.Kind.AWARD);
            assertThat(s.points()).as("award of %s", c).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (c.extensions().isEmpty()) {
                // Savings against the legal period, net of stops by the rule that moved the deadline.
                assertThat(facts.usedDays()).as("time used of %s", c).isLessThanOrEqualTo(facts.legalDays());
            }
        }
        if (c.approvedAt().equals(c.deadline().deadline())) {
            // Approved exactly at the deadline in force: on time, and it saved nothing (extended ones scored 0).
            assertThat(late).isFalse();
            assertThat(s.points()).as("points at the deadline of %s", c).isEqualByComparingTo(BigDecimal.ZERO);
            if (c.extensions().isEmpty() && c.deadline().mode() != DeadlineMode.HOURS) {
                assertThat(facts.usedDays()).as("used at the deadline of %s", c).isEqualTo(facts.legalDays());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Case> petitions() {
        Arbitrary<LocalDateTime> receipts = Combinators.combine(
                        Arbitraries.integers().between(0, 2 * 365),
                        Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> LocalDateTime.of(FIRST.plusDays(day), LocalTime.ofSecondOfDay(minute * 60L)));
        Arbitrary<LegalPeriod> periods = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(LegalPeriod.immediate())),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 60).map(LegalPeriod::hours)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(49, 55).map(LegalPeriod::hours)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 30).map(LegalPeriod::days)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.integers().between(1, 4).map(n -> new LegalPeriod(n, PeriodUnit.WEEK))),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.integers().between(1, 3).map(n -> new LegalPeriod(n, PeriodUnit.MONTH))));
        Arbitrary<String> approvalKinds = Arbitraries.of(
                "any minute",
                "at the deadline",
                "just before",
                "just after",
                "after hours on the deadline day",
                "lunch",
                "holiday or weekend");
        // Raw stop material: offsets in per-mille of the time between receipt and approval, and a reason.
        Arbitrary<List<int[]>> stopShapes = Combinators.combine(
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, StopReason.values().length - 1))
                .as((a, b, r) -> new int[] {Math.min(a, b), Math.max(a, b), r})
                .list()
                .ofMaxSize(3);
        Arbitrary<Integer> extensionCounts = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(3, 1), net.jqwik.api.Tuple.of(1, 2));
        Arbitrary<Integer> spread = Arbitraries.integers().between(0, 60 * 24 * 60);
        return Combinators.combine(
                        periods,
                        receipts,
                        stopShapes,
                        extensionCounts,
                        approvalKinds,
                        spread,
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.of(true, false))
                .as(OneLatenessPropertiesTest::build);
    }

    private static Case build(
            LegalPeriod period,
            LocalDateTime receivedAt,
            List<int[]> shapes,
            int extensionCount,
            String kind,
            int spreadMinutes,
            int extensionPercent,
            boolean compound) {
        List<Extension> extensions = new ArrayList<>();
        for (int i = 0; i < extensionCount; i++) {
            int amount = Math.max(1, period.extensionCeiling() * extensionPercent / 100);
            extensions.add(new Extension(amount, "사유", i > 0));
        }
        // First pass without stops tells roughly where the deadline lies; approvals are drawn around it.
        Deadline plain = CALCULATOR.compute(receivedAt, period, List.of(), extensions);
        LocalDateTime approvedAt = approval(kind, receivedAt, plain.deadline(), spreadMinutes);
        List<ClockStop> stops = stops(shapes, receivedAt, approvedAt);
        Deadline deadline = CALCULATOR.compute(receivedAt, period, stops, extensions);
        if (!stops.isEmpty()) {
            // With stops the deadline moved: re-aim the deadline-relative kinds at the deadline in force, keeping the
            // stops inside receipt..approval.
            LocalDateTime aimed = approval(kind, receivedAt, deadline.deadline(), spreadMinutes);
            if (!aimed.isBefore(stops.get(stops.size() - 1).endedAt())) {
                approvedAt = aimed;
            }
        }
        return new Case(period, receivedAt, stops, extensions, approvedAt, deadline, compound, kind);
    }

    private static LocalDateTime approval(String kind, LocalDateTime receivedAt, LocalDateTime deadline, int spread) {
        LocalDateTime at = switch (kind) {
            case "at the deadline" -> deadline;
            case "just before" -> deadline.minusMinutes(1 + spread % 30);
            case "just after" -> deadline.plusMinutes(1 + spread % 30);
            case "after hours on the deadline day" ->
                deadline.toLocalDate().atTime(18, 0).plusMinutes(1 + spread % 300);
            case "lunch" -> deadline.toLocalDate().plusDays(spread % 3 - 1).atTime(12, spread % 60);
            case "holiday or weekend" ->
                nonWorkingDayNear(deadline.toLocalDate(), spread % 5 - 2).atTime(10 + spread % 10, 0);
            default -> receivedAt.plusMinutes(spread);
        };
        return at.isBefore(receivedAt) ? receivedAt : at;
    }

    private static LocalDate nonWorkingDayNear(LocalDate day, int direction) {
        LocalDate d = day;
        int step = direction < 0 ? -1 : 1;
        while (CALENDAR.isWorkingDay(d)) {
            d = d.plusDays(step);
        }
        return d;
    }

    /** Disjoint stops that lie between receipt and approval, as the portal now requires of every stop. */
    private static List<ClockStop> stops(List<int[]> shapes, LocalDateTime receivedAt, LocalDateTime approvedAt) {
        long span = java.time.Duration.between(receivedAt, approvedAt).toMinutes();
        if (span < 2) {
            return List.of();
        }
        List<ClockStop> out = new ArrayList<>();
        LocalDateTime floor = receivedAt;
        for (int[] s :
                shapes.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toList()) {
            LocalDateTime from = receivedAt.plusMinutes(span * s[0] / 1000);
            LocalDateTime to = receivedAt.plusMinutes(span * s[1] / 1000);
            if (from.isBefore(floor)) {
                from = floor;
            }
            if (!to.isAfter(from)) {
                continue;
            }
            out.add(new ClockStop(StopReason.values()[s[2]], from, to));
            floor = to;
        }
        return out;
    }
}
