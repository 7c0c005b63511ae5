package org.roundrobin.campaign;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.roundrobin.authority.Authority;

/**
 * Raises {@code campaign.revision} in the same transaction as any write to a {@link CampaignPart} of it, or to an
 * authority it has a request to (and the directory's revision, {@code app_revision}, for any write to an authority). Hibernate tells us of every entity and collection it writes; just before the commit
 * (after the last flush) one statement raises each touched campaign once. Because the revision lives in the database
 * and moves with the commit, every instance sees a change at the same moment as the data: a cache keyed by it
 * ({@link CampaignCache}) is never stale, whichever instance made the change.
 * <p>
 * Bulk statements (HQL {@code update}, native SQL) bypass Hibernate's events: code that writes a campaign's parts
 * that way calls {@link #touch} itself.
 */
public final class Revisions implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    /** More authorities than this in one transaction (an import) raise every campaign rather than list them. */
    private static final int MANY = 500;

    /** What one transaction touched, keyed by its session; removed when the transaction ends either way. */
    private static final Map<Object, Touched> PENDING = new ConcurrentHashMap<>();

    private static final class Touched implements TransactionCompletionCallbacks.BeforeCompletionCallback,
            TransactionCompletionCallbacks.AfterCompletionCallback {
        final Set<Long> campaigns = Collections.synchronizedSet(new TreeSet<>());
        final Set<Long> authorities = Collections.synchronizedSet(new TreeSet<>());
        /** Some authority was written (created, changed, its tags, removed): the directory's revision goes up. */
        boolean directory;

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            PENDING.remove(session);
            raise(session, campaigns, authorities, directory);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            PENDING.remove(session);
        }
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    /** Records that the current transaction of {@code session} changed these campaigns' parts (for bulk statements). */
    public static void touch(SharedSessionContractImplementor session, Long... campaignIds) {
        for (Long id : campaignIds) if (id != null) touched(session).campaigns.add(id);
    }

    /** Whether this session's transaction has written a part of the campaign (so its cached figures would be behind). */
    public static boolean touchedInThisTransaction(SharedSessionContractImplementor session, long campaignId) {
        Touched t = PENDING.get(session);
        return t != null && (t.campaigns.contains(campaignId) || !t.authorities.isEmpty());
    }

    private static Touched touched(SharedSessionContractImplementor session) {
        return PENDING.computeIfAbsent(session, s -> {
            Touched t = new Touched();
            session.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) t);
            session.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) t);
            return t;
        });
    }

    private static void record(SharedSessionContractImplementor session, Object entity, boolean inserted) {
        if (entity instanceof Campaign) return; // the campaign's own row has its version, which the cache key holds
        if (entity instanceof CampaignPart p) {
            Long id = p.campaignId();
            if (id != null) touched(session).campaigns.add(id);
        } else if (entity instanceof Authority a) {
            Touched t = touched(session);
            t.directory = true;
            if (!inserted && a.id != null) t.authorities.add(a.id); // a new authority has no requests yet
        }
    }

    private static void raise(SharedSessionContractImplementor session, Set<Long> campaigns, Set<Long> authorities, boolean directory) {
        List<String> statements = new ArrayList<>();
        List<List<Long>> params = new ArrayList<>();
        if (directory) {
            statements.add("update app_revision set revision = revision + 1 where name = 'directory'");
            params.add(List.of());
        }
        synchronized (campaigns) {
            if (!campaigns.isEmpty()) {
                for (List<Long> chunk : chunks(new ArrayList<>(campaigns))) {
                    statements.add("update campaign set revision = revision + 1 where id in (" + marks(chunk.size()) + ")");
                    params.add(chunk);
                }
            }
        }
        synchronized (authorities) {
            if (authorities.size() > MANY) {
                statements.add("update campaign set revision = revision + 1");
                params.add(List.of());
            } else if (!authorities.isEmpty()) {
                List<Long> ids = new ArrayList<>(authorities);
                statements.add("update campaign set revision = revision + 1 where id in (select r.campaign_id from foi_request r "
                        + "where r.authority_id in (" + marks(ids.size()) + "))");
                params.add(ids);
            }
        }
        if (statements.isEmpty()) return;
        try {
            var connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
            for (int i = 0; i < statements.size(); i++) {
                try (PreparedStatement ps = connection.prepareStatement(statements.get(i))) {
                    List<Long> p = params.get(i);
                    for (int j = 0; j < p.size(); j++) ps.setLong(j + 1, p.get(j));
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not raise the campaigns' revisions: " + e.getMessage(), e);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += MANY) out.add(ids.subList(i, Math.min(ids.size(), i + MANY)));
        return out;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity(), true);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity(), false);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), false);
    }

    private static void collection(AbstractCollectionEvent event) {
        record(event.getSession(), event.getAffectedOwnerOrNull(), false);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
