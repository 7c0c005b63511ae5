package org.roundrobin.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;

/** A public body that answers FOI requests: a police force, a council, a school. */
@Entity
public class Authority extends PanacheEntity {

    public String slug;
    public String name;
    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public Jurisdiction jurisdiction;
    @Enumerated(EnumType.STRING)
    public Law law;
    @Enumerated(EnumType.STRING)
    public Regulator regulator;

    @Column(name = "foi_email")
    public String foiEmail;
    /** Shipped addresses are unverified until a person confirms them (see domain.md). */
    @Column(name = "email_confirmed")
    public boolean emailConfirmed;
    public String website;
    @Column(name = "wdtk_url_name")
    public String wdtkUrlName;
    /** The campaigner's own notes on this body, e.g. "uses a web form, not email". */
    public String notes;

    @ElementCollection
    @CollectionTable(name = "authority_tag", joinColumns = @JoinColumn(name = "authority_id"))
    @Column(name = "tag")
    public Set<String> tags = new TreeSet<>();

    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        // A restore (io) brings the original timestamps; anything else is created now.
        if (createdAt == null) createdAt = Instant.now();
        if (updatedAt == null) updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** The public request history of this body on WhatDoTheyKnow, if we know its URL name. */
    public String whatDoTheyKnowUrl() {
        return wdtkUrlName == null || wdtkUrlName.isBlank() ? null : "https://www.whatdotheyknow.com/body/" + wdtkUrlName;
    }

    public String displayShortName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public static Optional<Authority> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Authority> findByWdtkUrlName(String urlName) {
        return find("wdtkUrlName", urlName).firstResultOptional();
    }

    /** The tags in use and the directory revision they were read at (the list is kept until an authority changes). */
    private record Tags(long revision, List<String> tags) {
    }

    private static volatile Tags keptTags = new Tags(Long.MIN_VALUE, List.of());

    /** Forgets the kept tag list (tests that rebuild the database, whose revisions start again). */
    public static void forgetTags() {
        keptTags = new Tags(Long.MIN_VALUE, List.of());
    }

    /**
     * Every tag in use, sorted. Reading them means walking every tag row (50,000 of them for a large directory), so
     * the list is kept with the directory's revision, which any change to an authority raises in its own transaction
     * (see {@code campaign.Revisions}): a page costs one lookup of that number until something changes.
     */
    @SuppressWarnings("unchecked")
    public static List<String> allTags() {
        var em = getEntityManager();
        // Only a GET uses or keeps the list: its transaction has changed no authority, so what it reads is committed.
        boolean reading = org.roundrobin.web.Requests.readOnly();
        long revision = ((Number) em.createNativeQuery("select revision from app_revision where name = 'directory'").getSingleResult()).longValue();
        Tags kept = keptTags;
        if (reading && kept.revision() == revision) return kept.tags();
        List<String> read = List.copyOf(em.createNativeQuery("select distinct tag from authority_tag order by tag", String.class).getResultList());
        if (reading) keptTags = new Tags(revision, read);
        return read;
    }


