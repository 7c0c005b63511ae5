package org.roundrobin.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for page tests (Debian's chromium and chromium-driver, paths given so Selenium never
 * downloads anything), with a fresh profile each time, screenshots into target/screenshots/ and an axe-core check.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("rr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Signs in through the login form, as a person would. */
    public void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl.replaceAll("/$", "") + "/login");
        driver.findElement(org.openqa.selenium.By.id("j_username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("j_password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("j_password")).submit();
        waiting().until(d -> !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().contains("j_security_check"));
    }

    /** Opens a page of the service at {@code baseUrl}; when it sends the browser to sign in, signs in as the test admin and goes on. */
    public WebDriver open(String baseUrl, String path) {
        String url = baseUrl.replaceAll("/$", "") + path;
        driver.get(url);
        if (driver.getCurrentUrl().contains("/login")) {
            signIn(baseUrl, Api.ADMIN, Api.ADMIN_PASSWORD);
            driver.get(url);
        }
        return driver;
    }

    /**
     * Waits up to 30 s. While a page is being replaced, Chromium may answer a read of an element of the old page with
     * "Node with given id does not belong to the document" (a plain WebDriverException, not a stale-element one): the
     * wait asks again rather than failing, and a condition that never holds still fails at the timeout, with the last
     * error as its cause.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page and fails on any serious or critical finding, naming each. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(bad.isEmpty(), page + " has serious accessibility findings: " + bad.stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
