package org.roundrobin.web;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.roundrobin.support.Api;
import org.roundrobin.support.Browser;
import org.roundrobin.support.Fixtures;

/**
 * The campaigner's path in a real headless Chromium: create a campaign (after a refused first try), launch it and
 * watch the progress bar, record two responses with the fast form (one with its letter), see the dashboard's counts
 * and matrix change, open the report. axe-core checks each page; screenshots go to target/screenshots/.
 */
@QuarkusTest
class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    WebDriver open(String path) {
        return browser.open(base.toString(), path);
    }

    WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void createLaunchRecordTwoResponsesAndPublish() throws Exception {
        String tag = Fixtures.authorities(3, "England & Wales");
        String slug = "browser-" + Fixtures.suffix();
        WebDriver d = open("/");
        browser.assertAccessible("home");

        // 1. A campaign form without a title is refused, with the message by the field and the typed text kept.
        open("/campaigns/new");
        browser.assertAccessible("new campaign form");
        type("f-slug", slug);
        type("f-requestText", "Please tell me about connected devices.");
        type("f-questions", "Capability: Can you examine connected devices?\nTraining: Do officers get training?");
        type("f-requesterName", "Browser Tester");
        type("f-requesterEmail", "tester@example.org");
        type("f-targetTag", tag);
        byId("f-title").submit();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        WebElement titleField = d.findElement(By.cssSelector(".field.invalid #f-title")).findElement(By.xpath(".."));
        assertTrue(titleField.getText().contains("is required"), titleField.getText());
        assertEquals("Please tell me about connected devices.", byId("f-requestText").getAttribute("value"));
        browser.assertAccessible("campaign form with errors");
        browser.screenshot("01-campaign-form-error");

        type("f-title", "Connected devices " + tag);
        byId("f-title").submit();
        browser.waiting().until(ExpectedConditions.urlContains("/campaigns/" + slug));
        assertEquals("Connected devices " + tag, d.findElement(By.tagName("h1")).getText());

        // 2. Launch: the progress bar runs to the end.
        d.findElement(By.linkText("Launch")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-sentOn")));
        browser.assertAccessible("launch form");
        d.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/jobs/"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".job-state"), "Finished"));
        String count = d.findElement(By.cssSelector(".job-count")).getText();
        assertTrue(count.startsWith("3 of 3 done"), count);
        browser.assertAccessible("job progress");
        browser.screenshot("02-launch-finished");

        open("/campaigns/" + slug);
        assertEquals("3", strip("Awaiting"));
        assertEquals("0", strip("Responded"));

        // 3. Record two responses with the fast form; the second is pre-filled from the first.
        d.findElement(By.linkText("Record responses")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-outcome-1")));
        assertEquals("f-on", d.switchTo().activeElement().getAttribute("id"), "the date has the focus");
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Authority 0 " + tag));
        browser.assertAccessible("response form");
        type("f-authorityReference", "FOI-0001");
        new Select(byId("f-outcome-1")).selectByValue("NCND");
        type("f-sections-1", "31(3)");
        new Select(byId("f-outcome-2")).selectByValue("NOT_HELD");
        Path letter = Files.createTempFile("response-letter", ".pdf");
        Files.writeString(letter, "%PDF-1.4 a response letter");
        byId("f-letter").sendKeys(letter.toAbsolutePath().toString());
        d.findElement(By.cssSelector("button[accesskey=s]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice[role=status]"), "Authority 0 " + tag));
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Authority 1 " + tag), "moved on to the next authority");
        assertEquals("NCND", new Select(byId("f-outcome-1")).getFirstSelectedOption().getAttribute("value"), "pre-filled");
        assertEquals("31(3)", byId("f-sections-1").getAttribute("value"));
        browser.screenshot("03-response-form-prefilled");
        new Select(byId("f-outcome-2")).selectByValue("ANSWERED");
        byId("f-authorityReference").sendKeys("FOI-0002");
        d.findElement(By.cssSelector("button[accesskey=s]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice[role=status]"), "Authority 1 " + tag));

        // 4. The dashboard counts and the matrix show both.
        open("/campaigns/" + slug);
        assertEquals("2", strip("Responded"));
        assertEquals("1", strip("Awaiting"));
        String matrix = byId("matrix").getText();
        assertTrue(matrix.contains("NCND"), matrix);
        assertTrue(matrix.contains("s.31(3)"), matrix);
        assertTrue(byId("exemptions").findElement(By.xpath("following-sibling::table")).getText().contains("s.31(3) 2"));
        browser.assertAccessible("dashboard");
        browser.screenshot("04-dashboard");

        // Sorting by outcome swaps the matrix in place (htmx): the page itself is not reloaded.
        ((JavascriptExecutor) d).executeScript("window.sameDocument = 'yes';");
        d.findElement(By.linkText("Overall")).click();
        browser.waiting().until(ExpectedConditions.urlContains("sort=outcome"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#matrix tbody tr:last-child th"), "Authority 2"));
        assertEquals("yes", ((JavascriptExecutor) d).executeScript("return window.sameDocument;"), "htmx swapped the matrix");
        List<WebElement> rows = d.findElements(By.cssSelector("#matrix tbody tr th"));
        assertTrue(rows.get(rows.size() - 1).getText().contains("Authority 2"), "the one without a response sorts last");

        // 5. The request page shows the timeline, who recorded it, and the uploaded letter.
        d.findElement(By.linkText("Authority 0 " + tag)).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        String timeline = d.findElement(By.cssSelector("ol.timeline")).getText();
        assertTrue(timeline.contains("Response received") && timeline.contains("recorded by campaigner"), timeline);
        assertFalse(d.findElements(By.partialLinkText("response-letter")).isEmpty(), "the letter is listed");
        browser.assertAccessible("request page");

        // 6. The report: self-contained, with the matrix.
        open("/campaigns/" + slug + "/report");
        String source = d.getPageSource();
        assertFalse(source.contains("<script"), "no script in the report");
        assertFalse(source.contains("<link"), "no linked stylesheet");
        assertTrue(d.findElement(By.tagName("main")).getText().contains("NCND"));
        browser.assertAccessible("report");
        browser.screenshot("05-report");
    }

    @Test
    void aScriptInATitleIsShownAsText() {
        String title = "<script>alert(1)</script>";
        String tag = Fixtures.authorities(1, "Scotland");
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.campaignBody("xss-" + Fixtures.suffix(), Map.of("tag", tag), 1));
        body.put("title", title);
        String slug = (String) body.get("slug");
        Api.json().body(body).post("/api/campaigns").then().statusCode(201);
        WebDriver d = open("/campaigns/" + slug);
        assertEquals(title, d.findElement(By.tagName("h1")).getText());
        assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        open("/");
        assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        assertTrue(d.findElement(By.linkText(title)).isDisplayed());
    }

    @Test
    void aPoliceCampaignShowsTheTileMap() {
        String slug = org.roundrobin.support.Fixtures.launched(Map.of("tag", "police"), 2, "2024-01-10");
        String[][] replies = {{"cambridgeshire", "NCND", "31(3)"}, {"kent", "ANSWERED", null}, {"police-scotland", "NOT_HELD", null},
                {"metropolitan", "EXEMPT", "31(1)"}, {"northern-ireland", "PARTLY_ANSWERED", null}, {"btp", "COST_LIMIT", "12"}};
        for (String[] r : replies) {
            List<Map<String, Object>> outcomes = r[0].equals("northern-ireland")
                    ? List.of(Fixtures.outcome(1, "ANSWERED"), Fixtures.outcome(2, "EXEMPT", "43(2)"))
                    : r[2] == null ? Fixtures.all(2, r[1]) : Fixtures.all(2, r[1], r[2]);
            Fixtures.event(Fixtures.requestId(slug, r[0]), Fixtures.responded("2024-02-01", outcomes)).statusCode(201);
        }
        WebDriver d = open("/campaigns/" + slug);
        WebElement map = byId("map");
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", map);
        assertEquals(48, d.findElements(By.cssSelector("svg.tiles rect")).size());
        browser.assertAccessible("police dashboard");
        browser.screenshot("06-police-tile-map");
    }

    private String strip(String label) {
        for (WebElement item : browser.driver.findElements(By.cssSelector("#status + ul.strip li"))) {
            String text = item.getText();
            if (text.endsWith(label)) return item.findElement(By.className("count")).getText();
        }
        fail("no status strip item " + label);
        return null;
    }
}
