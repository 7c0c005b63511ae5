package org.roundrobin.io;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundrobin.support.Fixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundrobin.support.Statements;
import org.roundrobin.support.TestClock;

/** The deadline feed, read back with ical4j's own parser and validated against RFC 5545. */
@QuarkusTest
class CalendarTest {

    @AfterEach
    void realDate() {
        TestClock.reset();
    }

    @Test
    void everyUpcomingDeadlineIsAnAllDayEventWithAStableUid() throws Exception {
        TestClock.set(LocalDate.of(2017, 8, 20));
        String tag = authorities(4, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 2, "2017-08-10");
        long waiting = requestId(campaign, tag + "-0"), answered = requestId(campaign, tag + "-1");
        long reviewing = requestId(campaign, tag + "-2"), decided = requestId(campaign, tag + "-3");
        Map<String, String> early = events(feed(campaign));
        assertEquals("20170908", early.get("response-" + answered + "@localhost"), "the authority's response date");
        assertEquals("20170908", early.get("response-" + waiting + "@localhost"));
        assertEquals(4, early.size());
        TestClock.set(LocalDate.of(2017, 9, 1));
        event(waiting, Map.of("type", "EXTENDED", "on", "2017-09-01", "extendedTo", "2017-10-06")).statusCode(201);
        assertEquals("20171006", events(feed(campaign)).get("response-" + waiting + "@localhost"), "an extension moves the date, same UID");

        TestClock.set(LocalDate.of(2018, 10, 1));
        event(answered, responded("2017-09-08", all(2, "NCND", "31(3)"))).statusCode(201);
        event(reviewing, responded("2017-09-08", all(2, "NOT_HELD"))).statusCode(201);
        event(reviewing, Map.of("type", "REVIEW_REQUESTED", "on", "2018-09-20")).statusCode(201);
        event(decided, responded("2017-09-08", all(2, "NCND", "31(3)"))).statusCode(201);
        event(decided, Map.of("type", "COMPLAINT_SUBMITTED", "on", "2018-04-16", "caseReference", "FS50739797")).statusCode(201);
        event(decided, Map.of("type", "DECISION_NOTICE", "on", "2018-09-20", "decision", "UPHELD", "caseReference", "FS50739797")).statusCode(201);

        TestClock.set(LocalDate.of(2018, 10, 1));
        String text = feed(campaign);
        Map<String, String> late = events(text);
        assertEquals(Map.of(
                "review-reply-" + reviewing + "@localhost", "20181018",   // 20 working days after 20 September 2018
                "compliance-" + decided + "@localhost", "20181025",        // 35 calendar days after the notice
                "appeal-by-" + decided + "@localhost", "20181018"),        // 28 days to the tribunal
                late, "old windows (review request by November 2017) are gone, what is ahead is there");
        assertTrue(text.contains("Authority 3 " + tag + ": must comply with the decision notice"));
        assertEquals(text.replaceAll("DTSTAMP:.*", ""), feed(campaign).replaceAll("DTSTAMP:.*", ""), "the same feed twice");
        assertTrue(events(given().get("/api/calendar.ics").then().statusCode(200).extract().asString()).keySet().containsAll(late.keySet()),
                "the all-campaign feed has this campaign's deadlines too");
    }

    @Test
    void aMovedDeadlineKeepsItsUid() throws Exception {
        TestClock.set(LocalDate.of(2017, 8, 20));
        String tag = authorities(1, "Scotland");
        String campaign = launched(Map.of("tag", tag), 1, "2017-08-10");
        long id = requestId(campaign, tag + "-0");
        String uid = "response-" + id + "@localhost";
        assertEquals("20170907", events(feed(campaign)).get(uid), "FOISA: Scottish holidays");
        event(id, Map.of("type", "CLARIFICATION_REQUESTED", "on", "2017-08-15")).statusCode(201);
        event(id, Map.of("type", "CLARIFICATION_GIVEN", "on", "2017-08-18")).statusCode(201);
        Map<String, String> after = events(feed(campaign));
        assertEquals("20170915", after.get(uid), "the clock restarted on the clarification: same entry, new date");
        assertEquals(1, after.size());
        // Answered late under FOISA: the review-request window follows the response.
        TestClock.set(LocalDate.of(2017, 9, 20));
        event(id, responded("2017-09-20", List.of(outcome(1, "NOT_HELD")))).statusCode(201);
        assertEquals(Map.of("review-request-by-" + id + "@localhost", "20171115"), events(feed(campaign)));
    }

    @Test
    void theComplaintWindowFollowsTheReview() throws Exception {
        TestClock.set(LocalDate.of(2018, 10, 1));
        String tag = authorities(1, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 1, "2018-08-01");
        long id = requestId(campaign, tag + "-0");
        event(id, responded("2018-08-20", List.of(outcome(1, "NCND", "31(3)")))).statusCode(201);
        event(id, Map.of("type", "REVIEW_REQUESTED", "on", "2018-09-03")).statusCode(201);
        event(id, Map.of("type", "REVIEW_RESPONDED", "on", "2018-09-20", "reviewResult", "UPHELD")).statusCode(201);
        String text = feed(campaign);
        assertEquals(Map.of("complaint-by-" + id + "@localhost", "20181101"), events(text), "six weeks after the review (ICO guidance)");
        assertTrue(text.contains("ICO complaint about Authority 0 " + tag));
    }

    @Test
    void theFeedCostsTheSameStatementsForAnyNumberOfRequests() {
        TestClock.set(LocalDate.of(2017, 9, 20));
        assertEquals(statements(3), statements(30));
    }

    @Test
    void anUnknownCampaignHasNoFeed() {
        given().get("/api/campaigns/none-" + suffix() + "/calendar.ics").then().statusCode(404).contentType("application/problem+json");
    }

    private long statements(int n) {
        String tag = authorities(n, "England & Wales");
        String campaign = launched(Map.of("tag", tag), 1, "2017-08-10");
        for (long id : requestIds(campaign)) event(id, responded("2017-09-08", all(1, "NOT_HELD"))).statusCode(201);
        return Statements.count(() -> assertEquals(n, events(feed(campaign)).size()));
    }

    static String feed(String campaign) {
        return given().get("/api/campaigns/" + campaign + "/calendar.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
    }

    /** UID -> all-day start date, after parsing and validating the whole calendar with ical4j. */
    static Map<String, String> events(String ics) {
        try {
            Calendar cal = new CalendarBuilder().build(new StringReader(ics));
            cal.validate();
            Map<String, String> byUid = new TreeMap<>();
            for (VEvent e : cal.<VEvent>getComponents("VEVENT")) {
                String start = e.getProperty(Property.DTSTART).orElseThrow().getValue();
                assertTrue(e.getProperty(Property.DTSTART).orElseThrow().toString().contains("VALUE=DATE"), "all-day");
                assertFalse(byUid.containsKey(e.getUid().orElseThrow().getValue()), "UIDs are unique");
                byUid.put(e.getUid().orElseThrow().getValue(), start);
            }
            return byUid;
        } catch (Exception e) {
            throw new AssertionError("not a valid iCalendar feed: " + e.getMessage() + "\n" + ics, e);
        }
    }
}
