package kr.minwon.portal.mileage.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.rest.ProblemResponses;

/**
 * The mileage API's refusals as RFC 9457 documents through the shared {@code ProblemResponses}: someone else's figures
 * 403, an unknown person 404, a malformed query value (period, level, paging) 400, a broken business rule 422.
 */
public final class MileageProblems {

    /** Fields that are parts of the request itself, so a bad value there is a bad request, not a broken rule. */
    private static final Set<String> QUERY_FIELDS = Set.of("period", "level", "unit", "size");

    private MileageProblems() {}

    @Provider
    public static class Denied implements ExceptionMapper<MileageAccessDenied> {
        @Override
        public Response toResponse(MileageAccessDenied e) {
            return ProblemResponses.problem(new Problem(403, ProblemResponses.title(403), e.getMessage()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<MileageNotFound> {
        @Override
        public Response toResponse(MileageNotFound e) {
            return ProblemResponses.problem(new Problem(404, ProblemResponses.title(404), e.getMessage()));
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<MileageRefused> {
        @Override
        public Response toResponse(MileageRefused e) {
            int status = QUERY_FIELDS.contains(e.field()) ? 400 : 422;
            return ProblemResponses.problem(new Problem(
                    status,
                    ProblemResponses.title(status),
                    e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), null, e.getMessage()))));
        }
    }
}
