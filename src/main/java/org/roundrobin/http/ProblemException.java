package org.roundrobin.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere a request cannot be honoured; the single mapper turns it into problem JSON (API)
 * or a readable page. Nothing has been written when this is thrown inside a transaction: it rolls back.
 */
public class ProblemException extends RuntimeException {

    public final int status;
    public final String title;
    public final List<Problem.FieldError> errors;
    public final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(Problem.FieldError.of(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? describe(errors.get(0)) : errors.size() + " problems: "
                + String.join("; ", errors.stream().map(ProblemException::describe).toList());
        return new ProblemException(400, "Invalid input", detail, errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "Request too large", detail, List.of());
    }

    static String describe(Problem.FieldError e) {
        String where = e.row() == null ? "" : "row " + e.row() + ": ";
        return where + (e.field() == null ? "" : e.field() + ": ") + e.message();
    }
}
