package kr.minwon.portal.platform.rest;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that cannot be accepted, with every bad field named: thrown by a facade or resource, answered as a problem
 * document with its {@code errors} list. 400 when the request itself is malformed, 422 when it is well-formed but breaks
 * a business rule (INTERFACES.md §2). Other features subclass it or throw it as is.
 */
@ApplicationException(rollback = true)
public class InputRejected extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final List<Problem.FieldError> errors;

    public InputRejected(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        if (status != BAD_REQUEST && status != UNPROCESSABLE) {
            throw new IllegalArgumentException("Input is rejected with 400 or 422, not " + status);
        }
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A business rule broken by one field, e.g. {@code InputRejected.field("period", "1년을 넘을 수 없습니다")}. */
    public static InputRejected field(String field, String reason) {
        return new InputRejected(UNPROCESSABLE, reason, List.of(new Problem.FieldError(field, null, reason)));
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return new Problem(status, ProblemResponses.title(status), getMessage(), errors);
    }
}
