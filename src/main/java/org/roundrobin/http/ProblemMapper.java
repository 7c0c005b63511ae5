package org.roundrobin.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns failures into RFC 7807 problem JSON (API) or an HTML error page (pages, see {@link ErrorPages}). */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(type(e.status), e.title, e.status, e.getMessage(), path(uri), nullIfEmpty(e.errors), e.extensions));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Problem.FieldError.of(fieldOf(v), v.getMessage()))
                .toList();
        return problem(ProblemException.invalid(errors), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(Exception e, UriInfo uri) {
        return problem(new ProblemException(409, "Edited by someone else",
                "This record was changed since you read it; reload it and apply your change again", List.of()), uri);
    }

    /** A unique key hit by two writers at once (e.g. two launches, two appends): the loser is told to retry. */
    @ServerExceptionMapper(org.hibernate.exception.ConstraintViolationException.class)
    public Response duplicate(Exception e, UriInfo uri) {
        return problem(new ProblemException(409, "Conflicting change",
                "Someone else made the same change at the same moment; reload and check before trying again", List.of()), uri);
    }

    /** A signed-in user without the role an endpoint declares (anonymous callers get the 401 challenge instead). */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return problem(new ProblemException(403, "Forbidden", "You do not have permission to do this; ask an administrator or the "
                + "campaign's owner if you need it", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return problem(ProblemException.invalid(jsonPath(e), "is not a known field (known: "
                + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")"), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "one of " + Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                : "a valid " + (e.getTargetType() == null ? "value" : simpleType(e.getTargetType()));
        return problem(ProblemException.invalid(jsonPath(e), "'" + e.getValue() + "' is not " + expected), uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(ProblemException.invalid(field.isEmpty() ? "body" : field, "cannot be read: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response syntax(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemException.invalid("body", "is not valid JSON: " + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No such resource: " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri);
            case 406 -> "Cannot produce the requested media type";
            case 415 -> "Unsupported media type: send " + (e.getMessage() == null ? "a supported type" : e.getMessage());
            default -> e.getMessage();
        };
        return respond(new Problem(type(status), Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), status, detail, path(uri), null, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        // Failures at commit arrive wrapped (interceptors, JTA): answer for what actually happened.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ProblemException p) return problem(p, uri);
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) return staleVersion((Exception) t, uri);
            if (t instanceof org.hibernate.exception.ConstraintViolationException) return duplicate((Exception) t, uri);
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return respond(new Problem(type(500), "Internal error", 500,
                "Something went wrong on our side; nothing was changed. The log has the details.", path(uri), null, null));
    }

    static Response respond(Problem p) {
        if (ErrorPages.isPage(p.instance())) return ErrorPages.page(p); // pages get HTML; /api stays problem+json
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String type(int status) {
        return "about:blank";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static List<Problem.FieldError> nullIfEmpty(List<Problem.FieldError> errors) {
        return errors == null || errors.isEmpty() ? null : errors;
    }

    /** The JSON path of a violation, e.g. {@code questions[1].label}: method and parameter nodes dropped. */
    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (jakarta.validation.Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case PARAMETER -> parameter = n.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (n.isInIterable() && (n.getIndex() != null || n.getKey() != null)) {
                        sb.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
                    }
                    if (n.getName() != null && !n.getName().startsWith("<")) {
                        if (!sb.isEmpty()) sb.append('.');
                        sb.append(n.getName());
                    }
                }
                default -> { }
            }
        }
        return sb.isEmpty() ? (parameter == null ? "body" : parameter) : sb.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String simpleType(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> c.getSimpleName();
        };
    }
}
