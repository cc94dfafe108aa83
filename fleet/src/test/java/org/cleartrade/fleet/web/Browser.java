package org.cleartrade.fleet.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: a fresh profile each time,
 * no sandbox (tests run as root), and none of Chromium's own network traffic, since this machine's
 * network is closed. axe-core (test resources only) checks a page against WCAG 2.2 AA.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    Browser(String acceptLanguage) {
        if (!available()) {
            throw new IllegalStateException(
                    "the browser tests need Debian's chromium and chromium-driver: run scripts/install-deps.sh");
        }
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=" + acceptLanguage,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        phone();
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** 390 x 844 CSS pixels, as an iPhone 12 to 15 shows a page. */
    Browser phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    Browser desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until {@code css} matches an element whose text contains {@code text}. */
    WebElement awaitText(String css, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    /** Waits for the verification page's verdict, then returns it. */
    String verdict() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String v = d.findElement(By.id("verdict")).getDomAttribute("data-verdict");
            return v == null || v.equals("CHECKING") ? null : v;
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until the verification page's service worker controls it (reloading once if needed). */
    void awaitServiceWorker() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(script("return navigator.serviceWorker.ready.then(() => true)")));
        if (!Boolean.TRUE.equals(script("return navigator.serviceWorker.controller != null"))) {
            driver.navigate().refresh();
        }
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(script("return navigator.serviceWorker.controller != null")));
    }

    /** axe-core's WCAG 2.0/2.1/2.2 A and AA violations of the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        script(axeSource());
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                        + " 'wcag21aa', 'wcag22aa']}}).then(r => done(r.violations.map(v => v.id + ': ' + v.help"
                        + " + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))");
        return (List<String>) result;
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
