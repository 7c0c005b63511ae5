package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message to or from an authority kept with a request: a reply read from the mailbox, or a response
 * letter a person uploaded. A message not yet matched to a request has none (the inbox to assign by hand).
 */
@Entity
public class Correspondence extends PanacheEntity {

    public enum Direction { IN, OUT }

    public enum Source { EMAIL, UPLOAD }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    public FoiRequest request;
    @Enumerated(EnumType.STRING)
    public Direction direction = Direction.IN;
    @Enumerated(EnumType.STRING)
    public Source source;
    public Instant receivedAt;
    public String fromAddress;
    public String toAddress;
    public String subject;
    public String bodyText;
    public String bodyHtml;
    /** The RFC 5322 Message-ID; a message is stored once, whoever fetches it and however often. */
    public String messageId;
    public String inReplyTo;
    public String recordedBy;
    public Instant createdAt;

    @OneToMany(mappedBy = "correspondence", fetch = FetchType.LAZY)
    @OrderBy("id")
    public List<Attachment> attachments = new ArrayList<>();

    @PrePersist
    void onCreate() {
        if (createdAt == null) createdAt = Instant.now();
        if (receivedAt == null) receivedAt = createdAt;
    }

    public static List<Correspondence> forRequest(FoiRequest r) {
        return list("request = ?1 order by receivedAt, id", r);
    }

    /** The newest reply from the authority, if any. */
    public static Optional<Correspondence> latestInbound(FoiRequest r) {
        return find("request = ?1 and direction = ?2 order by receivedAt desc, id desc", r, Direction.IN).firstResultOptional();
    }

    public static Optional<Correspondence> findByMessageId(String messageId) {
        return find("messageId", messageId).firstResultOptional();
    }
}
