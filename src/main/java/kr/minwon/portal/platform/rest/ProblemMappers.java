package kr.minwon.portal.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's exception mappers. JAX-RS picks the mapper of the nearest type, and the runtime brings mappers of its own
 * for some of these, so each type we answer gets one here; all of them answer through {@link ProblemResponses}.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Everything nobody else maps: 500 with an error number, never a stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return ProblemResponses.of(e);
        }
    }

    /** 404, 405, 406, 415, 403 and every other status a resource or the runtime throws, with its headers kept. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return ProblemResponses.of(e);
        }
    }

    /** A system exception out of an EJB (also EJBAccessException → 403): answered by what it wraps. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return ProblemResponses.of(e);
        }
    }

    /** Field-level failures of a business rule or of the request: 400 or 422 with {@code errors}. */
    @Provider
    public static class Rejected implements ExceptionMapper<InputRejected> {
        @Override
        public Response toResponse(InputRejected e) {
            return ProblemResponses.of(e);
        }
    }

    /** Bean Validation on resource parameters or entities: 400 with the fields. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return ProblemResponses.of(e);
        }
    }

    /** Someone else changed the record first: 409. */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ProblemResponses.of(e);
        }
    }

    /** Malformed JSON text: 400 "잘못된 JSON". */
    @Provider
    public static class JsonParsing implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return ProblemResponses.of(e);
        }
    }

    /** JSON that does not bind to the expected type: 400 "잘못된 JSON". */
    @Provider
    public static class JsonBinding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return ProblemResponses.of(e);
        }
    }

    /** An entity provider failed to read the body (how the runtime reports most JSON errors): 400. */
    @Provider
    public static class EntityProcessing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return ProblemResponses.of(e);
        }
    }
}
