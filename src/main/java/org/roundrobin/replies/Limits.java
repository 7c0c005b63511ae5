package org.roundrobin.replies;

/**
 * What reading a file may cost, so a hostile file fails cleanly instead of exhausting memory or time.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most PDF pages accepted
 * @param maxChars most characters of text kept (longer text is cut, with a note)
 */
public record Limits(long maxBytes, int maxPages, int maxChars) {

    public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 300, 200_000);
}
