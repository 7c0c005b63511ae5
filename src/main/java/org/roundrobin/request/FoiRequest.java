package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.law.Law;

/**
 * A campaign's request to one authority. The timeline ({@link #events}) is the truth; the fields from
 * {@link #state} down are its projection, rewritten by {@link Timelines} whenever an event is appended,
 * so lists and summaries can filter and count in SQL.
 */
@Entity
@Table(name = "foi_request")
public class FoiRequest extends PanacheEntity implements org.roundrobin.campaign.CampaignPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id")
    public Authority authority;
    @Version
    public int version;
    public Instant createdAt;

    @OneToMany(mappedBy = "request", fetch = FetchType.LAZY)
    @OrderBy("seq")
    public List<RequestEvent> events = new ArrayList<>();

    // ---- projection of the timeline (see Timelines.project) ----
    @Enumerated(EnumType.STRING)
    public Status state = Status.NOT_SENT;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public LocalDate sentOn;
    /** When the authority becomes late: the statutory date, or an extension's. */
    public LocalDate dueOn;
    public LocalDate veryOverdueOn;
    public LocalDate respondedOn;
    public LocalDate reviewDueOn;
    @Column(name = "working_days_taken")
    public Integer workingDaysTaken;
    /** A reply arrived (RECEIVED) that no later event has classified. */
    public boolean replyToClassify;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_answer", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("question")
    public List<StoredAnswer> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_section", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "section")
    public Set<String> sections = new LinkedHashSet<>();

    @PrePersist
    void onCreate() {
        if (createdAt == null) createdAt = Instant.now();
    }

    @Override
    public Long campaignId() {
        return campaign == null ? null : campaign.id;
    }

    public Law law() {
        return authority.law;
    }

    /** The status on {@code today}, from the projection (no timeline replay). */
    public Status statusOn(LocalDate today) {
        return state.at(today, dueOn, veryOverdueOn, reviewDueOn);
    }

    public static long countFor(Authority authority) {
        return count("authority", authority);
    }
}
