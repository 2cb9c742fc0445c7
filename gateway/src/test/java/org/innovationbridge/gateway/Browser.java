package org.innovationbridge.gateway;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A real headless Chromium driven through chromedriver (Debian's {@code chromium} and {@code chromium-driver},
 * found on the {@code PATH}; {@code IB_CHROMIUM} and {@code IB_CHROMEDRIVER} point elsewhere). Elements are found the way a user finds them:
 * by their label, their text or their accessible name. Screenshots land in
 * {@code target/screenshots/<journey>/NN-step.png}.
 */
final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private final Path downloads;
    private int step;

    Browser(String base, String journey) {
        this.base = base;
        this.screenshots = Path.of("target", "screenshots", journey).toAbsolutePath();
        this.downloads = Path.of("target", "downloads", journey).toAbsolutePath();
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("IB_CHROMIUM", "chromium"));
        // as root Chromium needs --no-sandbox; the rest keep a browser on a closed network from calling home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=zh-CN", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "zh-CN"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("IB_CHROMEDRIVER", "chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Opens a view of the single-page UI, e.g. {@code /register}. */
    void open(String view) {
        driver.get(base + "/#" + view);
        waitUntil(() -> !driver.findElements(By.cssSelector("#app > *")).isEmpty());
    }

    Path downloads() {
        return downloads;
    }

    /** The form control whose label reads exactly {@code label}. */
    WebElement field(String label) {
        return waitFor(() -> {
            for (WebElement candidate : driver.findElements(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"))) {
                String target = candidate.getAttribute("for");
                if (target != null && candidate.isDisplayed()) {
                    List<WebElement> control = driver.findElements(By.id(target));
                    if (!control.isEmpty()) {
                        return control.get(0);
                    }
                }
            }
            return null;
        }, "a field labelled " + label);
    }

    void fill(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a value the way a picker would (date and time inputs take keys in the browser's locale format). */
    void set(String label, String value) {
        WebElement input = field(label);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                input, value);
    }

    void choose(String label, String optionText) {
        new Select(field(label)).selectByVisibleText(optionText);
    }

    /** A button or link by its text or its accessible name (aria-label). */
    WebElement control(String name) {
        String text = literal(name);
        return waitFor(() -> {
            // buttons before links: a form's 登录 button, not the header's 登录 link
            for (String tag : new String[]{"button", "a"}) {
                for (WebElement found : driver.findElements(By.xpath(
                        "//" + tag + "[normalize-space(.)=" + text + " or @aria-label=" + text + "]"))) {
                    if (found.isDisplayed() && found.isEnabled()) {
                        return found;
                    }
                }
            }
            return null;
        }, "a button or link named " + name);
    }

    void click(String name) {
        control(name).click();
    }

    /** The element with this accessible name (aria-label), e.g. a table or a list. */
    WebElement region(String name) {
        return waitFor(() -> driver.findElements(By.cssSelector("[aria-label=" + cssString(name) + "]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "an element named " + name);
    }

    /** Waits until the element with this accessible name shows this text, and returns the element's text. */
    String waitForText(String region, String text) {
        return waitFor(() -> driver.findElements(By.cssSelector("[aria-label=" + cssString(region) + "]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(shown -> shown.contains(text))
                .findFirst().orElse(null), "the text " + text + " in " + region);
    }

    /** Waits until the page shows this text, and returns the page's visible text. */
    String waitForText(String text) {
        return waitFor(() -> {
            String visible = driver.findElement(By.tagName("body")).getText();
            return visible.contains(text) ? visible : null;
        }, "the text " + text);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String location() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** Scrolls an element into the middle of the window, for the next screenshot. */
    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Saves target/screenshots/<journey>/NN-name.png. */
    void screenshot(String name) {
        Path target = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T waitFor(Supplier<T> probe, String what) {
        try {
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "waited for " + what + "; the page shows:\n" + text())
                    .until(d -> probe.get());
        } catch (RuntimeException e) {
            screenshot("failed");
            throw e;
        }
    }

    void waitUntil(BooleanSupplier condition) {
        waitFor(() -> condition.getAsBoolean() ? Boolean.TRUE : null, "the page");
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** An XPath string literal for any text (XPath 1 has no escapes: quotes are joined with concat). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The program a variable names, else the first {@code command} on the PATH. */
    private static String executable(String variable, String command) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(command + " is not on the PATH (install Debian's chromium and chromium-driver, "
                + "or set " + variable + ")");
    }
}
