package org.roundrobin.casework;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;
import org.roundrobin.law.Step;
import org.roundrobin.request.Answer;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;

/**
 * A regulator's case about one request: an ICO complaint or an application to the Scottish Information
 * Commissioner. The request's timeline is the truth for the complaint's date and the decision; the columns
 * that repeat it are refreshed from every replay ({@link #mirror}) in the transaction that appends the event.
 */
@Entity
@Table(name = "regulator_case")
public class RegulatorCase extends PanacheEntity implements org.roundrobin.campaign.CampaignPart {

    public String reference;
    @Enumerated(EnumType.STRING)
    public Regulator regulator;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public FoiRequest request;
    /** The case the regulator decides first; this one follows it (null: not grouped, or the lead itself). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    public RegulatorCase lead;
    public LocalDate submittedOn;
    /** When the regulator accepted the complaint for investigation. */
    public LocalDate acceptedOn;
    public String grounds;
    /** Sections the complaint contests, normalised and joined with ';' (e.g. "31(3);24(2)"). */
    public String sectionsContested;

    // ---- the decision, as the timeline has it ----
    public LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;
    public String stepsOrdered;
    /** The compliance date when the notice gives one other than the law's default (35 calendar days). */
    public LocalDate complianceDueOverride;

    @Version
    public int version;
    public Instant createdAt;
    public Instant updatedAt;

    /** Fills only what is missing: a restored case keeps its recorded times. */
    @PrePersist
    void onCreate() {
        if (createdAt == null) createdAt = Instant.now();
        if (updatedAt == null) updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Law law() {
        return request.law();
    }

    public Campaign campaign() {
        return request.campaign;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public List<String> sections() {
        return Answer.parseSections(sectionsContested);
    }

    /** The date the authority must comply by: as the notice says, else the law's period from the notice. */
    public LocalDate complianceDue() {
        if (decidedOn == null) return null;
        return complianceDueOverride != null ? complianceDueOverride : law().due(Step.DECISION_COMPLIANCE, decidedOn);
    }

    /** The last day to appeal the decision (FOIA: 28 days to the First-tier Tribunal; FOISA: 42 days to the Court of Session). */
    public LocalDate appealBy() {
        return decidedOn == null ? null : law().due(Step.APPEAL, decidedOn);
    }

    /** Copies the complaint and decision from a replay of the request's timeline. */
    void mirror(RequestState s) {
        Mirror m = Mirror.of(s, law(), submittedOn);
        submittedOn = m.submittedOn();
        decidedOn = m.decidedOn();
        outcome = m.outcome();
        complianceDueOverride = m.complianceDueOverride();
    }

    /** The columns a case copies from its request's timeline: what {@link #mirror} writes, for comparing first (restores). */
    record Mirror(LocalDate submittedOn, LocalDate decidedOn, DecisionOutcome outcome, LocalDate complianceDueOverride) {
        static Mirror of(RequestState s, Law law, LocalDate submittedOn) {
            LocalDate decided = s.decisionOn();
            LocalDate due = s.deadlines().complianceDue();
            return new Mirror(s.complaintOn() != null ? s.complaintOn() : submittedOn, decided, s.decision(),
                    decided == null || due == null || Objects.equals(due, law.due(Step.DECISION_COMPLIANCE, decided)) ? null : due);
        }
    }

    public static Optional<RegulatorCase> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public static Optional<RegulatorCase> findByRequest(FoiRequest r) {
        return find("request", r).firstResultOptional();
    }

    private static final String WITH_REQUEST = "select c from RegulatorCase c join fetch c.request r join fetch r.authority "
            + "join fetch r.campaign left join fetch c.lead ";

    /** A campaign's cases with their requests, authorities and leads, in one statement. */
    public static List<RegulatorCase> forCampaign(Campaign campaign) {
        return find(WITH_REQUEST + "where r.campaign = ?1 order by c.reference", campaign).list();
    }

    /** The cases that name any of these as their lead, in one statement. */
    public static List<RegulatorCase> followersOf(Collection<RegulatorCase> leads) {
        if (leads.isEmpty()) return List.of();
        return find(WITH_REQUEST + "where c.lead in ?1 order by c.reference", leads).list();
    }

    @Override
    public Long campaignId() {
        return request == null ? null : request.campaignId();
    }
}