    /**
     * The authorities with this tag and/or in this jurisdiction, by name, without their tags: a campaign's targets
     * (50,000 of them for some), read-only. {@link #search} is the same with the tags, for the directory's pages.
     */
    public static List<Authority> targets(String tag, Jurisdiction jurisdiction) {
        return find(filter(tag, jurisdiction, null, "select a from Authority a where 1 = 1"))
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The ids of {@link #targets}, in the same order (by name): what a launch of 50,000 keeps in memory. */
    public static List<Long> targetIds(String tag, Jurisdiction jurisdiction) {
        Filter f = filter(tag, jurisdiction, null, "select a.id from Authority a where 1 = 1");
        var q = getEntityManager().createQuery(f.query(), Long.class);
        f.params().forEach(q::setParameter);
        return q.getResultList();
    }

    /** A target's address as the launch checks it, without loading the authority. */
    public record Address(long id, String slug, String name, String foiEmail) {
    }

    /** The addresses of {@link #targets} (slug, name, FOI email): the launch checks them all before creating anything. */
    public static List<Address> targetAddresses(String tag, Jurisdiction jurisdiction) {
        Filter f = filter(tag, jurisdiction, null, "select a.id, a.slug, a.name, a.foiEmail from Authority a where 1 = 1");
        var q = getEntityManager().createQuery(f.query(), Object[].class);
        f.params().forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new Address((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** These authorities (read-only), in the order of {@code ids}: a launch reads its targets a chunk at a time. */
    public static List<Authority> inOrder(List<Long> ids) {
        java.util.Map<Long, Authority> byId = new java.util.HashMap<>();
        for (Authority a : find("id in ?1", ids).withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).<Authority>list()) {
            byId.put(a.id, a);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether any authority has this tag and/or is in this jurisdiction (without reading them all). */
    public static boolean anyTarget(String tag, Jurisdiction jurisdiction) {
        return !find(filter(tag, jurisdiction, null, "select a from Authority a where 1 = 1")).range(0, 0).list().isEmpty();
    }

    private record Filter(String query, java.util.Map<String, Object> params) {
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Authority> find(Filter f) {
        return find(f.query(), f.params());
    }

    private static Filter filter(String tag, Jurisdiction jurisdiction, String text, String select) {
        StringBuilder q = new StringBuilder(select);
        var params = new java.util.HashMap<String, Object>();
        if (tag != null && !tag.isBlank()) {
            // "in" rather than a correlated "exists": the tag's index finds the few rows, instead of a test per authority
            q.append(" and a.id in (select b.id from Authority b join b.tags t where t = :tag)");
            params.put("tag", tag.trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (jurisdiction != null) {
            q.append(" and a.jurisdiction = :jurisdiction");
            params.put("jurisdiction", jurisdiction);
        }
        if (text != null && !text.isBlank()) {
            q.append(" and (lower(a.name) like :text or lower(a.shortName) like :text or a.slug like :text)");
            params.put("text", "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        q.append(" order by a.name");
        return new Filter(q.toString(), params);
    }

    /** A page of a search: its authorities (tags fetched, read-only) and how many match in all. */
    public record Found(List<Authority> authorities, long total) {
    }

    /**
     * {@code size} authorities of a search from the {@code first}-th, by name, with their tags: the page's ids are
     * sorted and cut in a subquery, then read whole (paging a fetch join would page in memory). All of a short
     * result (the 48 police forces) is one statement; a longer one is counted in a second.
     */
    public static Found searchPage(String tag, Jurisdiction jurisdiction, String text, int first, int size) {
        List<Authority> found = slice(tag, jurisdiction, text, null, null, first, size + 1);
        if (first == 0 && found.size() <= size) return new Found(found, found.size());
        Filter all = filter(tag, jurisdiction, text, "select count(a) from Authority a where 1 = 1");
        var count = getEntityManager().createQuery(all.query().substring(0, all.query().lastIndexOf(" order by ")), Long.class);
        all.params().forEach(count::setParameter);
        return new Found(found.subList(0, Math.min(size, found.size())), count.getSingleResult());
    }

    /**
     * At most {@code max} authorities of a search after the one named {@code afterName} with id {@code afterId} (both
     * null: from the first), by name, tags fetched, in one statement: reading a long list batch by batch this way
     * costs the same for the last batch as for the first.
     */
    public static List<Authority> searchAfter(String tag, Jurisdiction jurisdiction, String text, String afterName, Long afterId, int max) {
        return slice(tag, jurisdiction, text, afterName, afterId, 0, max);
    }

    /** At most {@code max} authorities of a search, after a given one and/or from the {@code first}-th, in one statement. */
    private static List<Authority> slice(String tag, Jurisdiction jurisdiction, String text, String afterName, Long afterId, int first, int max) {
        Filter ids = filter(tag, jurisdiction, text, "select a.id from Authority a where 1 = 1");
        String inner = afterName == null ? ids.query()
                : ids.query().replace(" order by a.name", " and (a.name > :afterName or a.name = :afterName and a.id > :afterId) order by a.name");
        var q = getEntityManager().createQuery("select distinct o from Authority o left join fetch o.tags where o.id in ("
                + inner + ", a.id offset :first rows fetch first :max rows only) order by o.name, o.id", Authority.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).setParameter("first", first).setParameter("max", max);
        ids.params().forEach(q::setParameter);
        if (afterName != null) q.setParameter("afterName", afterName).setParameter("afterId", afterId);
        return q.getResultList();
    }
}
