package org.roundrobin.web;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.roundrobin.http.Problem;
import org.roundrobin.http.ProblemException;

/**
 * A submitted form as a page re-renders it: what was typed (never lost) and the messages for each field.
 * Problems from the services name JSON paths ({@code targets.tag}, {@code outcomes[2].sections[0]}); the page maps
 * them onto its own field names, and anything it cannot place is shown at the top of the form.
 */
@io.quarkus.qute.TemplateData
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static Form empty() {
        return new Form();
    }

    public Form put(String name, Object value) {
        values.put(name, value == null ? "" : String.valueOf(value));
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, Object value) {
        return value != null && value(name).equals(String.valueOf(value));
    }

    public Form error(String field, String message) {
        if (field == null) {
            general.add(message);
        } else {
            errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        }
        return this;
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public List<String> general() {
        return general;
    }

    public boolean invalid() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    /** How many messages in all (for the summary at the top of the form). */
    public int count() {
        return general.size() + errors.values().stream().mapToInt(List::size).sum();
    }

    /** Adds a problem's messages, each under the field {@code fieldOf} maps its path to (null: the top of the form). */
    public Form add(ProblemException p, Function<String, String> fieldOf) {
        if (p.errors.isEmpty()) {
            Object field = p.extensions.get("field");
            error(field == null ? null : fieldOf.apply(String.valueOf(field)), p.getMessage());
        }
        for (Problem.FieldError e : p.errors) {
            String field = e.field() == null ? null : fieldOf.apply(e.field());
            String where = e.row() == null ? "" : "Row " + e.row() + ": ";
            error(field, where + (field == null && e.field() != null ? e.field() + " " : "") + e.message());
        }
        return this;
    }

    /** A violation's path without the method and parameter nodes, e.g. {@code requester.email}. */
    public static String path(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node n : v.getPropertyPath()) {
            if (n.getKind() != jakarta.validation.ElementKind.PROPERTY && n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) continue;
            if (n.isInIterable() && n.getIndex() != null) sb.append('[').append(n.getIndex()).append(']');
            if (n.getName() != null && !n.getName().startsWith("<")) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(n.getName());
            }
        }
        return sb.toString();
    }
}
