package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Api.json;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.roundrobin.io.csv.Cells;
import org.roundrobin.support.Statements;

@QuarkusTest
class CsvExportTest {

    static final String INJECTION = "=cmd|' /C calc'!A0";

    @Test
    void oneRowPerAuthorityWithEveryDateOutcomeAndCaseReference() throws Exception {
        String tag = authorities(3, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 3, "2017-08-10");
        long cambs = requestId(campaign, tag + "-0");
        event(cambs, responded("2017-09-08", List.of(outcome(1, "NCND", "31(3)"), outcome(2, "NCND", "31(3)", "24(2)"), outcome(3, "NOT_HELD")))).statusCode(201);
        event(cambs, Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-01-31", "caseReference", "FS50739797")).statusCode(201);
        event(cambs, Map.of("type", "REVIEW_REQUESTED", "on", "2018-04-11")).statusCode(201);
        event(cambs, Map.of("type", "REVIEW_RESPONDED", "on", "2018-04-12", "reviewResult", "DECLINED")).statusCode(201);
        event(cambs, Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-04-16", "caseReference", "FS50739797")).statusCode(201);
        event(cambs, Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "UPHELD", "caseReference", "FS50739797")).statusCode(201);
        event(requestId(campaign, tag + "-1"), responded("2017-09-15", all(3, "ANSWERED"))).statusCode(201);

        List<CSVRecord> rows = parse(csv(campaign, true));
        assertEquals(List.of("campaign", "authority", "authority_slug", "jurisdiction", "status", "sent", "due", "responded",
                "working_days_taken", "working_days_late", "outcome", "Q1", "Q2", "Q3", "sections_cited", "review_requested", "review_due",
                "review_responded", "review_result", "complaint_submitted", "case_references", "decision_notice", "decision",
                "compliance_due", "appeal_lodged", "notes"), rows.get(0).toList());
        assertEquals(4, rows.size(), "a header and one row per authority");
        Map<String, String> first = row(rows, 1);
        assertEquals("Authority 0 " + tag, first.get("authority"));
        assertEquals("England & Wales", first.get("jurisdiction"));
        assertEquals("DECIDED", first.get("status"));
        assertEquals("2017-08-10", first.get("sent"));
        assertEquals("2017-09-08", first.get("due"));
        assertEquals("2017-09-08", first.get("responded"));
        assertEquals("20", first.get("working_days_taken"));
        assertEquals("0", first.get("working_days_late"));
        assertEquals("NCND", first.get("outcome"));
        assertEquals("NCND 31(3); 24(2)", first.get("Q2"));
        assertEquals("NOT_HELD", first.get("Q3"));
        assertEquals("31(3); 24(2)", first.get("sections_cited"));
        assertEquals("2018-04-11", first.get("review_requested"));
        assertEquals("DECLINED", first.get("review_result"));
        assertEquals("2018-01-31; 2018-04-16", first.get("complaint_submitted"));
        assertEquals("FS50739797", first.get("case_references"));
        assertEquals("2018-09-20", first.get("decision_notice"));
        assertEquals("2018-10-25", first.get("compliance_due"), "35 calendar days after the notice");
        Map<String, String> late = row(rows, 2);
        assertEquals("2017-09-15", late.get("responded"));
        assertEquals("5", late.get("working_days_late"));
        assertEquals("ANSWERED", late.get("Q1"));
        Map<String, String> silent = row(rows, 3);
        assertEquals("VERY_OVERDUE", silent.get("status"));
        assertTrue(Integer.parseInt(silent.get("working_days_late")) > 1000);
        assertNull(silent.get("responded"));
    }

    @Test
    void textWithCommasQuotesNewlinesAndFormulasIsExportedSafely() throws Exception {
        String slug = "csv-" + suffix();
        String title = INJECTION + ", \"quoted\" title\nwith a second line";
        String evil = "evil-" + suffix();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("slug", evil);
        a.put("name", "+SUM(1,2), \"Police\" of " + evil);
        a.put("jurisdiction", "ENGLAND_WALES");
        json().body(a).post("/api/authorities").then().statusCode(201);
        String minus = "minus-" + suffix(), at = "at-" + suffix();
        json().body(Map.of("slug", minus, "name", "-1+2 Police " + minus, "jurisdiction", "ENGLAND_WALES")).post("/api/authorities").then().statusCode(201);
        json().body(Map.of("slug", at, "name", "@SUM(A1:A9) Police " + at, "jurisdiction", "ENGLAND_WALES")).post("/api/authorities").then().statusCode(201);
        Map<String, Object> body = campaignBody(slug, Map.of("authorities", List.of(evil, minus, at)), 1);
        body.put("title", title);
        json().body(body).post("/api/campaigns").then().statusCode(201);
        json().body(Map.of("sentOn", "2017-08-10")).post("/api/campaigns/" + slug + "/launch").then().statusCode(200);
        event(requestId(slug, evil), Map.of("type", "NOTE", "on", "2017-08-20", "note", "@Police said \"no\", twice\r\n-2+3")).statusCode(201);

        byte[] bytes = csv(slug, true);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 with a byte-order mark, for Excel");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        List<CSVRecord> rows = parse(bytes);
        assertEquals(4, rows.size(), "the newline inside the title stays inside its quoted cell");
        assertEquals("'-1+2 Police " + minus, bySlug(rows, minus).get("authority"));
        assertEquals("'@SUM(A1:A9) Police " + at, bySlug(rows, at).get("authority"));
        Map<String, String> row = bySlug(rows, evil);
        assertEquals("'" + title, row.get("campaign"));
        assertEquals("'+SUM(1,2), \"Police\" of " + evil, row.get("authority"));
        assertEquals("2017-08-20: @Police said \"no\", twice\r\n-2+3", row.get("notes"));
        // Without the mark, for scripts.
        assertEquals('c', new String(csv(slug, false), StandardCharsets.UTF_8).charAt(0));
    }

    @Test
    void everyFormulaLeadIsNeutralisedAndOtherTextIsLeftAlone() {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r", "\n")) {
            assertEquals("'" + lead + "1+1", Cells.safe(lead + "1+1"));
        }
        assertEquals("Cambridgeshire Constabulary", Cells.safe("Cambridgeshire Constabulary"));
        assertEquals("2017-09-08", Cells.safe("2017-09-08"));
        assertEquals("a=1", Cells.safe("a=1"));
        assertNull(Cells.safe(null));
    }

