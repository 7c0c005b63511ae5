package org.roundrobin.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Stored files (reply letters, attachments) sent back to a browser: always as a download, never rendered inline
 * (an uploaded or emailed file is not trusted), with a Content-Disposition that no filename can break.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The file as an attachment with its stored media type (application/octet-stream when that is unusable). */
    public static Response file(byte[] content, String mediaType, String filename) {
        return Response.ok(content == null ? new byte[0] : content).type(mediaType(mediaType))
                .header("Content-Disposition", disposition(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }

    /**
     * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}: the quoted name keeps only safe ASCII
     * (no quotes, backslashes, control characters or line breaks), the encoded one keeps the real name (RFC 6266).
     */
    public static String disposition(String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename.replaceAll(".*[/\\\\]", "");
        if (name.length() > 200) name = name.substring(name.length() - 200);
        StringBuilder ascii = new StringBuilder();
        for (char ch : name.toCharArray()) ascii.append(ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\' && ch != ';' ? ch : '_');
        String encoded = URLEncoder.encode(name.replaceAll("\\p{Cntrl}", "_"), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The stored media type if it parses as one, else application/octet-stream. */
    public static MediaType mediaType(String stored) {
        if (stored == null || stored.isBlank() || stored.chars().anyMatch(ch -> ch < 0x20 || ch > 0x7e)) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
        try {
            MediaType t = MediaType.valueOf(stored.strip());
            return t.isWildcardType() || t.isWildcardSubtype() ? MediaType.APPLICATION_OCTET_STREAM_TYPE : t;
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }
}
