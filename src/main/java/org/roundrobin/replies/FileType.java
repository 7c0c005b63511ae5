package org.roundrobin.replies;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of reply we read, told by content (magic bytes) first and by the declared media type or name second. */
enum FileType {
    TEXT, HTML, PDF, DOCX,
    /** A Word 97-2003 .doc (OLE2): not read; we ask for PDF or .docx instead. */
    DOC,
    /** A picture (a scanned letter): no text layer, and no OCR. */
    IMAGE,
    UNKNOWN;

    static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static FileType detect(byte[] bytes, String declared, String filename) {
        String type = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) return PDF;
        if (startsWith(bytes, "PK\u0003\u0004")) {
            boolean word = indexOf(bytes, "word/", bytes.length) >= 0;
            return word || type.contains("wordprocessingml") || name.endsWith(".docx") ? DOCX : UNKNOWN;
        }
        if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) return DOC;
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00ff\u00d8\u00ff") || startsWith(bytes, "GIF8")
                || startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*")) return IMAGE;
        if (!isText(bytes)) return UNKNOWN;
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        boolean markup = head.stripLeading().startsWith("<") && (head.contains("<html") || head.contains("<body")
                || head.contains("<p") || head.contains("<div") || head.contains("<!doctype") || head.contains("<br"));
        if (markup || type.contains("html") || name.endsWith(".html") || name.endsWith(".htm")) return HTML;
        return TEXT;
    }

    /** What the declared media type or name claims, for a message when the content says otherwise. */
    static String claimed(String declared, String filename) {
        String type = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (type.contains("pdf") || name.endsWith(".pdf")) return "a PDF";
        if (type.contains("wordprocessingml") || name.endsWith(".docx")) return "a Word .docx document";
        return null;
    }

    private static boolean isText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n - trailingPartial(bytes, n)));
            return true;
        } catch (CharacterCodingException e) {
            // Not UTF-8: accept Windows-1252 text if it is mostly printable.
            int printable = 0;
            for (int i = 0; i < n; i++) {
                int b = bytes[i] & 0xff;
                if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t') printable++;
            }
            return printable >= n * 0.95;
        }
    }

    /** Bytes of a UTF-8 sequence cut by the sample's end. */
    private static int trailingPartial(byte[] bytes, int n) {
        int back = 0;
        while (back < 3 && n - back - 1 >= 0 && (bytes[n - back - 1] & 0xc0) == 0x80) back++;
        if (n - back - 1 >= 0 && (bytes[n - back - 1] & 0xc0) == 0xc0) return back + 1;
        return 0;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xff) != magic.charAt(i)) return false;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String needle, int within) {
        int end = Math.min(bytes.length, within) - needle.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if ((bytes[i + j] & 0xff) != needle.charAt(j)) continue outer;
            }
            return i;
        }
        return -1;
    }
}
