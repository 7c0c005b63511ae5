package org.roundrobin.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;

/** Records a whole response in one transaction: the RESPONDED event and the letter as uploaded correspondence. */
@ApplicationScoped
public class Responses {

    @Inject
    Timelines timelines;

    public record Letter(String filename, String mediaType, byte[] content) {
    }

    /** Appends the response (problems as {@link Timelines#append} throws them) and keeps the letter; nothing is kept if either fails. */
    @Transactional
    public Timelines.Appended record(long requestId, EventInput response, Letter letter) {
        FoiRequest r = Timelines.find(requestId);
        Timelines.Appended appended = timelines.append(r, response);
        if (letter != null) {
            Correspondence c = new Correspondence();
            c.request = r;
            c.direction = Correspondence.Direction.IN;
            c.source = Correspondence.Source.UPLOAD;
            c.receivedAt = response.on().atTime(LocalTime.NOON).atZone(AppClock.UK).toInstant();
            c.subject = "Response letter" + (response.authorityReference() == null ? "" : " (" + response.authorityReference() + ")");
            c.recordedBy = appended.event().recordedBy;
            c.persist();
            Attachment a = new Attachment();
            a.correspondence = c;
            a.filename = letter.filename();
            a.mediaType = letter.mediaType();
            a.content = letter.content();
            a.persist();
            c.attachments.add(a);
        }
        return appended;
    }
}
