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
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One entry of a request's append-only timeline; also the audit log (who recorded what, when). Never updated. */
@Entity
public class RequestEvent extends PanacheEntity implements org.roundrobin.campaign.CampaignPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public FoiRequest request;
    /** Recording order within the request (1, 2, ...). */
    public int seq;
    @Enumerated(EnumType.STRING)
    public EventType type;
    /** The day it happened, which may be long before it was recorded. */
    @Column(name = "occurred_on")
    public LocalDate on;
    public Instant recordedAt;
    public String recordedBy;
    public String note;
    /** A note only the campaign's editors and owners see (not viewers, never a share link). */
    public boolean notePrivate;
    /** The authority's own reference, e.g. "F-2017-123". */
    public String authorityReference;
    public LocalDate extendedTo;
    @Enumerated(EnumType.STRING)
    public ReviewResult reviewResult;
    @Enumerated(EnumType.STRING)
    public DecisionOutcome decision;
    /** A decision notice's compliance date when the notice sets one other than 35 days. */
    public LocalDate complianceDue;
    /** A regulator's case reference (complaints and decision notices). */
    public String caseReference;
    /** For CORRECTED: the id of the event this one corrects. */
    public Long corrects;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_answer", joinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("question")
    public List<StoredAnswer> answers = new ArrayList<>();

    public Entry toEntry() {
        return new Entry(id, seq, type, on, answers.stream().map(StoredAnswer::toAnswer).toList(), extendedTo, reviewResult,
                decision, complianceDue, corrects);
    }

    @Override
    public Long campaignId() {
        return request == null ? null : request.campaignId();
    }
}