    @Test
    void theExportStreamsInAFixedNumberOfStatementsWhateverTheRows() {
        long few = statements(3);
        long many = statements(60);
        assertEquals(few, many, "no statement per row");
        assertTrue(few <= 6, "campaign, questions and three cursors; was " + few);
    }

    @Test
    void anUnknownCampaignIsA404Problem() {
        given().get("/api/campaigns/no-such-" + suffix() + "/export.csv").then().statusCode(404).contentType("application/problem+json");
    }

    private long statements(int n) {
        String tag = authorities(n, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 4, "2017-08-10");
        List<Long> ids = requestIds(campaign);
        for (int i = 0; i < ids.size(); i += 2) event(ids.get(i), responded("2017-09-01", all(4, "NCND", "31(3)"))).statusCode(201);
        return Statements.count(() -> assertEquals(n + 1, parse(csv(campaign, true)).size()));
    }

    static byte[] csv(String campaign, boolean bom) {
        return given().queryParam("bom", bom).get("/api/campaigns/" + campaign + "/export.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
    }

    static List<CSVRecord> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return p.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row of one authority (the order of names with punctuation depends on the database's collation). */
    static Map<String, String> bySlug(List<CSVRecord> rows, String slug) {
        for (int i = 1; i < rows.size(); i++) {
            if (row(rows, i).get("authority_slug").equals(slug)) return row(rows, i);
        }
        throw new AssertionError("no row for " + slug);
    }

    static Map<String, String> row(List<CSVRecord> rows, int i) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> header = rows.get(0).toList();
        for (int c = 0; c < header.size(); c++) {
            String v = rows.get(i).get(c);
            m.put(header.get(c), v.isEmpty() ? null : v);
        }
        return m;
    }
}
