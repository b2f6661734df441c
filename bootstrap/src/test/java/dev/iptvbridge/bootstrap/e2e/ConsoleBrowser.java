package dev.iptvbridge.bootstrap.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by
 * Selenium with both paths given, so that Selenium Manager never looks for (or downloads) a browser.
 */
final class ConsoleBrowser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private ConsoleBrowser() {
    }

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the console's browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ": install Debian's "
                    + "packages with `sudo apt-get install -y chromium chromium-driver` (.ci/run does it when they are "
                    + "missing)");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriver browser = new ChromeDriver(service, options);
        // A submitted form's page may arrive after click() returns: look for an element until it is there. A bound,
        // not a timing: pages come within a second, a loaded machine may take far longer.
        browser.manage().timeouts().implicitlyWait(E2e.PATIENCE);
        return browser;
    }

    /** Saves what the browser shows as {@code target/console-screenshots/NAME.png}. */
    static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
