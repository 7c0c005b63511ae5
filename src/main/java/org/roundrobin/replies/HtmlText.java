package org.roundrobin.replies;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail body as text with its paragraph breaks: blocks become paragraphs, ordered list items get their
 * numbers ("1."), table cells are joined with " | " one row a line. Quoted earlier messages are dropped.
 */
final class HtmlText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
            "blockquote", "pre", "section", "article", "header", "footer", "hr", "dl");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "address", "center", "form", "caption");
    private static final String QUOTED = ".gmail_quote, blockquote[type=cite], .moz-cite-prefix, #divRplyFwdMsg, #appendonsend, .yahoo_quoted";

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select("script, style, head, title, " + QUOTED).remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                        out.append(s.isBlank() ? " " : s);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (PARAGRAPHS.contains(tag)) paragraph(out);
                    else if (LINES.contains(tag)) line(out);
                    if (tag.equals("li")) {
                        Element list = e.parent();
                        if (list != null && list.normalName().equals("ol")) {
                            int start = parseStart(list.attr("start"));
                            out.append(start + e.elementSiblingIndex()).append(". ");
                        } else {
                            out.append("- ");
                        }
                    }
                    if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) out.append(" | ");
                    if (tag.equals("br")) out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (PARAGRAPHS.contains(e.normalName())) paragraph(out);
                    else if (LINES.contains(e.normalName())) line(out);
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static int parseStart(String start) {
        try {
            return start.isBlank() ? 1 : Integer.parseInt(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void line(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    private static void paragraph(StringBuilder out) {
        line(out);
        if (out.length() >= 2 && out.charAt(out.length() - 2) != '\n') out.append('\n');
    }
}
