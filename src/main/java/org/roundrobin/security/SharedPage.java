package org.roundrobin.security;

import io.quarkus.qute.HtmlEscaper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page rendered once for every viewer ({@link PageContext#shared}): its HTML as UTF-8, cut where the viewer's own
 * CSRF token and name go. {@link PageContext#fill} puts them in for each request, so a kept page costs a copy of its
 * bytes instead of a render, and no viewer ever sees another's token.
 */
public final class SharedPage {

    enum Hole { TOKEN, NAME }

    /** The name is escaped exactly as the template would have escaped it. */
    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of());

    private final List<byte[]> pieces;
    private final List<Hole> holes;
    private final int size;

    private SharedPage(List<byte[]> pieces, List<Hole> holes) {
        this.pieces = pieces;
        this.holes = holes;
        this.size = pieces.stream().mapToInt(p -> p.length).sum();
    }

    /** Cuts {@code html} at every placeholder for the token and the name. */
    static SharedPage of(String html, String tokenHole, String nameHole) {
        List<byte[]> pieces = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int t = html.indexOf(tokenHole, from), n = html.indexOf(nameHole, from);
            if (t < 0 && n < 0) break;
            boolean token = t >= 0 && (n < 0 || t < n);
            int at = token ? t : n;
            pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            holes.add(token ? Hole.TOKEN : Hole.NAME);
            from = at + (token ? tokenHole : nameHole).length();
        }
        pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new SharedPage(List.copyOf(pieces), List.copyOf(holes));
    }

    /** The page for one viewer: {@code token} as it is (URL-safe Base64), {@code name} escaped for HTML. */
    byte[] fill(String token, String name) {
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        byte[] n = ESCAPER.map(name, null).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + holes.size() * Math.max(t.length, n.length));
        for (int i = 0; i < pieces.size(); i++) {
            out.writeBytes(pieces.get(i));
            if (i < holes.size()) out.writeBytes(holes.get(i) == Hole.TOKEN ? t : n);
        }
        return out.toByteArray();
    }
}
