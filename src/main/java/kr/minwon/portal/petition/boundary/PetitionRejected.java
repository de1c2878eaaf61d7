package kr.minwon.portal.petition.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.petition.control.PetitionRules;

/** A petition change that breaks the rules: each bad field with its reason. */
@ApplicationException(rollback = true)
public class PetitionRejected extends RuntimeException {

    private final List<PetitionRules.Violation> violations;

    public PetitionRejected(List<PetitionRules.Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public PetitionRejected(String field, String reason) {
        this(List.of(new PetitionRules.Violation(field, reason)));
    }

    public List<PetitionRules.Violation> violations() {
        return violations;
    }
}
