package org.precinct.cli.play;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver, with nothing fetched at run time
 * (no Selenium Manager, no component updates): the browser of the web room's tests. When the
 * browser is missing the test is skipped on a workstation and fails in CI (CI=true).
 */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Fails in CI, skips elsewhere, when chromium or chromedriver is not installed. */
  static void require() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI needs chromium and chromium-driver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
  }

  /** A new headless browser with an empty profile in {@code profile}. */
  static ChromeDriver open(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Saves a PNG screenshot of the page. */
  static void screenshot(ChromeDriver driver, Path file) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
