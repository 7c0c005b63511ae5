package org.roundrobin.replies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds reply letters as real PDF and Word files from text, the way forces' letters look: A4 pages of wrapped
 * Helvetica with a gap between paragraphs (PDFBox), and Word paragraphs whose "1." question numbers are Word's
 * own automatic list numbering, not typed text (POI).
 */
public final class ReplyFiles {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\.\\s+(.*)$");

    private ReplyFiles() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, 1);
    }

    /** The text as a PDF, repeated {@code copies} times. */
    public static byte[] pdf(String text, int copies) {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (String line : text.split("\n", -1)) lines.addAll(wrap(line, 95));
        }
        return pdf(lines);
    }

    /** The text repeated to fill exactly {@code pages} full pages (a long letter for the benchmark). */
    public static byte[] pdfOfPages(String text, int pages) {
        List<String> one = new ArrayList<>();
        for (String line : text.split("\n", -1)) one.addAll(wrap(line, 95));
        List<String> lines = new ArrayList<>();
        while (lines.size() < pages * PER_PAGE) lines.addAll(one);
        return pdf(lines.subList(0, pages * PER_PAGE));
    }

    private static final float LEADING = 13;
    private static final int PER_PAGE = (int) ((PDRectangle.A4.getHeight() - 100) / LEADING);

    private static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float leading = LEADING;
            int perPage = PER_PAGE;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(50, PDRectangle.A4.getHeight() - 50);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.showText(winAnsi(line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of blank pages: what a letter scanned to images looks like to a text extractor. */
    public static byte[] pdfWithoutText(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger numId = decimalList(doc);
            for (String paragraph : text.split("\n\\s*\n")) {
                XWPFParagraph p = null;
                for (String line : paragraph.split("\n")) {
                    Matcher numbered = NUMBERED.matcher(line);
                    if (numbered.matches()) {
                        p = doc.createParagraph();
                        p.setNumID(numId);
                        p.setNumILvl(BigInteger.ZERO);
                        p.createRun().setText(numbered.group(2));
                        continue;
                    }
                    if (p == null || p.getNumID() != null) {
                        p = doc.createParagraph();
                    } else {
                        p.getRuns().get(p.getRuns().size() - 1).addBreak();
                    }
                    XWPFRun run = p.createRun();
                    run.setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger decimalList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) cut = width;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 256 || "£€–—‘’“”•".indexOf(c) >= 0 ? c : '?');
        return b.toString();
    }
}
