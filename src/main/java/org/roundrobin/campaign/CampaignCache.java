package org.roundrobin.campaign;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A campaign's figures (the dashboard's aggregates, a page of its matrix, its mail panels) kept until the campaign
 * changes: each is stored with the campaign's revision and version and the day it was worked out for, and is used
 * only while all three still match. The revision is read with the campaign itself, so a hit costs no statement, and
 * it is raised in the same transaction as any change ({@link Revisions}), on whichever instance: nothing stale is
 * ever shown. Values must be plain data (no entities): they are shared between requests.
 */
public final class CampaignCache {

    /** Entries kept in all (the least recently used go first): a few per campaign being looked at. */
    static final int MAX_ENTRIES = 512;
    /** Whole rendered pages (about 100 KB each for a police campaign) are kept apart, fewer of them. */
    static final int MAX_PAGES = 32;

    private record Key(long campaignId, String part) {
    }

    /**
     * What a kept value is checked against: the campaign's id, revision and version. Read with the campaign, or alone
     * in one small statement where the campaign itself is not needed (a kept dashboard: {@link #keptPage}).
     */
    public record Stamp(long id, long revision, int version) {
        static Stamp of(Campaign c) {
            return new Stamp(c.id, c.revision, c.version);
        }
    }

    private record Entry(long revision, int version, LocalDate day, Object value) {
    }

    /** A part being worked out for one revision of a campaign, which others may wait for. */
    private record Flight(long campaignId, String part, long revision, int version, LocalDate day) {
    }

    private static final Map<Flight, CompletableFuture<Object>> FLIGHTS = new ConcurrentHashMap<>();
    /** How long a request waits for another's result before working it out itself. */
    static final int WAIT_SECONDS = 60;

    private static final Map<Key, Entry> ENTRIES = lru(MAX_ENTRIES);
    private static final Map<Key, Entry> PAGES = lru(MAX_PAGES);

    private static Map<Key, Entry> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > max;
            }
        };
    }

    private CampaignCache() {
    }

    /**
     * The cached {@code part} of campaign {@code c} for {@code day}, or {@code compute}'s result (then kept). Inside a
     * transaction that has itself changed the campaign the value is worked out afresh and not kept: it may never commit.
     */
    public static <T> T get(Campaign c, String part, LocalDate day, Supplier<T> compute) {
        return get(ENTRIES, c, part, day, compute);
    }

    /** As {@link #get}, for a whole rendered page: kept apart from the figures, and fewer of them. */
    public static <T> T page(Campaign c, String part, LocalDate day, Supplier<T> compute) {
        return get(PAGES, c, part, day, compute);
    }

    /**
     * The page kept by {@link #page} for a campaign known only by its stamp, or null. Only on a request that changes
     * nothing (a GET): the stamp is what is committed, which a transaction that wrote would not see raised yet.
     */
    public static <T> T keptPage(Stamp s, String part, LocalDate day) {
        return org.roundrobin.web.Requests.readOnly() ? lookup(PAGES, s, part, day) : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<Key, Entry> store, Campaign c, String part, LocalDate day, Supplier<T> compute) {
        if (c.id == null || touched(c)) return compute.get();
        T value = lookup(store, Stamp.of(c), part, day);
        if (value != null) return value;
        // Many people opening a big campaign just after a change would each work out the same figures (seconds at
        // 50,000 requests, a connection each): the first works them out, the others wait for its result.
        Flight flight = new Flight(c.id, part, c.revision, c.version, day);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = FLIGHTS.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return (T) running.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the campaign's figures", e);
            } catch (ExecutionException | TimeoutException e) {
                return compute.get(); // the first one failed or is stuck: work it out here (and say why if it fails again)
            }
        }
        try {
            value = compute.get();
            put(store, c, part, day, value);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            FLIGHTS.remove(flight, mine);
        }
    }

    /**
     * For pages that work out a part for many campaigns in one statement: the cached value, or null when it must be
     * worked out (then hand it to {@link #put}). Never a value from before a change this transaction made.
     */
    public static <T> T peek(Campaign c, String part, LocalDate day) {
        return peek(ENTRIES, c, part, day);
    }

    private static <T> T peek(Map<Key, Entry> store, Campaign c, String part, LocalDate day) {
        return c.id == null || touched(c) ? null : lookup(store, Stamp.of(c), part, day);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(Map<Key, Entry> store, Stamp s, String part, LocalDate day) {
        Entry e;
        synchronized (store) {
            e = store.get(new Key(s.id(), part));
        }
        return e != null && e.revision == s.revision() && e.version == s.version() && e.day.equals(day) ? (T) e.value : null;
    }

    /** Keeps a value {@link #peek} did not have (unless this transaction changed the campaign). */
    public static void put(Campaign c, String part, LocalDate day, Object value) {
        put(ENTRIES, c, part, day, value);
    }

    private static void put(Map<Key, Entry> store, Campaign c, String part, LocalDate day, Object value) {
        if (c.id == null || touched(c)) return;
        synchronized (store) {
            store.put(new Key(c.id, part), new Entry(c.revision, c.version, day, value));
        }
    }

    private static boolean touched(Campaign c) {
        var session = Panache.getEntityManager().unwrap(org.hibernate.engine.spi.SessionImplementor.class);
        if (Revisions.touchedInThisTransaction(session, c.id)) return true;
        // A GET changes nothing; elsewhere changes not yet flushed are flushed first, so that Revisions knows them
        // (a dirty check of everything loaded: too dear to repeat for each of 200 campaigns on a page that only reads).
        if (org.roundrobin.web.Requests.readOnly() || !session.isDirty()) return false;
        session.flush();
        return Revisions.touchedInThisTransaction(session, c.id);
    }

    /** Forgets everything (tests that rebuild the database). */
    public static void clear() {
        synchronized (ENTRIES) {
            ENTRIES.clear();
        }
        synchronized (PAGES) {
            PAGES.clear();
        }
    }
}
