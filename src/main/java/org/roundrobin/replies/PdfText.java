package org.roundrobin.replies;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.roundrobin.http.ProblemException;

/**
 * A PDF letter's text with PDFBox, paragraphs separated by blank lines. Bounded: the page count is checked before
 * any text is read, text stops at the character limit, and decoded streams spill to a temporary file past 32 MB.
 */
final class PdfText {

    private static final long MEMORY = 32L * 1024 * 1024;

    private PdfText() {
    }

    static ReplyText read(byte[] bytes, Limits limits) {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MEMORY, limits.maxBytes() * 20).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw ProblemException.tooLarge("The PDF has " + pages + " pages; at most " + limits.maxPages()
                        + " are read (roundrobin.replies.max-pages)").with("pages", pages);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n");
            stripper.setLineSeparator("\n");
            Capped out = new Capped(limits.maxChars());
            List<String> notes = new ArrayList<>();
            try {
                stripper.writeText(doc, out);
            } catch (Capped.Full full) {
                notes.add("Only the first " + limits.maxChars() + " characters of the PDF were read (roundrobin.replies.max-chars).");
            }
            String text = out.toString();
            boolean layer = text.codePoints().filter(c -> !Character.isWhitespace(c)).limit(10).count() >= 10;
            if (!layer) notes.add("The PDF has no text layer (a scanned letter?): read it yourself; Round Robin does not do OCR.");
            return new ReplyText(layer ? text : "", ReplyText.FileKind.PDF, layer, notes);
        } catch (InvalidPasswordException e) {
            throw unreadable("The PDF is protected by a password; send an unprotected copy");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) throw p;
            throw unreadable("The PDF cannot be read (" + Extraction.reason(e) + "); it may be damaged or truncated");
        }
    }

    static ProblemException unreadable(String detail) {
        return new ProblemException(422, "Unreadable file", detail, List.of());
    }

    /** A writer that stops the extraction once it holds the most characters allowed. */
    static final class Capped extends Writer {
        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final int max;

        Capped(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            int room = max - text.length();
            text.append(buf, off, Math.min(len, Math.max(room, 0)));
            if (len > room) throw new Full();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
