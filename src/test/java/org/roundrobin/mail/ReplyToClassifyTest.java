package org.roundrobin.mail;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.Entry;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timeline;

/** The "reply to classify" flag and the mail events, derived by the pure timeline (no database). */
class ReplyToClassifyTest {

    static final LocalDate SENT = LocalDate.of(2025, 3, 3);

    private final List<Entry> entries = new ArrayList<>();

    private RequestState add(EventType type, LocalDate on, Answer... answers) {
        entries.add(new Entry(entries.size() + 1, entries.size() + 1, type, on, List.of(answers), null, null, null, null, null));
        return Timeline.replay(Law.FOIA, entries, SENT.plusDays(60), Timeline.Policy.DEFAULT);
    }

    @Test
    void aReplyIsFlaggedUntilAResponseIsRecordedAfterIt() {
        assertFalse(add(EventType.SENT, SENT).replyToClassify());
        RequestState received = add(EventType.RECEIVED, SENT.plusDays(3));
        assertTrue(received.replyToClassify());
        assertEquals(Status.AWAITING_RESPONSE, received.state()); // RECEIVED changes no status
        assertTrue(add(EventType.CHASER_SENT, SENT.plusDays(40)).replyToClassify()); // our own letter classifies nothing
        assertFalse(add(EventType.RESPONDED, SENT.plusDays(3), new Answer(1, Outcome.NOT_HELD, List.of())).replyToClassify());
        assertTrue(add(EventType.RECEIVED, SENT.plusDays(50)).replyToClassify()); // a second reply flags it again
    }

    @Test
    void anAcknowledgementOrANoteAlsoSettlesAReply() {
        add(EventType.SENT, SENT);
        add(EventType.RECEIVED, SENT.plusDays(1));
        assertFalse(add(EventType.ACKNOWLEDGED, SENT.plusDays(1)).replyToClassify());
        add(EventType.RECEIVED, SENT.plusDays(2));
        assertFalse(add(EventType.NOTE, SENT.plusDays(2)).replyToClassify());
    }

    @Test
    void aChaserIsRefusedBeforeTheRequestWasSentButAReplyIsNot() {
        assertThrows(Timeline.Refused.class, () -> add(EventType.CHASER_SENT, SENT));
        entries.clear();
        assertTrue(add(EventType.RECEIVED, SENT).replyToClassify());
    }
}
