package kr.minwon.portal.petition.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.rest.ProblemResponses;

/**
 * The petition exceptions the shared mappers of the api package do not know: 404 and 403. PetitionRejected is an
 * InputRejected and needs nothing here.
 */
public final class PetitionProblemMappers {

    private PetitionProblemMappers() {}

    @Provider
    public static class NotFound implements ExceptionMapper<PetitionNotFound> {
        @Override
        public Response toResponse(PetitionNotFound e) {
            return ProblemResponses.problem(new Problem(404, ProblemResponses.title(404), e.getMessage()));
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<PetitionAccessDenied> {
        @Override
        public Response toResponse(PetitionAccessDenied e) {
            return ProblemResponses.problem(new Problem(403, ProblemResponses.title(403), e.getMessage()));
        }
    }
}
