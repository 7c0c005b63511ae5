package org.roundrobin.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes, never from the name or the type the browser claimed: the
 * letters an authority sends (PDF, Word, OpenDocument, images, e-mail, HTML, plain text) and CSV. Anything else
 * (an executable, an archive, a script) is refused. The stored media type is the detected one.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The media type of a letter, or empty when it is not a kind of file a letter comes as. */
    public static Optional<String> letterType(byte[] b, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (starts(b, "%PDF-")) return Optional.of("application/pdf");
        if (starts(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) return Optional.of("application/msword");
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) return Optional.of("image/png");
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of("image/jpeg");
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) return Optional.of("image/gif");
        if (starts(b, "II*\0") || starts(b, "MM\0*")) return Optional.of("image/tiff");
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            // Office Open XML and OpenDocument are zip files; other archives are not letters.
            if (name.endsWith(".docx")) return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            if (name.endsWith(".xlsx")) return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            if (name.endsWith(".odt")) return Optional.of("application/vnd.oasis.opendocument.text");
            return Optional.empty();
        }
        if (isText(b)) {
            String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
            if (name.endsWith(".eml")) return Optional.of("message/rfc822");
            if (head.startsWith("<!doctype html") || head.startsWith("<html")) return Optional.of("text/html");
            if (name.endsWith(".csv")) return Optional.of("text/csv");
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    /** Text a CSV import can read: UTF-8 (a byte-order mark allowed) with no NUL bytes. */
    public static boolean isText(byte[] b) {
        int n = Math.min(b.length, 1 << 20);
        for (int i = 0; i < n; i++) if (b[i] == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, trimPartial(b, n)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A sample cut at a byte limit may end inside a character: leave that out. */
    private static int trimPartial(byte[] b, int n) {
        if (n == b.length) return n;
        int i = n;
        while (i > 0 && i > n - 4 && (b[i - 1] & 0xC0) == 0x80) i--;
        if (i > 0 && (b[i - 1] & 0xC0) == 0xC0) i--;
        return i;
    }

    private static boolean starts(byte[] b, String magic) {
        return starts(b, magic.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (b[i] != magic[i]) return false;
        return true;
    }
}
