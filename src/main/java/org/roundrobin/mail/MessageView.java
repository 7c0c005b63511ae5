package org.roundrobin.mail;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import org.roundrobin.request.Correspondence;

/** A reply (or other correspondence) as the pages show it: who, when, what it says, and its files. */
@TemplateData
public record MessageView(long id, Long requestId, boolean inbound, boolean uploaded, Instant receivedAt, String from, String to,
                          String subject, String body, boolean bodyFromHtml, String recordedBy, List<FileView> files) {

    @TemplateData
    public record FileView(long id, String filename, String mediaType, long sizeBytes) {
        public String size() {
            if (sizeBytes < 1024) return sizeBytes + " bytes";
            if (sizeBytes < 1024 * 1024) return (sizeBytes + 512) / 1024 + " KB";
            return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    public static MessageView of(Correspondence c) {
        boolean fromHtml = (c.bodyText == null || c.bodyText.isBlank()) && c.bodyHtml != null && !c.bodyHtml.isBlank();
        // An HTML-only message is shown as its text: its markup (and anything active in it) never reaches the page.
        String body = fromHtml ? org.jsoup.Jsoup.parse(c.bodyHtml).wholeText().strip() : c.bodyText;
        return new MessageView(c.id, c.request == null ? null : c.request.id, c.direction == Correspondence.Direction.IN,
                c.source == Correspondence.Source.UPLOAD, c.receivedAt, c.fromAddress, c.toAddress, c.subject, body, fromHtml,
                c.recordedBy, c.attachments.stream().map(a -> new FileView(a.id, a.filename, a.mediaType, a.sizeBytes)).toList());
    }

    public boolean hasBody() {
        return body != null && !body.isBlank();
    }

    /** Where a file is downloaded: under its request, or from the inbox while it has none. */
    public String fileLink(FileView f) {
        return requestId == null ? "/inbox/" + id + "/attachments/" + f.id() : "/requests/" + requestId + "/attachments/" + f.id();
    }
}
