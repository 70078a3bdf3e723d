package no.journeydiag;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, with axe-core checks and screenshots. Without
 * Chromium a browser test skips loudly, unless -Dbrowser.tests=required (CI) makes that a failure.
 */
public final class BrowserSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    /** axe-core from the npm registry: {@code npm ci --prefix src/test/a11y} (.ci/run does it). */
    private static final Path AXE = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");

    private final String axeSource;
    private final String prefix;
    /** Serious and critical accessibility violations seen so far. */
    public final List<String> violations = new ArrayList<>();

    private int shot;

    private BrowserSupport(String axeSource, String prefix) {
        this.axeSource = axeSource;
        this.prefix = prefix;
    }

    /** Checks that Chromium is here (skipping or failing as configured) and prepares axe-core. */
    public static BrowserSupport require(String screenshotPrefix) {
        if ("skip".equals(System.getProperty("browser.tests"))) {
            // .ci/run's PostgreSQL pass: the pages are the same on either database and the H2 pass required them.
            Assumptions.abort("BROWSER TEST SKIPPED on purpose (-Dbrowser.tests=skip)");
        }
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        boolean required = "required".equals(System.getProperty("browser.tests"));
        if (!present) {
            String message = "BROWSER TEST SKIPPED: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install chromium chromium-driver); .ci/run installs them";
            if (required) {
                fail(message.replace("SKIPPED", "REQUIRED BUT CHROMIUM IS MISSING"));
            }
            System.err.println("\n**********\n" + message + "\n**********\n");
            Assumptions.abort(message);
        }
        String axe = null;
        if (!Files.isReadable(AXE)) {
            String message = "ACCESSIBILITY CHECK NEEDS axe-core: run npm ci --prefix src/test/a11y (.ci/run does)";
            if (required) {
                fail(message);
            }
            System.err.println("\n**********\n" + message + "; the browser test runs without it\n**********\n");
        } else {
            try {
                axe = Files.readString(AXE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new BrowserSupport(axe, screenshotPrefix);
    }

    /** A fresh browser: its own profile, so no cookies are shared with any other. */
    public ChromeDriver newDriver() {
        return newDriver(false);
    }

    /** The same, optionally refusing third-party cookies as Safari and Firefox do by default (and many Chrome users). */
    public ChromeDriver newDriver(boolean blockThirdPartyCookies) {
        ChromeOptions options = new ChromeOptions();
        if (blockThirdPartyCookies) {
            options.setExperimentalOption(
                    "prefs", Map.of("profile.block_third_party_cookies", true, "profile.cookie_controls_mode", 1));
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Runs axe-core on the current page; serious and critical violations are collected. */
    @SuppressWarnings("unchecked")
    public void axe(ChromeDriver driver, String page) {
        if (axeSource == null) {
            return;
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(axeSource); // evaluated by the driver, so the page's CSP does not apply
        List<Map<String, Object>> found = (List<Map<String, Object>>)
                driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                                + ".map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                                + " nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')}; })); })"
                                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]); });");
        for (Map<String, Object> v : found) {
            violations.add(prefix + " " + page + " (" + driver.getCurrentUrl() + "): " + v.get("id") + " ["
                    + v.get("impact") + "] " + v.get("help") + " at " + v.get("nodes"));
        }
    }

    /** Checks accessibility, then saves target/screenshots/{prefix}-{n}-{name}.png. */
    public void screenshot(ChromeDriver driver, String name) throws java.io.IOException {
        axe(driver, name);
        Files.createDirectories(SHOTS);
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(
                f.toPath(),
                SHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
