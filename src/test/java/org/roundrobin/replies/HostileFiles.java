package org.roundrobin.replies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files built to hurt a reader: a zip bomb dressed as a Word document, a damaged PDF, a PDF of thousands of pages. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A .docx whose document.xml inflates about a thousand times (40 MB of the same byte in a ~40 KB file). */
    public static byte[] zipBombDocx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 40; i++) zip.write(chunk);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] malformedPdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [3 0 R] /Count 1 >>\n\u0000\u0001garbage"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first third of a real PDF. */
    public static byte[] truncatedPdf() {
        byte[] whole = ReplyFiles.pdf("No information is held.\n\nYours sincerely", 3);
        return Arrays.copyOf(whole, whole.length / 3);
    }
}
