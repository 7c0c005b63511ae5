package org.roundrobin.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roundrobin.authority.Authority;
import org.roundrobin.law.Jurisdiction;

/** One FOI request text sent to many authorities: a round robin. */
@Entity
public class Campaign extends PanacheEntity {

    public enum State { DRAFT, LAUNCHED }

    public String slug;
    public String title;
    public String description;
    public String requestText;
    public String requesterName;
    public String requesterEmail;

    @Enumerated(EnumType.STRING)
    public State state = State.DRAFT;

    @ElementCollection
    @CollectionTable(name = "campaign_question", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("number")
    public List<Question> questions = new ArrayList<>();

    /** Targets: a tag, a jurisdiction (both may be set: their intersection), or an explicit list. */
    public String targetTag;
    @Enumerated(EnumType.STRING)
    public Jurisdiction targetJurisdiction;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "campaign_target", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "authority_id"))
    public Set<Authority> targetAuthorities = new LinkedHashSet<>();

    /** The date the request went out (set at launch). */
    public LocalDate sentOn;
    public Instant launchedAt;
    /** How many requests the launch created; drafts resolve their targets instead. */
    public Integer launchedCount;

    /** A linked campaign, e.g. a second, related request to the same bodies (regulators may group their cases). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "related_id")
    public Campaign related;

    @Version
    public int version;
    /**
     * Raised by {@link Revisions} whenever the campaign's requests, letters or cases change (never written from here:
     * an edit of the campaign must not undo a raise). Starts at a random value, so a campaign recreated with the same
     * id (a restore) never meets cached figures of the one before.
     */
    @jakarta.persistence.Column(updatable = false)
    public long revision;
    public Instant createdAt;
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        // A restore (io) brings the original timestamps; anything else is created now.
        if (createdAt == null) createdAt = Instant.now();
        if (updatedAt == null) updatedAt = createdAt;
        revision = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 52);
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    public Optional<Question> question(int number) {
        return questions.stream().filter(q -> q.number == number).findFirst();
    }

    public static Optional<Campaign> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public int targetCount() {
        return launchedCount != null ? launchedCount : resolveTargetIds().size();
    }

    /** The ids of {@link #resolveTargets}, in the same order, without reading the authorities (a launch of 50,000). */
    public List<Long> resolveTargetIds() {
        if (!targetAuthorities.isEmpty()) return resolveTargets().stream().map(a -> a.id).toList();
        return Authority.targetIds(targetTag, targetJurisdiction);
    }

    /** The addresses of {@link #resolveTargets}, without loading the authorities (a launch of 50,000 checks them). */
    public List<Authority.Address> resolveTargetAddresses() {
        if (!targetAuthorities.isEmpty()) return resolveTargets().stream().map(a -> new Authority.Address(a.id, a.slug, a.name, a.foiEmail)).toList();
        return Authority.targetAddresses(targetTag, targetJurisdiction);
    }

    /** The authorities this campaign is sent to, by name. */
    public List<Authority> resolveTargets() {
        if (!targetAuthorities.isEmpty()) {
            return targetAuthorities.stream().sorted(java.util.Comparator.comparing(a -> a.name)).toList();
        }
        return Authority.targets(targetTag, targetJurisdiction);
    }
}
