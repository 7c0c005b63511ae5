package org.roundrobin.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/**
 * Restores an export document in one transaction: the whole document is read and every section checked
 * before anything is written, so a bad document changes nothing.
 */
@ApplicationScoped
public class DocumentImport {

    private static final Set<String> TOP = Set.of("format", "version", "exportedAt", "campaign", "sections");

    @Inject
    Sections sections;
    @Inject
    ObjectMapper mapper;

    /** What each section did: added, updated, unchanged. */
    public record Result(boolean merge, Map<String, DataSection.Counts> sections) {
    }

    @Transactional
    @TransactionConfiguration(timeout = DocumentExport.TIMEOUT_SECONDS)
    public Result restore(JsonNode doc, boolean merge) {
        Map<DataSection<?>, List<?>> items = read(doc);
        Restore restore = new Restore(merge);
        for (var e : items.entrySet()) check(e.getKey(), e.getValue(), restore);
        if (!restore.errors().isEmpty()) throw ProblemException.invalid(restore.errors());
        if (!merge) {
            List<String> holding = sections.ordered().stream().filter(s -> !s.isEmpty()).map(DataSection::name).toList();
            if (!holding.isEmpty()) {
                throw ProblemException.conflict("This database already holds data (" + String.join(", ", holding) + "). Restore into an "
                        + "empty database, or add ?merge=true to add the document's records to these (matched by slug).")
                        .with("holding", holding);
            }
        }
        Map<String, DataSection.Counts> counts = new LinkedHashMap<>();
        for (var e : items.entrySet()) counts.put(e.getKey().name(), restore(e.getKey(), e.getValue(), restore));
        return new Result(merge, counts);
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(DataSection<T> s, List<?> items, Restore restore) {
        s.check((List<T>) items, restore);
    }

    @SuppressWarnings("unchecked")
    private static <T> DataSection.Counts restore(DataSection<T> s, List<?> items, Restore restore) {
        return s.restore((List<T>) items, restore);
    }

    /** The document's items per section, in restore order; every section present, empty when the document has none. */
    private Map<DataSection<?>, List<?>> read(JsonNode doc) {
        List<FieldError> errors = new ArrayList<>();
        if (doc == null || !doc.isObject()) throw ProblemException.invalid("body", "is not an export document (a JSON object)");
        doc.fieldNames().forEachRemaining(f -> {
            if (!TOP.contains(f)) errors.add(FieldError.of(f, "is not a member of an export document (known: " + TOP + ")"));
        });
        if (!DocumentExport.FORMAT.equals(doc.path("format").asText(null))) {
            errors.add(FieldError.of("format", "must be \"" + DocumentExport.FORMAT + "\""));
        }
        JsonNode version = doc.path("version");
        if (!version.isInt() || version.asInt() != DocumentExport.VERSION) {
            errors.add(FieldError.of("version", "is " + (version.isMissingNode() ? "missing" : version)
                    + "; this Round Robin reads version " + DocumentExport.VERSION + (version.isInt() && version.asInt() > 1 ? " (upgrade it to read newer documents)" : "")));
        }
        JsonNode body = doc.path("sections");
        if (!body.isObject()) errors.add(FieldError.of("sections", "is required: an object with one array per section"));
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (sections.named(name).isEmpty()) {
                errors.add(FieldError.of("sections." + name, "is not a section this Round Robin knows (known: "
                        + sections.ordered().stream().map(DataSection::name).toList() + "); refusing rather than dropping it"));
            }
        }
        Map<DataSection<?>, List<?>> result = new LinkedHashMap<>();
        for (DataSection<?> s : sections.ordered()) {
            JsonNode array = body.path(s.name());
            List<Object> list = new ArrayList<>();
            if (!array.isMissingNode() && !array.isArray()) {
                errors.add(FieldError.of("sections." + s.name(), "must be an array"));
            } else {
                for (int i = 0; i < array.size(); i++) {
                    try {
                        list.add(mapper.treeToValue(array.get(i), s.itemType()));
                    } catch (JsonMappingException e) {
                        errors.add(FieldError.of("sections." + s.name() + "[" + i + "]" + path(e), e.getOriginalMessage()));
                    } catch (JsonProcessingException | IllegalArgumentException e) {
                        errors.add(FieldError.of("sections." + s.name() + "[" + i + "]", e.getMessage()));
                    }
                }
            }
            result.put(s, list);
        }
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);
        return result;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }
}
