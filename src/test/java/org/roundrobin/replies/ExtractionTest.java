package org.roundrobin.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.roundrobin.http.ProblemException;

class ExtractionTest {

    private static final Limits LIMITS = new Limits(2L * 1024 * 1024, 50, 200_000);

    private static ReplyText read(byte[] bytes, String type) {
        return Extraction.read(bytes, type, null, LIMITS);
    }

    private static int status(byte[] bytes, String type) {
        return assertThrows(ProblemException.class, () -> read(bytes, type)).status;
    }

    @Test
    void htmlKeepsParagraphsAndListNumbers() {
        String html = "<html><body><p>Dear Requester,</p><div>Our answers:</div><ol><li>How many?</li><li>Why?</li></ol>"
                + "<table><tr><td>2022</td><td>318</td></tr></table><p>Line one<br>line two</p>"
                + "<div class=\"gmail_quote\">On Mon wrote: if not held, say so</div></body></html>";
        String text = read(html.getBytes(StandardCharsets.UTF_8), "text/html").text();
        assertTrue(text.contains("Dear Requester,\n\nOur answers:"), text);
        assertTrue(text.contains("1. How many?\n2. Why?"), text);
        assertTrue(text.contains("2022 | 318"), text);
        assertTrue(text.contains("Line one\nline two"), text);
        assertFalse(text.contains("not held"), "the quoted message is dropped: " + text);
    }

    @Test
    void htmlIsToldByContentEvenWhenSentAsText() {
        ReplyText r = read("<p>No information held.</p><p>Regards</p>".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(ReplyText.FileKind.HTML, r.kind());
        assertEquals("No information held.\n\nRegards", r.text());
    }

    @Test
    void pdfTextIsRead() {
        ReplyText r = read(ReplyFiles.pdf("Dear Requester\n\nNo information is held by the force."), "application/octet-stream");
        assertEquals(ReplyText.FileKind.PDF, r.kind());
        assertTrue(r.textLayer());
        assertTrue(r.text().contains("No information is held by the force."), r.text());
    }

    @Test
    void aPdfWithoutATextLayerIsReportedAsSuch() {
        ReplyText r = read(ReplyFiles.pdfWithoutText(2), "application/pdf");
        assertFalse(r.textLayer());
        assertEquals("", r.text());
        assertTrue(r.notes().get(0).contains("no text layer"), r.notes().toString());
    }

    @Test
    void wordListNumbersAreWrittenOut() {
        ReplyText r = read(ReplyFiles.docx("Our response:\n\n1. How many?\n\nThere are 41.\n\n2. Why?\n\nNo information held."), FileType.DOCX_MEDIA_TYPE);
        assertEquals(ReplyText.FileKind.DOCX, r.kind());
        assertTrue(r.text().contains("1. How many?"), r.text());
        assertTrue(r.text().contains("2. Why?"), r.text());
    }

    @Test
    void aZipBombIsRefusedCleanly() {
        ProblemException p = assertThrows(ProblemException.class, () -> read(HostileFiles.zipBombDocx(), FileType.DOCX_MEDIA_TYPE));
        assertEquals(422, p.status);
        assertTrue(p.getMessage().contains("zip bomb"), p.getMessage());
    }

    @Test
    void damagedPdfsAreRefusedCleanly() {
        assertEquals(422, status(HostileFiles.malformedPdf(), "application/pdf"));
        try {
            read(HostileFiles.truncatedPdf(), "application/pdf");
        } catch (ProblemException p) {
            assertEquals(422, p.status, "a truncated PDF is either recovered or refused as unreadable");
        }
    }

    @Test
    void aPdfOfTooManyPagesIsRefusedBeforeReading() {
        ProblemException p = assertThrows(ProblemException.class, () -> read(ReplyFiles.pdfWithoutText(3000), "application/pdf"));
        assertEquals(413, p.status);
        assertTrue(p.getMessage().contains("3000 pages"), p.getMessage());
    }

    @Test
    void tooManyBytesIsRefused() {
        assertEquals(413, status(new byte[(int) LIMITS.maxBytes() + 1], "text/plain"));
    }

    @Test
    void textPastTheCharacterLimitIsCutWithANote() {
        ReplyText r = Extraction.read("x".repeat(300_000).getBytes(StandardCharsets.UTF_8), "text/plain", null, LIMITS);
        assertEquals(200_000, r.text().length());
        assertTrue(r.notes().get(0).contains("200000"), r.notes().toString());
    }

    @Test
    void contentThatIsNotWhatItClaimsIsRefused() {
        assertEquals(422, status("plain words".getBytes(StandardCharsets.UTF_8), "application/pdf"));
        assertEquals(415, status(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0}, "application/msword"));
        assertEquals(415, status(new byte[] {0, 1, 2, 3, 0, 0, 7}, "application/octet-stream"));
        assertEquals(400, status(new byte[0], "text/plain"));
    }

    @Test
    void windows1252TextIsDecoded() {
        byte[] bytes = "Cost \u00a3450".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("Cost \u00a3450", read(bytes, "text/plain").text());
    }
}
