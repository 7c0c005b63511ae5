package org.roundrobin.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundrobin.http.Problem.FieldError;

/**
 * The state of one restore, shared by the sections in order: the mode, the faults found, what earlier sections
 * declared (checked facts, by natural key) and the entities they wrote.
 */
public final class Restore {

    /** Upsert by natural key instead of requiring an empty database. */
    public final boolean merge;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<Class<?>, Map<String, Object>> declared = new HashMap<>();
    private final Map<Class<?>, Map<String, Object>> written = new HashMap<>();

    public Restore(boolean merge) {
        this.merge = merge;
    }

    /** A fault in item {@code index} of a section, reported as {@code sections.<section>[index].<field>}. */
    public void error(String section, int index, String field, String message) {
        errors.add(FieldError.of("sections." + section + "[" + index + "]" + (field == null ? "" : "." + field), message));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Records that a record with this natural key will exist after the restore, with facts later sections check against. */
    public <F> void declare(Class<F> kind, String key, F facts) {
        declared.computeIfAbsent(kind, k -> new HashMap<>()).put(key, facts);
    }

    public <F> Optional<F> declared(Class<F> kind, String key) {
        return Optional.ofNullable(kind.cast(declared.getOrDefault(kind, Map.of()).get(key)));
    }

    /** Records an entity written (or, when merging, found) under its natural key. */
    public <E> void remember(Class<E> type, String key, E entity) {
        written.computeIfAbsent(type, k -> new HashMap<>()).put(key, entity);
    }

    public <E> E entity(Class<E> type, String key) {
        E e = type.cast(written.getOrDefault(type, Map.of()).get(key));
        if (e == null) throw new IllegalStateException(type.getSimpleName() + " '" + key + "' was checked but not written");
        return e;
    }

    public <E> Optional<E> findEntity(Class<E> type, String key) {
        return Optional.ofNullable(type.cast(written.getOrDefault(type, Map.of()).get(key)));
    }
}
