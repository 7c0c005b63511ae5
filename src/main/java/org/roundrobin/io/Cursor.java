package org.roundrobin.io;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * A forward-only, read-only query read a page of rows at a time (JDBC fetch size), so an export of any size
 * costs one statement per cursor and flat memory. Several cursors ordered the same way are merged on their
 * first column (the parent's id): {@link #take} returns the rows belonging to one parent.
 */
public final class Cursor implements AutoCloseable {

    public static final int FETCH_SIZE = 500;

    private final Stream<Object[]> stream;
    private final Iterator<Object[]> rows;
    private Object[] next;

    private Cursor(Stream<Object[]> stream) {
        this.stream = stream;
        this.rows = stream.iterator();
        this.next = rows.hasNext() ? rows.next() : null;
    }

    public static Cursor open(String hql, Map<String, Object> params) {
        TypedQuery<Object[]> q = Panache.getEntityManager().createQuery(hql, Object[].class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(q::setParameter);
        return new Cursor(q.getResultStream());
    }

    public boolean hasNext() {
        return next != null;
    }

    public Object[] next() {
        Object[] row = next;
        next = rows.hasNext() ? rows.next() : null;
        return row;
    }

    /** The rows, in order, whose first column equals {@code key} (the cursor must be ordered like its parent). */
    public List<Object[]> take(Object key) {
        List<Object[]> taken = new ArrayList<>();
        while (next != null && Objects.equals(next[0], key)) taken.add(next());
        return taken;
    }

    @Override
    public void close() {
        stream.close();
    }
}
