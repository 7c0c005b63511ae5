package org.roundrobin.replies;

import static org.roundrobin.support.Api.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Api;

@QuarkusTest
class ClassifyResourceTest {

    static final String CAMBRIDGESHIRE = Corpus.resource("corpus/01-cambridgeshire-iot-ncnd.txt");

    private static ValidatableResponse post(String contentType, byte[] body, String query) {
        return given().contentType(contentType).body(body).post("/api/classify" + query).then();
    }

    @Test
    void plainTextGivesOutcomeSectionsAndPerQuestionSuggestions() {
        post("text/plain", CAMBRIDGESHIRE.getBytes(StandardCharsets.UTF_8), "?law=FOIA&questions=6").statusCode(200)
                .contentType("application/json")
                .body("outcome", is("NCND")).body("sections", contains("31(3)")).body("textLayer", is(true))
                .body("questions", hasSize(6))
                .body("questions[0].question", is(1)).body("questions[0].outcome", is("NCND"))
                .body("questions[0].sections", contains("31(3)"))
                .body("questions[4].outcome", is("NOT_HELD")).body("questions[4].sections", empty())
                .body("questions[4].evidence", containsString("no information is held"))
                .body("questions.confidence", everyItem(allOf(greaterThan(0f), lessThanOrEqualTo(1f))))
                .body("evidence", hasItem(containsString("neither confirm nor deny")));
    }

    @Test
    void lawDefaultsToFoiaAndQuestionsToTheRepliesOwnNumbering() {
        post("text/plain", CAMBRIDGESHIRE.getBytes(StandardCharsets.UTF_8), "").statusCode(200)
                .body("outcome", is("NCND")).body("questions", hasSize(6));
    }

    @Test
    void theRequestsLawDecidesWhichSectionsExist() {
        byte[] text = "I can neither confirm nor deny whether the information is held, in terms of section 18(1) of the Act."
                .getBytes(StandardCharsets.UTF_8);
        post("text/plain", text, "?law=FOISA").statusCode(200).body("outcome", is("NCND")).body("sections", contains("18(1)"));
        post("text/plain", text, "?law=FOIA").statusCode(200).body("sections", empty());
    }

    @Test
    void aFileUploadIsRead() {
        given().multiPart("file", "reply.pdf", ReplyFiles.pdf("Dear Requester\n\nNo information is held.\n\nYours sincerely"), "application/pdf")
                .post("/api/classify?questions=1").then().statusCode(200)
                .body("outcome", is("NOT_HELD")).body("questions[0].outcome", is("NOT_HELD"));
    }

    @Test
    void rawPdfAndWordBodiesAreRead() {
        post("application/pdf", ReplyFiles.pdf("The request is refused: it would exceed the appropriate limit (section 12(1))."), "")
                .statusCode(200).body("outcome", is("COST_LIMIT")).body("sections", contains("12(1)"));
        post(FileType.DOCX_MEDIA_TYPE, ReplyFiles.docx("We consider this request vexatious under section 14(1)."), "")
                .statusCode(200).body("outcome", is("VEXATIOUS")).body("sections", contains("14(1)"));
        post("application/octet-stream", ReplyFiles.pdf("Please find attached the policy."), "")
                .statusCode(200).body("outcome", is("ANSWERED"));
    }

    @Test
    void htmlEmailBodiesAreRead() {
        post("text/html", "<p>Q1. How many?</p><p>A1. No information held.</p><p>Q2. Which?</p><p>A2. There are 14.</p>"
                .getBytes(StandardCharsets.UTF_8), "?questions=2").statusCode(200)
                .body("questions.outcome", contains("NOT_HELD", "ANSWERED")).body("outcome", is("ANSWERED"));
    }

    @Test
    void aScannedPdfIsReportedWithoutAnOutcome() {
        post("application/pdf", ReplyFiles.pdfWithoutText(1), "").statusCode(200)
                .body("textLayer", is(false)).body("outcome", nullValue()).body("notes[0]", containsString("no text layer"));
    }

    @Test
    void badQueryParametersAreProblems() {
        Api.problem(post("text/plain", "x".getBytes(StandardCharsets.UTF_8), "?law=EIR&questions=many"), 400)
                .body("errors.field", containsInAnyOrder("law", "questions"));
        Api.problem(post("text/plain", "x".getBytes(StandardCharsets.UTF_8), "?questions=-1"), 400).body("errors[0].field", is("questions"));
    }

    @Test
    void hostileFilesFailCleanly() {
        Api.problem(post(FileType.DOCX_MEDIA_TYPE, HostileFiles.zipBombDocx(), ""), 422).body("detail", containsString("zip bomb"));
        Api.problem(post("application/pdf", HostileFiles.malformedPdf(), ""), 422);
        post("application/pdf", HostileFiles.truncatedPdf(), "").statusCode(anyOf(is(200), is(422)));
        Api.problem(post("application/pdf", ReplyFiles.pdfWithoutText(2000), ""), 413).body("pages", is(2000));
        Api.problem(given().multiPart("file", "bomb.docx", HostileFiles.zipBombDocx(), "application/octet-stream")
                .post("/api/classify").then(), 422);
    }

    @Test
    void sizeLimitsAndUnknownKindsAreProblems() {
        long max = ConfigProvider.getConfig().getValue("roundrobin.replies.max-bytes", MemorySize.class).asLongValue();
        Api.problem(post("application/octet-stream", new byte[(int) max + 1], ""), 413)
                .body("detail", containsString("roundrobin.replies.max-bytes"));
        Api.problem(post("application/octet-stream", new byte[] {0, 1, 2, 3, 0}, ""), 415);
        Api.problem(post("application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), ""), 422);
        Api.problem(post("text/plain", new byte[0], ""), 400);
        Api.problem(given().multiPart("other", "x.txt", "text".getBytes(StandardCharsets.UTF_8)).post("/api/classify").then(), 400)
                .body("errors[0].field", is("file"));
    }

    @Test
    void unsupportedContentTypesAreProblems() {
        Api.problem(given().contentType("application/json").body("{}").post("/api/classify").then(), 415);
    }
}
