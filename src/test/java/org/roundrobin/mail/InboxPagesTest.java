package org.roundrobin.mail;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.roundrobin.mail.LetterPagesTest.post;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.Correspondence;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.Pages;

/** The inbox of replies no request claimed: listed, read, and filed under a request by hand. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class InboxPagesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Inject
    Inbound inbound;

    /** A reply stored as the mailbox reader stores it, matching no request. */
    long unmatched(String from, String subject, String text, String html, byte[] pdf) {
        List<InboundMessage.File> files = pdf == null ? List.of() : List.of(new InboundMessage.File("their \"reply\".pdf", "application/pdf", pdf));
        InboundMessage m = new InboundMessage("<" + UUID.randomUUID() + "@mail.example.net>", from, GreenMailResource.MAILBOX,
                List.of(GreenMailResource.MAILBOX), subject, null, List.of(), Instant.parse("2025-03-03T10:15:00Z"), text, html, files, List.of());
        Correspondence c = inbound.store(m).orElseThrow();
        assertNull(QuarkusTransaction.requiringNew().call(() -> Correspondence.<Correspondence>findById(c.id).request), "unmatched");
        return c.id;
    }

    static boolean inInbox(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Correspondence.<Correspondence>findById(id).request == null);
    }

    @Test
    void anUnmatchedReplyIsListedReadAndFiledUnderTheChosenRequest() {
        String tag = authorities(2, "ENGLAND_WALES");
        String slug = launched(Map.of("tag", tag), 1, "2025-02-03");
        long request = requestId(slug, tag + "-1");
        String subject = "Your request " + UUID.randomUUID();
        long id = unmatched("someone@" + UUID.randomUUID() + ".example", subject, "Please see the attached letter.", null, PDF);

        Document list = Pages.get("/inbox");
        assertEquals(1, list.select("a[href=/inbox/" + id + "]").size());
        assertEquals(subject, list.select("a[href=/inbox/" + id + "]").text());

        Document d = Pages.get("/inbox/" + id);
        assertEquals("Please see the attached letter.", d.select(".mail-body").text());
        String file = d.select("article a[download]").attr("href");
        assertTrue(file.startsWith("/inbox/" + id + "/attachments/"), file);
        given().get(file).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"their _reply_.pdf\"; filename*=UTF-8''their%20%22reply%22.pdf"));
        assertEquals(1, d.select("#f-request optgroup[label=Campaign " + slug + "] option[value=" + request + "]").size());

        Response r = post("/inbox/" + id + "/assign", Map.of("request", String.valueOf(request)));
        assertEquals(303, r.statusCode());
        assertTrue(r.header("Location").endsWith("/inbox?done=ASSIGNED&request=" + request), r.header("Location"));
        assertFalse(inInbox(id));
        given().get("/api/requests/" + request).then().body("events.type", hasItem("RECEIVED")).body("replyToClassify", is(true));
        Document filed = Pages.get("/inbox?done=ASSIGNED&request=" + request);
        assertTrue(filed.select(".notice a").attr("href").startsWith("/requests/" + request));
        assertEquals(0, filed.select("a[href=/inbox/" + id + "]").size());
        assertEquals(303, given().redirects().follow(false).get("/inbox/" + id).statusCode(), "a filed message lives on its request");
        assertEquals(404, given().get(file).statusCode());
        assertTrue(Pages.get("/requests/" + request).select("#replies ~ article").text().contains(subject));
    }

    @Test
    void filingWithoutAChoiceOrWithANumberThatIsNoRequestIsRefusedByTheField() {
        long id = unmatched("x@" + UUID.randomUUID() + ".example", "Hello", "Which request?", null, null);
        Response none = post("/inbox/" + id + "/assign", Map.of());
        assertEquals(400, none.statusCode());
        assertTrue(Pages.field(Pages.parse(none), "f-request").contains("choose the request this reply belongs to"));

        Response word = post("/inbox/" + id + "/assign", Map.of("requestId", "abc"));
        assertEquals(400, word.statusCode());
        Document d = Pages.parse(word);
        assertTrue(Pages.field(d, "f-requestId").contains("'abc' is not a request number"), Pages.field(d, "f-requestId"));
        assertEquals("abc", d.getElementById("f-requestId").val());

        Response unknown = post("/inbox/" + id + "/assign", Map.of("requestId", "987654321"));
        assertEquals(400, unknown.statusCode());
        assertTrue(Pages.field(Pages.parse(unknown), "f-requestId").contains("no request has the number 987654321"));
        assertTrue(inInbox(id));
    }

    @Test
    void aReplyFromAnAuthoritysDomainOffersItsRequestsFirst() {
        String tag = authorities(1, "ENGLAND_WALES");
        String first = launched(Map.of("tag", tag), 1, "2025-02-03");
        String second = launched(Map.of("tag", tag), 1, "2025-02-03");
        long id = unmatched("records@" + MailFixtures.domain(tag), "FOI reply", "Two open requests: which one?", null, null);
        Document d = Pages.get("/inbox/" + id);
        List<String> offered = d.select("ul.likely button").eachText();
        assertEquals(2, offered.size(), offered.toString());
        assertTrue(offered.contains("File under Authority 0 " + tag + " — Campaign " + first), offered.toString());
        assertTrue(offered.contains("File under Authority 0 " + tag + " — Campaign " + second));
    }

    @Test
    void anHtmlOnlyReplyIsShownAsTextNeverAsMarkup() {
        long id = unmatched("y@" + UUID.randomUUID() + ".example", "HTML", null,
                "<p>No information is held.</p><script>alert(1)</script><img src=x onerror=alert(2)>", null);
        Document d = Pages.get("/inbox/" + id);
        assertTrue(d.select(".mail-body").text().contains("No information is held."));
        assertTrue(d.select("main script, main img").isEmpty());
        assertTrue(d.select("details summary").text().contains("from its HTML"));
    }
}
