package org.roundrobin.replies;

import java.util.List;

/**
 * Text read from a reply.
 *
 * @param text      the text ("" when there is none)
 * @param kind      what it was read from
 * @param textLayer false for a PDF without a text layer (a scan) or a picture: there is nothing to read without OCR
 * @param notes     what the reader should know, e.g. that the text was cut at the character limit
 */
public record ReplyText(String text, FileKind kind, boolean textLayer, List<String> notes) {

    /** Kinds of file a reply comes as. */
    public enum FileKind { TEXT, HTML, PDF, DOCX, IMAGE }

    public ReplyText {
        notes = List.copyOf(notes);
    }
}
