package org.roundrobin.replies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Law;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;

/**
 * Suggestions for stored replies: the newest reply on a request, read with the request's law and its campaign's
 * questions. Attachments are read on demand and their text kept ({@link Attachment#textContent}) so a second look
 * costs nothing. The response form pre-fills from {@link #forRequest}.
 */
@ApplicationScoped
public class Suggestions {

    /** Pictures smaller than this are logos in a signature, not scanned letters. */
    private static final long SCAN_MIN_BYTES = 100_000;

    @Inject
    RepliesConfig config;

    /** What the newest reply on the request seems to say; empty when no reply is stored. */
    @Transactional
    public Optional<Suggestion> forRequest(FoiRequest r) {
        return Correspondence.latestInbound(r).map(c -> forReply(c, r.law(), r.campaign.questions.size()));
    }

    /** What a stored reply (its body and attachments) seems to say. */
    @Transactional
    public Suggestion forReply(Correspondence c, Law law, int questions) {
        StringBuilder text = new StringBuilder();
        List<String> notes = new ArrayList<>();
        boolean textLayer = true;
        if (c.bodyText != null && !c.bodyText.isBlank()) text.append(c.bodyText);
        else if (c.bodyHtml != null && !c.bodyHtml.isBlank()) text.append(HtmlText.toText(c.bodyHtml));
        for (Attachment a : c.attachments) {
            if (a.textContent != null) {
                text.append("\n\n").append(a.textContent);
                continue;
            }
            if (a.content == null) continue;
            try {
                ReplyText read = Extraction.read(a.content, a.mediaType, a.filename, config.limits());
                if (read.textLayer()) {
                    a.textContent = read.text();
                    text.append("\n\n").append(read.text());
                } else if (read.kind() == ReplyText.FileKind.IMAGE && a.sizeBytes < SCAN_MIN_BYTES) {
                    continue;
                } else {
                    textLayer = false;
                }
                read.notes().forEach(n -> notes.add(a.filename + ": " + n));
            } catch (ProblemException e) {
                notes.add(a.filename + ": not read: " + e.getMessage());
            }
        }
        String limited = Extraction.text(text.toString(), ReplyText.FileKind.TEXT, config.limits()).text();
        return Classifier.classify(limited, law, questions).withNotes(textLayer, notes);
    }
}
