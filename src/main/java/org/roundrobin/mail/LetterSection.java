package org.roundrobin.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.roundrobin.io.section.RequestSection;
import org.roundrobin.request.FoiRequest;

/**
 * The outbox in the export document ({@code "letters"}): every letter as it was rendered and what became of it,
 * named by its request (campaign and authority), kind and sequence; the timeline event its delivery recorded is named
 * by its {@code seq}. A restore never makes a letter go again: one that was being handed to the mail server when the
 * document was written ({@code SENDING}) comes back {@code UNCERTAIN} for a person to confirm or requeue, and when
 * merging, a letter already here is left as it is (the outbox here is live).
 */
@ApplicationScoped
public class LetterSection implements DataSection<LetterSection.Item> {

    public static final String NAME = "letters";
    static final String RESTORED_IN_FLIGHT = "Was being handed to the mail server when the export was written, so nobody knows if it"
            + " went: check the sent folder, then confirm it was sent or requeue it";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String campaign, String authority, LetterKind kind, Integer sequence, Letter.Status status, Integer attempts,
                       Instant nextAttemptAt, Instant claimedAt, String lastError, String messageId, String reference,
                       String fromAddress, String fromName, String toAddress, String replyTo, String subject, String bodyText,
                       String bodyHtml, Instant queuedAt, String queuedBy, Instant sentAt, LocalDate sentOn, Integer eventSeq,
                       String timelineError) {

        String requestKey() {
            return RequestSection.Item.key(campaign, authority);
        }

        /** The letter's identity: the same letter is never queued twice. */
        String identity() {
            return identity(requestKey(), kind, sequence);
        }

        static String identity(String requestKey, LetterKind kind, Integer sequence) {
            return requestKey + "|" + kind + "|" + sequence;
        }
    }

    @Inject
    RequestSection requests;

    @Override
    public String name() {
        return NAME;
    }

    /** After requests (30) and cases (50). */
    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    /** One statement, by request, kind and sequence. */
    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        Map<String, Object> params = scope.isAll() ? Map.of() : Map.of("campaign", scope.campaign());
        try (Cursor letters = Cursor.open("select camp.slug, a.slug, l.kind, l.sequence, l.status, l.attempts, l.nextAttemptAt,"
                + " l.claimedAt, l.lastError, l.messageId, l.reference, l.fromAddress, l.fromName, l.toAddress, l.replyTo, l.subject,"
                + " l.bodyText, l.bodyHtml, l.queuedAt, l.queuedBy, l.sentAt, l.sentOn, e.seq, l.timelineError"
                + " from Letter l join l.request r join r.campaign camp join r.authority a left join RequestEvent e on e.id = l.eventId"
                + (scope.isAll() ? "" : " where camp.slug = :campaign") + " order by camp.slug, a.slug, l.kind, l.sequence", params)) {
            while (letters.hasNext()) {
                Object[] l = letters.next();
                out.accept(new Item((String) l[0], (String) l[1], (LetterKind) l[2], (Integer) l[3], (Letter.Status) l[4], (Integer) l[5],
                        (Instant) l[6], (Instant) l[7], (String) l[8], (String) l[9], (String) l[10], (String) l[11], (String) l[12],
                        (String) l[13], (String) l[14], (String) l[15], (String) l[16], (String) l[17], (Instant) l[18], (String) l[19],
                        (Instant) l[20], (LocalDate) l[21], (Integer) l[22], (String) l[23]));
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return Letter.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Map<String, String> storedIds = restore.merge ? stored() : Map.of(); // Message-ID -> identity
        Set<String> identities = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item l = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (l == null) {
                k.fail(null, "is empty");
                continue;
            }
            k.required(l.kind(), "kind");
            k.required(l.status(), "status");
            if (k.required(l.sequence(), "sequence") && l.sequence() < 1) k.fail("sequence", "must be 1 or more");
            if (k.required(l.attempts(), "attempts") && l.attempts() < 0) k.fail("attempts", "must be 0 or more");
            header(l.messageId(), 998, "messageId", true, k);
            header(l.reference(), 200, "reference", true, k);
            header(l.fromAddress(), 320, "fromAddress", true, k);
            header(l.fromName(), 200, "fromName", false, k);
            header(l.toAddress(), 320, "toAddress", true, k);
            header(l.replyTo(), 320, "replyTo", false, k);
            header(l.subject(), 998, "subject", true, k);
            header(l.queuedBy(), 120, "queuedBy", true, k);
            k.required(l.bodyText(), "bodyText");
            k.required(l.queuedAt(), "queuedAt");
            if (l.status() == Letter.Status.SENT) k.required(l.sentOn(), "sentOn");
            if (l.messageId() != null) {
                if (!messageIds.add(l.messageId())) k.fail("messageId", "'" + l.messageId() + "' appears twice in the document");
                String here = storedIds.get(l.messageId());
                if (here != null && !here.equals(l.identity())) {
                    k.fail("messageId", "'" + l.messageId() + "' is another letter's here (" + here + ")");
                }
            }
            boolean named = k.required(l.campaign(), "campaign");
            if (!k.required(l.authority(), "authority") || !named) continue;
            var request = requests.facts(restore, l.campaign(), l.authority());
            if (request.isEmpty()) {
                k.fail("campaign", "no request of " + l.requestKey() + " is in the document or in this database");
                continue;
            }
            if (l.kind() != null && l.sequence() != null && !identities.add(l.identity())) {
                k.fail("sequence", l.kind() + " letter " + l.sequence() + " to " + l.requestKey() + " appears twice in the document");
            }
            if (l.eventSeq() != null && l.kind() != null) {
                RequestSection.EventFacts e = request.get().events().get(l.eventSeq());
                if (e == null) {
                    k.fail("eventSeq", "the request of " + l.requestKey() + " has no event " + l.eventSeq());
                } else if (e.type() != l.kind().event) {
                    k.fail("eventSeq", "event " + l.eventSeq() + " is " + e.type() + ", not the " + l.kind().event + " this letter's delivery records");
                }
            }
        }
    }

    private static void header(String value, int max, String field, boolean required, Checks k) {
        if (required && !k.required(value, field)) return;
        k.max(value, max, field);
        k.oneLine(value, field);
    }

    /** When merging: the Message-ID of every stored letter, with its identity. */
    private static Map<String, String> stored() {
        Map<String, String> map = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select l.messageId, camp.slug, a.slug, l.kind, l.sequence from Letter l"
                + " join l.request r join r.campaign camp join r.authority a", Object[].class).getResultList()) {
            map.put((String) row[0], Item.identity(RequestSection.Item.key((String) row[1], (String) row[2]), (LetterKind) row[3], (Integer) row[4]));
        }
        return map;
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        Set<String> present = new HashSet<>(restore.merge ? stored().values() : Set.of());
        int added = 0, unchanged = 0;
        for (Item i : items) {
            if (!present.add(i.identity())) {
                unchanged++; // merging: the letter here has moved on, or is the same; never turned back
                continue;
            }
            Letter l = new Letter();
            l.request = restore.entity(FoiRequest.class, i.requestKey());
            l.kind = i.kind();
            l.sequence = i.sequence();
            l.status = i.status();
            l.attempts = i.attempts();
            l.nextAttemptAt = i.nextAttemptAt();
            l.claimedAt = i.claimedAt();
            l.lastError = i.lastError();
            if (l.status == Letter.Status.SENDING) {
                // In flight when exported: it may have gone. Never resent automatically; a person decides.
                l.status = Letter.Status.UNCERTAIN;
                l.lastError = RESTORED_IN_FLIGHT;
            }
            l.messageId = i.messageId();
            l.reference = i.reference();
            l.fromAddress = i.fromAddress();
            l.fromName = i.fromName();
            l.toAddress = i.toAddress();
            l.replyTo = i.replyTo();
            l.subject = i.subject();
            l.bodyText = i.bodyText();
            l.bodyHtml = i.bodyHtml();
            l.queuedAt = i.queuedAt();
            l.queuedBy = i.queuedBy();
            l.sentAt = i.sentAt();
            l.sentOn = i.sentOn();
            l.eventId = i.eventSeq() == null ? null
                    : requests.event(restore, i.campaign(), i.authority(), i.eventSeq()).orElseThrow().id;
            l.timelineError = i.timelineError();
            l.persist();
            added++;
        }
        return Counts.of(added, 0, unchanged);
    }
}
