package org.roundrobin.io;

import java.util.List;
import java.util.function.Consumer;

/**
 * One feature's part of the export document ({@code GET /api/export}) and of a restore ({@code POST /api/import}).
 * A feature joins the document by implementing this as an {@code @ApplicationScoped} bean: nothing else in
 * {@code io} changes. Items are small records (the public, versioned format), never entities, and refer to
 * other records by natural key (slugs), never by database id.
 *
 * @param <T> one item of the section, a record Jackson reads and writes
 */
public interface DataSection<T> {

    /** The member under {@code "sections"}, e.g. {@code "authorities"}. */
    String name();

    /** Restore (and document) order: a section comes after those it refers to (authorities 10, campaigns 20, requests 30). */
    int order();

    Class<T> itemType();

    /**
     * Hands every item in scope to {@code out}, one at a time and in a stable order (by natural key), reading in a
     * fixed number of statements: the document is written as items arrive, never held whole.
     */
    void export(ExportScope scope, Consumer<T> out);

    /** Whether the database holds none of this section's records, so a restore without merging may proceed. */
    boolean isEmpty();

    /**
     * Checks the items before anything is written: report faults with {@link Restore#error}, and declare what
     * the items provide ({@link Restore#declare}) for the sections after this one. Must not write.
     */
    void check(List<T> items, Restore restore);

    /** Writes the items, inside the one restore transaction, after every section's check has passed. */
    Counts restore(List<T> items, Restore restore);

    /** What a restore did with a section's items. */
    record Counts(int added, int updated, int unchanged) {
        public static Counts of(int added, int updated, int unchanged) {
            return new Counts(added, updated, unchanged);
        }
    }
}
