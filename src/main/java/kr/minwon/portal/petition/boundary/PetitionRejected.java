package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;

/**
 * A petition change that breaks the rules: each bad field with its reason. An {@link InputRejected}, so the API
 * answers it as 422 with one {@code errors} entry per field.
 */
@ApplicationException(rollback = true)
public class PetitionRejected extends InputRejected {

    private final List<PetitionRules.Violation> violations;

    public PetitionRejected(List<PetitionRules.Violation> violations) {
        super(
                UNPROCESSABLE,
                violations.stream()
                        .map(v -> v.field() + ": " + v.reason())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""),
                violations.stream()
                        .map(v -> new Problem.FieldError(v.field(), null, v.reason()))
                        .toList());
        this.violations = List.copyOf(violations);
    }

    public PetitionRejected(String field, String reason) {
        this(List.of(new PetitionRules.Violation(field, reason)));
    }

    public List<PetitionRules.Violation> violations() {
        return violations;
    }
}
