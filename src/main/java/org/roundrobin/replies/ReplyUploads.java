package org.roundrobin.replies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timelines;

/**
 * A reply that came by post or through a web portal, added by hand: kept with its request as correspondence
 * (direction IN, source UPLOAD) with the file, and RECEIVED on the timeline, which marks it "reply to classify" —
 * the same as a reply read from the mailbox. The file is told by its content, never by the name or type the browser
 * gave, and must be one the reply reader reads (text, HTML, PDF, Word .docx, or a picture of a scanned letter).
 */
@ApplicationScoped
public class ReplyUploads {

    @Inject
    Timelines timelines;
    @Inject
    RepliesConfig config;

    public enum How {
        POST("by post"), PORTAL("through a web portal"), EMAIL("by email to another address"), OTHER("another way");

        public final String words;

        How(String words) {
            this.words = words;
        }
    }

    /** A file as uploaded. */
    public record Upload(String filename, String declaredType, byte[] content) {
    }

    /** A file that passed: its type by content, and its text when it has a text layer (kept for the classifier). */
    public record Checked(Upload upload, String mediaType, String text) {
    }

    public record Input(LocalDate on, How how, String from, String subject, String text, Checked file) {
    }

    /** Reads the file as the classifier will: 413 too large, 415 not a kind we read, 422 damaged (each with a reason). */
    public Checked check(Upload f) {
        ReplyText read = Extraction.read(f.content(), f.declaredType(), f.filename(), config.limits());
        return new Checked(f, mediaType(f.content(), f.declaredType(), f.filename()), read.textLayer() && !read.text().isBlank() ? read.text() : null);
    }

    /** Stores the reply and appends RECEIVED, in one transaction; nothing is kept if the timeline refuses the date. */
    @Transactional
    public Correspondence store(long requestId, Input in) {
        FoiRequest r = Timelines.find(requestId);
        String what = in.file() != null ? in.file().upload().filename() : "pasted text";
        String note = "Reply received " + in.how().words + ", added by hand (" + what + ")";
        Timelines.Appended received = timelines.append(r, new EventInput(EventType.RECEIVED, in.on(), note, null, null, null, null, null,
                null, null, null, null, null));
        Correspondence c = new Correspondence();
        c.request = r;
        c.direction = Correspondence.Direction.IN;
        c.source = Correspondence.Source.UPLOAD;
        c.receivedAt = in.on().atTime(LocalTime.NOON).atZone(AppClock.UK).toInstant();
        c.fromAddress = in.from();
        c.subject = in.subject() != null ? in.subject() : "Reply received " + in.how().words;
        c.bodyText = in.text();
        c.recordedBy = received.event().recordedBy;
        c.persist();
        if (in.file() != null) {
            Attachment a = new Attachment();
            a.correspondence = c;
            a.filename = in.file().upload().filename();
            a.mediaType = in.file().mediaType();
            a.content = in.file().upload().content();
            a.textContent = in.file().text();
            a.persist();
            c.attachments.add(a);
        }
        return c;
    }

    /** The media type the content shows (what it is stored and served as). */
    static String mediaType(byte[] bytes, String declared, String filename) {
        return switch (FileType.detect(bytes, declared, filename)) {
            case PDF -> "application/pdf";
            case DOCX -> FileType.DOCX_MEDIA_TYPE;
            case HTML -> "text/html; charset=UTF-8";
            case TEXT -> "text/plain; charset=UTF-8";
            case IMAGE -> image(bytes);
            case DOC, UNKNOWN -> throw new ProblemException(415, "Unsupported media type", "not a kind of file the reply reader reads", java.util.List.of());
        };
    }

    private static String image(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0x89 && b[1] == 'P') return "image/png";
        if (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return "image/jpeg";
        if (b.length > 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') return "image/gif";
        return "image/tiff";
    }
}
