package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import java.time.Instant;

/** A file that came with correspondence: usually the response letter as a PDF or Word document. */
@Entity
public class Attachment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "correspondence_id")
    public Correspondence correspondence;
    public String filename;
    public String mediaType;
    public long sizeBytes;
    /** The bytes, loaded only when asked for (lists show name and size). */
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    /** Text extracted from the file, where it has any (null: not extracted yet, or no text layer). */
    public String textContent;
    public Instant createdAt;

    @PrePersist
    void onCreate() {
        if (createdAt == null) createdAt = Instant.now();
        sizeBytes = content == null ? 0 : content.length;
    }
}
