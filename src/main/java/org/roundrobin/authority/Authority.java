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

    /** The directory filtered by tag and/or jurisdiction (either may be null), tags fetched in the same query. */
    public static List<Authority> search(String tag, Jurisdiction jurisdiction, String text) {
        StringBuilder q = new StringBuilder("select distinct a from Authority a left join fetch a.tags where 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (tag != null && !tag.isBlank()) {
            q.append(" and exists (select 1 from Authority b join b.tags t where b = a and t = :tag)");
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
        return find(q.toString(), params).list();
    }
}
