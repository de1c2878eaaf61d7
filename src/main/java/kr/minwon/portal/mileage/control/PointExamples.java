package kr.minwon.portal.mileage.control;

import java.util.List;
import java.util.Optional;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;

/**
 * Worked examples for "how points are computed" (issue 18): a few typical petitions scored by the rules given, so
 * the page shows what the rule set in force really gives, not what a text once said it would.
 */
public final class PointExamples {

    /** One petition and its score under the rules; empty score when it takes no part. */
    public record Example(
            int legalDays, int usedDays, boolean compound, int lateDays, boolean excluded, Optional<Score> score) {}

    private PointExamples() {}

    public static List<Example> of(RuleSet rules) {
        return List.of(
                example(rules, 7, 3, false, 0, Outcome.GRANTED),
                example(rules, 14, 5, false, 0, Outcome.GRANTED),
                example(rules, 20, 6, true, 0, Outcome.GRANTED),
                example(rules, 5, 5, false, 0, Outcome.GRANTED),
                example(rules, 7, 9, false, 2, Outcome.GRANTED),
                example(rules, 7, 2, false, 0, Outcome.WITHDRAWN));
    }

    static Example example(RuleSet rules, int legal, int used, boolean compound, int late, Outcome outcome) {
        PetitionFacts facts =
                new PetitionFacts("example", DeadlineMode.DAYS, legal, used, compound, outcome, true, late == 0, late);
        return new Example(legal, used, compound, late, outcome != Outcome.GRANTED, PointRules.score(rules, facts));
    }
}
