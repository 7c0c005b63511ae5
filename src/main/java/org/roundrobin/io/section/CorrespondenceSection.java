package org.roundrobin.io.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.roundrobin.io.Checks;
import org.roundrobin.io.Cursor;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;

/**
 * Correspondence kept with requests (and the unmatched inbox: no campaign or authority), with attachments and
 * their content (base64 in JSON).
 */
@ApplicationScoped
public class CorrespondenceSection implements DataSection<CorrespondenceSection.Item> {

    public static final String NAME = "correspondence";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, String authority, Correspondence.Direction direction, Correspondence.Source source,
                       Instant receivedAt, String fromAddress, String toAddress, String subject, String bodyText, String bodyHtml,
                       String messageId, String inReplyTo, String recordedBy, Instant createdAt, List<AttachmentItem> attachments) {
        String requestKey() {
            return campaign == null ? null : RequestSection.Item.key(campaign, authority);
        }

        /** The same message when merging: by Message-ID, else by request, time, direction and subject. */
        String identity() {
            return messageId != null ? "id:" + messageId : requestKey() + "|" + receivedAt + "|" + direction + "|" + subject;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttachmentItem(String filename, String mediaType, Long sizeBytes, byte[] content, String textContent,
                                 Instant createdAt) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        String from = " left join co.request r left join r.campaign c left join r.authority a" + (scope.isAll() ? "" : " where c.slug = :campaign");
        Map<String, Object> params = scope.isAll() ? Map.of() : Map.of("campaign", scope.campaign());
        try (Cursor letters = Cursor.open("select co.id, c.slug, a.slug, co.direction, co.source, co.receivedAt, co.fromAddress,"
                + " co.toAddress, co.subject, co.bodyText, co.bodyHtml, co.messageId, co.inReplyTo, co.recordedBy, co.createdAt"
                + " from Correspondence co" + from + " order by co.receivedAt, co.id", params);
             Cursor files = Cursor.open("select co.id, f.filename, f.mediaType, f.sizeBytes, f.content, f.textContent, f.createdAt"
                     + " from Attachment f join f.correspondence co" + from + " order by co.receivedAt, co.id, f.id", params)) {
            while (letters.hasNext()) {
                Object[] l = letters.next();
                List<AttachmentItem> attachments = files.take(l[0]).stream().map(f -> new AttachmentItem((String) f[1], (String) f[2],
                        (Long) f[3], (byte[]) f[4], (String) f[5], (Instant) f[6])).toList();
                out.accept(new Item((String) l[1], (String) l[2], (Correspondence.Direction) l[3], (Correspondence.Source) l[4],
                        (Instant) l[5], (String) l[6], (String) l[7], (String) l[8], (String) l[9], (String) l[10], (String) l[11],
                        (String) l[12], (String) l[13], (Instant) l[14], attachments.isEmpty() ? null : attachments));
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return Correspondence.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item m = items.get(i);
            Checks c = Checks.of(restore, NAME, i);
            if (m == null) {
                c.fail(null, "is empty");
                continue;
            }
            if ((m.campaign() == null) != (m.authority() == null)) {
                c.fail("authority", "give both campaign and authority (a request), or neither (the unmatched inbox)");
            } else if (m.campaign() != null && restore.declared(RequestSection.Facts.class, m.requestKey()).isEmpty()) {
                c.fail("campaign", "no request of " + m.requestKey() + " is in the document or in this database");
            }
            c.required(m.direction(), "direction");
            c.required(m.source(), "source");
            c.required(m.receivedAt(), "receivedAt");
            if (c.required(m.recordedBy(), "recordedBy")) c.max(m.recordedBy(), 120, "recordedBy");
            c.max(m.fromAddress(), 320, "fromAddress");
            c.max(m.toAddress(), 320, "toAddress");
            c.max(m.subject(), 998, "subject");
            c.max(m.messageId(), 998, "messageId");
            c.max(m.inReplyTo(), 998, "inReplyTo");
            if (m.messageId() != null && !ids.add(m.messageId())) c.fail("messageId", "'" + m.messageId() + "' appears twice in the document");
            List<AttachmentItem> files = m.attachments() == null ? List.of() : m.attachments();
            for (int j = 0; j < files.size(); j++) {
                AttachmentItem f = files.get(j);
                String at = "attachments[" + j + "]";
                if (f == null) {
                    c.fail(at, "is empty");
                    continue;
                }
                if (c.required(f.filename(), at + ".filename")) c.max(f.filename(), 255, at + ".filename");
                if (c.required(f.mediaType(), at + ".mediaType")) c.max(f.mediaType(), 255, at + ".mediaType");
                if (c.required(f.content(), at + ".content") && f.sizeBytes() != null && f.sizeBytes() != f.content().length) {
                    c.fail(at + ".sizeBytes", "says " + f.sizeBytes() + " bytes but the content has " + f.content().length);
                }
            }
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        Set<String> present = new HashSet<>();
        if (restore.merge) {
            for (Object[] row : Panache.getEntityManager().createQuery("""
                    select co.messageId, c.slug, a.slug, co.receivedAt, co.direction, co.subject from Correspondence co
                    left join co.request r left join r.campaign c left join r.authority a""", Object[].class).getResultList()) {
                present.add(new Item((String) row[1], (String) row[2], (Correspondence.Direction) row[4], null, (Instant) row[3], null,
                        null, (String) row[5], null, null, (String) row[0], null, null, null, null).identity());
            }
        }
        int added = 0, unchanged = 0;
        for (Item m : items) {
            if (!present.add(m.identity())) {
                unchanged++;
                continue;
            }
            Correspondence co = new Correspondence();
            co.request = m.campaign() == null ? null : restore.entity(FoiRequest.class, m.requestKey());
            co.direction = m.direction();
            co.source = m.source();
            co.receivedAt = m.receivedAt();
            co.fromAddress = m.fromAddress();
            co.toAddress = m.toAddress();
            co.subject = m.subject();
            co.bodyText = m.bodyText();
            co.bodyHtml = m.bodyHtml();
            co.messageId = m.messageId();
            co.inReplyTo = m.inReplyTo();
            co.recordedBy = m.recordedBy();
            co.createdAt = m.createdAt();
            co.persist();
            List<Attachment> files = new ArrayList<>();
            for (AttachmentItem f : m.attachments() == null ? List.<AttachmentItem>of() : m.attachments()) {
                Attachment a = new Attachment();
                a.correspondence = co;
                a.filename = f.filename();
                a.mediaType = f.mediaType();
                a.content = f.content();
                a.textContent = f.textContent();
                a.createdAt = f.createdAt();
                files.add(a);
            }
            Attachment.persist(files);
            added++;
        }
        return Counts.of(added, 0, unchanged);
    }
}
