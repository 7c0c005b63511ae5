package org.roundrobin.replies;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.roundrobin.http.ProblemException;

/**
 * Text from any kind of reply: plain text, HTML, PDF or Word .docx, told apart by content as well as by the
 * declared media type. Failures are problems (413 too large, 415 unsupported kind, 422 damaged or hostile file),
 * never an exception that escapes as a 500.
 */
public final class Extraction {

    private Extraction() {
    }

    public static ReplyText read(byte[] bytes, String mediaType, String filename, Limits limits) {
        if (bytes == null || bytes.length == 0) throw ProblemException.invalid("file", "is empty");
        if (bytes.length > limits.maxBytes()) {
            throw ProblemException.tooLarge("The file is " + bytes.length + " bytes; at most " + limits.maxBytes()
                    + " are accepted (roundrobin.replies.max-bytes)");
        }
        FileType type = FileType.detect(bytes, mediaType, filename);
        String claimed = FileType.claimed(mediaType, filename);
        return switch (type) {
            case PDF -> PdfText.read(bytes, limits);
            case DOCX -> DocxText.read(bytes, limits);
            case HTML -> text(HtmlText.toText(decode(bytes)), ReplyText.FileKind.HTML, limits);
            case TEXT -> {
                if (claimed != null) throw PdfText.unreadable("The file was sent as " + claimed + " but its content is plain text");
                yield text(decode(bytes), ReplyText.FileKind.TEXT, limits);
            }
            case IMAGE -> new ReplyText("", ReplyText.FileKind.IMAGE, false,
                    List.of("The file is a picture (a scanned letter?): read it yourself; Round Robin does not do OCR."));
            case DOC -> throw new ProblemException(415, "Unsupported media type",
                    "Word 97-2003 (.doc) files are not read; send the letter as PDF or .docx", List.of());
            case UNKNOWN -> throw claimed != null
                    ? PdfText.unreadable("The file was sent as " + claimed + " but its content is not one (damaged or mislabelled)")
                    : new ProblemException(415, "Unsupported media type",
                            "Send plain text, HTML, PDF or Word .docx; this file is none of them", List.of());
        };
    }

    /** Plain text (e.g. a form field), with the character limit applied. */
    public static ReplyText text(String text, ReplyText.FileKind kind, Limits limits) {
        String s = text == null ? "" : text;
        if (s.length() > limits.maxChars()) {
            return new ReplyText(s.substring(0, limits.maxChars()), kind, true,
                    List.of("Only the first " + limits.maxChars() + " characters were read (roundrobin.replies.max-chars)."));
        }
        return new ReplyText(s, kind, true, List.of());
    }

    static String decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.indexOf('\ufffd') >= 0 ? new String(bytes, Charset.forName("windows-1252")) : utf8;
    }

    /** A short reason for a failure, without stack details. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null) message = t.getMessage();
            if (message != null && message.toLowerCase().contains("zip bomb")) break;
            t = t.getCause();
        }
        String m = message == null ? e.getClass().getSimpleName() : message;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
