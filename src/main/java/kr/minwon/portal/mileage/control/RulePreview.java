package kr.minwon.portal.mileage.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "This rule set would have given these points to these people": petitions of a finished period scored under a
 * candidate rule set, summed per handler beside the points their ledger scores give now. Adjustments are left out on
 * both sides: rules do not change them.
 */
public final class RulePreview {

    /** A petition of the period with its handler and the live ledger points for it (zero when none). */
    public record Input(
            String handlerNo, String handlerName, String unitName, PetitionFacts facts, BigDecimal current) {}

    public record Row(
            String employeeNo, String name, String unitName, BigDecimal current, BigDecimal wouldBe, int petitions)
            implements Serializable {

        public BigDecimal change() {
            return wouldBe.subtract(current);
        }
    }

    private RulePreview() {}

    /** Per person, most points under the candidate first, then by employee number. */
    public static List<Row> perPerson(RuleSet candidate, List<Input> inputs) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Input in : inputs) {
            Optional<Score> s = PointRules.score(candidate, in.facts());
            BigDecimal would = s.map(Score::points).orElse(BigDecimal.ZERO);
            BigDecimal current = in.current() == null ? BigDecimal.ZERO : in.current();
            if (s.isEmpty() && current.signum() == 0) {
                continue;
            }
            rows.merge(
                    in.handlerNo(),
                    new Row(in.handlerNo(), in.handlerName(), in.unitName(), current, would, 1),
                    (a, b) -> new Row(
                            a.employeeNo(),
                            a.name(),
                            a.unitName(),
                            a.current().add(b.current()),
                            a.wouldBe().add(b.wouldBe()),
                            a.petitions() + 1));
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(Row::wouldBe).reversed().thenComparing(Row::employeeNo));
        return out;
    }
}
