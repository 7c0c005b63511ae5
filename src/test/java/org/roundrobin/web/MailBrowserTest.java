package org.roundrobin.web;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.roundrobin.mail.MailboxReader;
import org.roundrobin.mail.Sender;
import org.roundrobin.replies.ReplyFiles;
import org.roundrobin.support.Browser;
import org.roundrobin.support.Fixtures;
import org.roundrobin.support.GreenMailResource;
import org.roundrobin.support.MailFixtures;
import org.roundrobin.support.ReplyLetters;
import org.roundrobin.support.TestClock;

/**
 * The mail and reply pages in a real headless Chromium: a reply that came by post is added to its request and the
 * response form comes up pre-filled from it (issue 9's acceptance point); a campaign is launched by email from the
 * launch page and its outbox bar, polled by htmx, reaches "all sent" over real SMTP (GreenMail); an overdue request
 * is chased from the dashboard and approved; an unmatched reply is filed from the inbox. axe-core checks each page.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Sender sender;
    @Inject
    MailboxReader reader;

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    WebDriver open(String path) {
        return browser.open(base.toString(), path);
    }

    WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    void click(WebElement e) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    @Test
    void aReplyReceivedByPostPrefillsTheResponseForm() throws Exception {
        String tag = Fixtures.authorities(1, "England & Wales");
        String slug = Fixtures.launched(Map.of("tag", tag), 2, "2025-01-06");
        long id = Fixtures.requestId(slug, tag + "-0");
        WebDriver d = open("/requests/" + id);
        browser.assertAccessible("request page before the reply");

        // Add the reply that came by post: its date is today's by default, the letter is a PDF.
        click(d.findElement(By.cssSelector("#add-reply > summary")));
        Path pdf = Files.createTempFile("refusal-notice", ".pdf");
        Files.write(pdf, ReplyFiles.pdf(ReplyLetters.NCND_31_3));
        byId("reply-file").sendKeys(pdf.toAbsolutePath().toString());
        assertEquals("POST", new Select(byId("reply-how")).getFirstSelectedOption().getAttribute("value"));
        click(d.findElement(By.cssSelector("form.reply-form button[type=submit]")));

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reply-suggestion")));
        String suggestion = byId("reply-suggestion").getText();
        assertTrue(suggestion.contains("The reply seems to say: Neither confirm nor deny NCND under s.31(3)."), suggestion);
        assertTrue(suggestion.contains("neither confirm nor deny"), "the evidence is quoted: " + suggestion);
        assertTrue(d.findElement(By.cssSelector(".notice[role=status]")).getText().contains("The reply is stored"));
        assertFalse(d.findElements(By.partialLinkText("refusal-notice")).isEmpty(), "the letter is kept with the request");
        browser.assertAccessible("request page with the reply suggestion");
        browser.screenshot("mail-01-reply-suggestion");

        // The response form comes up pre-filled from the reply, and says so.
        click(d.findElement(By.cssSelector("#reply-suggestion a.button")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-outcome-1")));
        for (int q = 1; q <= 2; q++) {
            assertEquals("NCND", new Select(byId("f-outcome-" + q)).getFirstSelectedOption().getAttribute("value"), "question " + q);
            assertEquals("31(3)", byId("f-sections-" + q).getAttribute("value"), "question " + q);
        }
        String source = d.findElement(By.cssSelector("p.notice")).getText();
        assertTrue(source.startsWith("Pre-filled with the reply received: “"), source);
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("Authority 0 " + tag));
        browser.assertAccessible("response form pre-filled from the reply");
        browser.screenshot("mail-02-response-prefilled-from-reply");

        // Confirming it records the response; the reply is then classified.
        click(d.findElement(By.cssSelector("button[accesskey=s]")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice[role=status]"), "Authority 0 " + tag));
        given().get("/api/requests/" + id).then().body("outcome", org.hamcrest.Matchers.is("NCND"))
                .body("replyToClassify", org.hamcrest.Matchers.is(false));
    }

    @Test
    void aCampaignLaunchedByEmailShowsItsOutboxDrainingToAllSent() {
        String tag = Fixtures.authorities(3, "England & Wales");
        given().contentType("text/csv").body("slug,name,jurisdiction,tags\n" + tag + "-x,No Email " + tag + ",England & Wales," + tag + "\n")
                .post("/api/authorities/import").then().statusCode(200);
        String slug = Fixtures.campaign(Map.of("tag", tag), 2);
        WebDriver d = open("/campaigns/" + slug + "/launch");
        assertTrue(byId("email-heading").isDisplayed());
        assertTrue(byId("without-address").findElement(By.xpath("following-sibling::ul")).getText().contains("No Email " + tag));
        browser.assertAccessible("launch page with both choices");
        browser.screenshot("mail-03-launch-choice");

        byId("email-note").sendKeys("Sent from the browser test");
        WebElement send = d.findElement(By.cssSelector("form[action='/campaigns/" + slug + "/launch/email'] button"));
        assertEquals("Send by email to 3 authorities", send.getText());
        click(send);
        browser.waiting().until(ExpectedConditions.urlContains("/campaigns/" + slug + "/outbox"));
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".outbox-state"), "Sending: 0 of 3 sent, 3 waiting."));
        assertNotNull(byId("outbox-bar").getAttribute("hx-get"), "the bar polls while letters wait");
        ((JavascriptExecutor) d).executeScript("window.sameDocument = 'yes';");
        browser.assertAccessible("outbox while sending");

        sender.sendDue(); // what the scheduled sender does every 30 seconds
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".outbox-state"), "All 3 letters sent."));
        assertEquals("yes", ((JavascriptExecutor) d).executeScript("return window.sameDocument;"), "htmx updated the bar in place");
        assertEquals("3", d.findElement(By.cssSelector("#outbox-bar progress")).getAttribute("value"));
        assertTrue(byId("by-hand").findElement(By.xpath("following-sibling::ul")).getText().contains("No Email " + tag));
        assertEquals(3, MailFixtures.receivedAt(MailFixtures.domain(tag)).size());
        browser.assertAccessible("outbox, all sent");
        browser.screenshot("mail-04-outbox-all-sent");
    }

    @Test
    void anOverdueRequestIsChasedFromTheDashboardAndAnUnmatchedReplyIsFiled() throws Exception {
        String tag = Fixtures.authorities(2, "England & Wales");
        TestClock.set(LocalDate.of(2025, 9, 1));
        String slug = MailFixtures.launchedByEmail(tag, 2);
        sender.sendDue();
        TestClock.reset();

        WebDriver d = open("/campaigns/" + slug);
        WebElement chase = d.findElement(By.xpath("//h3[@id='overdue']/following-sibling::table//tr[th[normalize-space()='Authority 0 " + tag
                + "']]//button"));
        assertTrue(chase.getText().startsWith("Chase: queue chaser 1 for approval"), chase.getText());
        browser.assertAccessible("dashboard with the chasers");
        click(chase);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("chase-result")));
        assertTrue(byId("chase-result").getText().contains("One chaser stored to wait for your approval"), byId("chase-result").getText());
        browser.screenshot("mail-05-dashboard-chase-held");

        click(d.findElement(By.cssSelector("form[action='/campaigns/" + slug + "/chasers/approve'] button")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chasers"), "Chasers"));
        assertTrue(d.findElement(By.xpath("//h2[@id='chasers']/following-sibling::div[@role='status']")).getText().contains("Approved one chaser"));
        sender.sendDue();
        assertEquals(1, MailFixtures.receivedAt(MailFixtures.domain(tag), "Overdue").size());

        open("/letters?status=ALL&campaign=" + slug);
        assertEquals(3, d.findElements(By.cssSelector("table.letters tbody tr")).size());
        browser.assertAccessible("letters page");
        browser.screenshot("mail-06-letters");
        d.findElement(By.linkText("Chaser 1")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.eml")));
        browser.assertAccessible("letter page");

        // A reply nobody can match waits in the inbox and is filed by hand.
        String subject = "Our reference " + UUID.randomUUID();
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("someone@" + UUID.randomUUID() + ".example"));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(GreenMailResource.MAILBOX));
        m.setSubject(subject);
        m.setText("No information is held.", "UTF-8");
        m.saveChanges();
        GreenMailResource.imap.getUserManager().getUserByEmail(GreenMailResource.MAILBOX).deliver(m);
        reader.poll();
        open("/inbox");
        browser.assertAccessible("inbox");
        d.findElement(By.linkText(subject)).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-request")));
        browser.assertAccessible("inbox message");
        long target = Fixtures.requestId(slug, tag + "-1");
        new Select(byId("f-request")).selectByValue(String.valueOf(target));
        browser.screenshot("mail-07-inbox-file-it");
        click(d.findElement(By.xpath("//form[.//select[@id='f-request']]//button")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "filed under its request"));
        d.findElement(By.linkText("Open the request")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reply-suggestion")));
        assertTrue(byId("reply-suggestion").getText().contains("Not held"), byId("reply-suggestion").getText());
    }
}
