package org.roundrobin.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An API list that may be 50,000 rows long (a directory of schools, the requests of a campaign to all of them):
 * one JSON array written as it is read, a batch at a time, each batch let go once written, in its own read
 * transaction and in its turn ({@link Heavy}). Memory stays flat however long the list and however many ask at once;
 * read whole, sixteen lists of a 50,000-authority campaign at once ran a 192 MB heap out.
 */
public final class JsonArrays {

    /** Rows read (and written, then let go) at a time. */
    public static final int BATCH = 500;

    private JsonArrays() {
    }

    /**
     * The answer: {@code view} of every row, in order. {@code open} is called in the answer's transaction and gives
     * the source of the batches: each call of it reads the next rows (up to {@link #BATCH}), and null ends the list.
     * A null view leaves the row out (a filter that only Java can apply).
     */
    public static <E> Response of(ObjectMapper mapper, Supplier<Supplier<List<E>>> open, Function<E, ?> view) {
        StreamingOutput body = out -> Heavy.run(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.writeStartArray();
                Supplier<List<E>> batches = open.get();
                for (List<E> batch = batches.get(); batch != null; batch = batches.get()) {
                    for (E e : batch) {
                        Object v = view.apply(e);
                        if (v != null) g.writeObject(v);
                    }
                    Panache.getEntityManager().clear(); // read-only: nothing to flush, and the batch is written
                }
                g.writeEndArray();
            }
            return null;
        }));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Batches read as a keyset: {@code after} reads at most {@code max} rows after the given one (the first rows for
     * null), so that they neither skip nor repeat a row however ties fall. For a list the database can walk in order.
     */
    public static <E> Supplier<List<E>> keyset(BiFunction<E, Integer, List<E>> after) {
        return new Supplier<>() {
            private List<E> last; // the batch before, null before the first

            @Override
            public List<E> get() {
                if (last != null && last.size() < BATCH) return null; // a short batch was the end
                last = after.apply(last == null ? null : last.get(last.size() - 1), BATCH);
                return last.isEmpty() ? null : last;
            }
        };
    }

    /**
     * Batches read by id: the ids of the whole list, in order, are read once (50,000 of them are under 2 MB), then
     * {@code read} reads each batch's rows, which it returns in the order of the ids it is given. For a list sorted on
     * a joined table, which a keyset would sort again for every batch.
     */
    public static <E> Supplier<List<E>> byIds(List<Long> ids, Function<List<Long>, List<E>> read) {
        return new Supplier<>() {
            private int next;

            @Override
            public List<E> get() {
                if (next >= ids.size()) return null;
                List<Long> batch = ids.subList(next, Math.min(next + BATCH, ids.size()));
                next += batch.size();
                return read.apply(batch); // a row deleted meanwhile is simply not there
            }
        };
    }
}
