package kr.minwon.portal.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.minwon.portal.platform.DatabaseOutage;
import kr.minwon.portal.platform.text.Texts;

/**
 * Turns whatever a resource throws into an RFC 9457 problem response; the one place that decides statuses and texts,
 * used by every mapper in {@link ProblemMappers}. EJB containers wrap system exceptions (and a failed commit wraps the
 * optimistic lock failure in a rollback exception), so the whole cause chain is searched for the first thing we know.
 * Anything unknown is a 500 whose body carries only an error number; the stack trace goes to the server log under it.
 */
public final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    private static final String JAX_RS_DEFAULT_MESSAGE = "HTTP ";
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private ProblemResponses() {}

    public static Response of(Throwable thrown) {
        if (DatabaseOutage.isCause(thrown)) {
            return unavailable(thrown);
        }
        for (Throwable t : chain(thrown)) {
            Response known = known(t);
            if (known != null) {
                return known;
            }
        }
        return unexpected(thrown);
    }

    /** 503 with Retry-After: the database cannot be reached now (logged once an outage, not once a request). */
    public static Response unavailable(Throwable thrown) {
        DatabaseOutage.noticed("API requests", thrown);
        return Response.fromResponse(problem(new Problem(503, title(503), Texts.t("api.problem.databaseUnavailable"))))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Whether a write failed because another transaction wrote the same record at the same time: an optimistic lock
     * (JPA's or EclipseLink's own, at commit), a unique key (SQLSTATE 23505), a serialization failure or deadlock
     * (40001, 40P01) or H2's concurrent update (90131). Nothing of such a write was kept; what is stored is the other
     * writer's, and the caller may compare with it.
     */
    public static boolean isConflict(Throwable thrown) {
        for (Throwable t : chain(thrown)) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ("23505".equals(state)
                        || "40001".equals(state)
                        || "40P01".equals(state)
                        || sql.getErrorCode() == H2_CONCURRENT_UPDATE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Short Korean summary of a status, the problem document's title. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> Texts.t("platform.msg.ProblemResponses.25");
            case 401 -> Texts.t("platform.msg.ProblemResponses.24");
            case 403 -> Texts.t("platform.msg.ProblemResponses.23");
            case 404 -> Texts.t("platform.msg.ProblemResponses.22");
            case 405 -> Texts.t("platform.msg.ProblemResponses.21");
            case 406 -> Texts.t("platform.msg.ProblemResponses.20");
            case 409 -> Texts.t("platform.msg.ProblemResponses.19");
            case 413 -> Texts.t("platform.msg.ProblemResponses.18");
            case 415 -> Texts.t("platform.msg.ProblemResponses.17");
            case 422 -> Texts.t("platform.msg.ProblemResponses.16");
            case 500 -> Texts.t("platform.msg.ProblemResponses.15");
            case 503 -> Texts.t("platform.msg.ProblemResponses.14");
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? Texts.t("platform.msg.error", String.valueOf(status)) : known.getReasonPhrase();
            }
        };
    }

    public static Response problem(Problem problem) {
        return status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson().toString())
                .build();
    }

    /** With the RFC 9110 reason phrase where JAX-RS has none (the container would otherwise send "CUSTOM"). */
    private static Response.ResponseBuilder status(int status) {
        return switch (status) {
            case 413 -> Response.status(413, "Content Too Large");
            case 422 -> Response.status(422, "Unprocessable Content");
            default -> Response.status(status);
        };
    }

    private static Response known(Throwable t) {
        if (t instanceof InputRejected rejected) {
            return problem(rejected.toProblem());
        }
        if (t instanceof ConstraintViolationException violations) {
            return problem(
                    new Problem(400, title(400), Texts.t("platform.msg.ProblemResponses.13"), fieldErrors(violations)));
        }
        if (t instanceof EJBAccessException || t instanceof ForbiddenException) {
            return problem(new Problem(403, title(403), Texts.t("platform.msg.ProblemResponses.6")));
        }
        if (t instanceof OptimisticLockException) {
            return problem(new Problem(409, title(409), Texts.t("platform.msg.ProblemResponses.12")));
        }
        if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
            // A unique key refused a second copy (two requests at once for the same record or score): nothing was
            // written twice, and the caller may read the current state and retry.
            return problem(new Problem(409, title(409), Texts.t("platform.msg.ProblemResponses.11")));
        }
        if (t instanceof WebApplicationException web) {
            return fromWebApplication(web);
        }
        if (t instanceof JsonException || t instanceof JsonbException || t instanceof ProcessingException) {
            return problem(new Problem(
                    400, Texts.t("platform.msg.ProblemResponses.10"), Texts.t("platform.msg.ProblemResponses.9")));
        }
        return null;
    }

    private static Response fromWebApplication(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity()) {
            // Someone built this answer on purpose; leave it as it is.
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(web);
        }
        String message = web.getMessage();
        String detail = message == null || message.startsWith(JAX_RS_DEFAULT_MESSAGE) ? defaultDetail(status) : message;
        // fromResponse keeps headers such as Allow (405) and WWW-Authenticate (401).
        return Response.fromResponse(original)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(status, title(status), detail).toJson().toString())
                .build();
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> Texts.t("platform.msg.ProblemResponses.8");
            case 401 -> Texts.t("platform.msg.ProblemResponses.7");
            case 403 -> Texts.t("platform.msg.ProblemResponses.6");
            case 404 -> Texts.t("platform.msg.ProblemResponses.5");
            case 405 -> Texts.t("platform.msg.ProblemResponses.4");
            case 406 -> Texts.t("platform.msg.ProblemResponses.3");
            case 413 -> Texts.t("platform.msg.ProblemResponses.2");
            case 415 -> Texts.t("platform.msg.ProblemResponses.1");
            default -> null;
        };
    }

    private static Response unexpected(Throwable thrown) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API error " + id, thrown);
        return problem(new Problem(500, title(500), Texts.t("platform.msg.unexpected", id)));
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), null, v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())));
        return errors;
    }

    /** "create.arg0.name" says nothing to a caller; the last named node ("name") does. */
    private static String field(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }

    private static List<Throwable> chain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = cause(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable cause(Throwable t) {
        if (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        return t.getCause();
    }
}
