package org.roundrobin.replies;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.roundrobin.http.ProblemException;

/**
 * A Word .docx letter's text with Apache POI: one paragraph a paragraph, table rows as "cell | cell", and list
 * numbers that Word generates ("1.", "a)") written out, since letters number the questions that way. POI's
 * zip-bomb guard (inflation ratio, entry size, text size) stops hostile files.
 */
final class DocxText {

    private DocxText() {
    }

    static ReplyText read(byte[] bytes, Limits limits) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(Math.max(limits.maxBytes() * 20, 64L * 1024 * 1024));
        ZipSecureFile.setMaxTextSize(Math.max(limits.maxChars() * 4L, 1_000_000));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            Numbering numbering = new Numbering(doc.getNumbering());
            List<String> notes = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(numbering.label(p)).append(p.getText().strip()).append("\n\n");
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) cells.add(cell.getText().strip().replace('\n', ' '));
                        out.append(String.join(" | ", cells)).append('\n');
                    }
                    out.append('\n');
                }
                if (out.length() > limits.maxChars()) {
                    out.setLength(limits.maxChars());
                    notes.add("Only the first " + limits.maxChars() + " characters of the document were read (roundrobin.replies.max-chars).");
                    break;
                }
            }
            return new ReplyText(out.toString(), ReplyText.FileKind.DOCX, true, notes);
        } catch (Exception e) {
            if (e instanceof ProblemException p) throw p;
            String reason = Extraction.reason(e);
            if (reason.toLowerCase().contains("zip bomb") || reason.contains("exceeded") || reason.contains("ratio")) {
                throw PdfText.unreadable("The Word document expands far beyond its size (it looks like a zip bomb) and was not read");
            }
            throw PdfText.unreadable("The Word document cannot be read (" + reason + "); it may be damaged or not a .docx");
        }
    }

    /** Word's automatic list numbers, counted per list and level. */
    private static final class Numbering {
        private final Map<String, Integer> counters = new HashMap<>();

        private final XWPFNumbering numbering;

        Numbering(XWPFNumbering numbering) {
            this.numbering = numbering;
        }

        String label(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            CTLvl lvl = id == null ? null : level(id, p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl());
            if (lvl == null) return "";
            int level = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
            if (format.equals("bullet")) return "- ";
            if (format.equals("none")) return "";
            String key = id + ":" + level;
            int start = lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
            int n = counters.containsKey(key) ? counters.get(key) + 1 : start;
            counters.put(key, n);
            counters.keySet().removeIf(k -> k.startsWith(id + ":") && Integer.parseInt(k.substring(k.indexOf(':') + 1)) > level);
            String text = lvl.getLvlText() == null ? "%" + (level + 1) + "." : lvl.getLvlText().getVal();
            return text.replace("%" + (level + 1), render(n, format)).replaceAll("%\\d", "") + " ";
        }

        /** The list level a paragraph uses: its list (num) points to an abstract list holding the levels. */
        private CTLvl level(BigInteger numId, BigInteger ilvl) {
            if (numbering == null) return null;
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) return null;
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) return null;
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (ilvl.equals(lvl.getIlvl())) return lvl;
            }
            return null;
        }

        private static String render(int n, String format) {
            return switch (format) {
                case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
                case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
                case "lowerRoman" -> roman(n).toLowerCase();
                case "upperRoman" -> roman(n);
                default -> String.valueOf(n);
            };
        }

        private static String roman(int n) {
            String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
            return n < r.length ? r[n] : String.valueOf(n);
        }
    }
}
