package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.TestShared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: {@code dyad serve} in its own process over the sample
 * corpus, Debian's chromium driven headless through chromedriver (never a downloaded browser:
 * Selenium Manager is not used). Checks that the timeline, the network and the table render
 * with data, that clicking an event shows its evidence sentence with the trigger marked,
 * that clicking a bar of the timeline filters, and that the page's own POST passes the server's
 * checks of Origin and content type. Writes a screenshot to
 * {@code target/dashboard.png}, and to {@code -Ddashboard.png=PATH} when given (the README's
 * {@code docs/dashboard.png} is made that way).
 *
 * <p>Never installs anything: without chromium the test is skipped with a message saying how
 * to install it ({@code scripts/install-browser.sh}, which {@code ./dyad test} runs only when
 * {@code DYAD_INSTALL_BROWSER=1}), except under CI, where it fails.
 */
class DashboardIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static Process serve;
  private static String base;

  @BeforeAll
  static void browserAndServer() throws Exception {
    ensureBrowser();
    Path db = WebFixture.store();
    serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.dyad.app.Main", "serve", "--db", db.toString(), "--port", "0")
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
        StandardCharsets.UTF_8));
    Pattern address = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = address.matcher(line);
      if (m.find()) {
        base = m.group(1);
        break;
      }
    }
    assertTrue(base != null, "dyad serve printed no address:\n" + seen);
    Thread drain = new Thread(() -> out.lines().forEach(System.err::println), "serve-output");
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  private static void ensureBrowser() {
    TestShared.require(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "DashboardIT needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
            + CHROMEDRIVER + "): install them with 'sudo scripts/install-browser.sh', or run"
            + " 'DYAD_INSTALL_BROWSER=1 ./dyad test' to let the test command install them");
  }

  private static ChromeDriver browser() {
    // An explicit driver and binary: Selenium Manager never runs, nothing is downloaded.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--window-size=1400,2000", "--force-device-scale-factor=1", "--lang=en-US");
    return new ChromeDriver(service, options);
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void theDashboardShowsTheCorpusAndAnEventsEvidence() throws Exception {
    ChromeDriver driver = browser();
    try {
      long started = System.nanoTime();
      driver.get(base + "/");
      WebDriverWait wait = new WebDriverWait(driver, WAIT);
      wait.until(d -> !d.findElements(By.cssSelector("#timeline rect.bar")).isEmpty());
      wait.until(d -> !d.findElements(By.cssSelector("#network circle.node")).isEmpty());
      wait.until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty());
      long total = api("/api/v1/events?limit=1").get("total").asLong();
      assertEquals("(" + total + ")", driver.findElement(By.id("total")).getText());
      assertTrue(driver.findElements(By.cssSelector("#network line.edge")).size() > 3);
      assertEquals(25, driver.findElements(By.cssSelector("#events-table tbody tr")).size());

      // A POST from the page itself, as app.js sends it (the browser adds Origin), passes the
      // server's guard: an empty body gets the endpoint's 400, not 403 (Origin) or 415.
      Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + " fetch('/api/v1/code', {method: 'POST', headers: {'Content-Type':"
          + " 'application/json'}, body: '{}'}).then(r => done(r.status), e => done(String(e)));");
      assertEquals(400L, status, "the dashboard's own POST");

      // The first event of the two-outlet meeting, found through the filters.
      WebElement actor = driver.findElement(By.cssSelector("#filters input[name=actor]"));
      actor.sendKeys("Shoukry");
      driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
      wait.until(d -> !d.findElement(By.id("total")).getText().equals("(" + total + ")"));
      WebElement row = driver.findElement(By.cssSelector("#events-table tbody tr"));
      String id = row.getAttribute("data-id");
      JsonNode mention = api("/api/v1/events/" + id).get("mentions").get(0);
      row.click();
      wait.until(d -> !d.findElements(By.cssSelector("#event-view mark.trigger")).isEmpty());
      List<WebElement> evidence = driver.findElements(By.cssSelector("#event-view .evidence"));
      assertFalse(evidence.isEmpty());
      assertTrue(evidence.get(0).getText().contains(mention.get("sentence").asText()),
          evidence.get(0).getText());
      assertEquals(mention.get("trigger").asText(), driver.findElement(By.cssSelector(
          "#event-view mark.trigger")).getText());
      assertTrue(driver.findElement(By.cssSelector("#event-view .rule")).getText()
          .contains(mention.get("rule").asText()));
      long shown = (System.nanoTime() - started) / 1_000_000;

      // Back to the whole corpus, the event still shown: the picture for the README.
      driver.findElement(By.id("reset")).click();
      wait.until(d -> d.findElement(By.id("total")).getText().equals("(" + total + ")")
          && !d.findElements(By.cssSelector("body[data-state=ready]")).isEmpty());
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Path target = Path.of("target", "dashboard.png");
      Files.createDirectories(target.getParent());
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      String wanted = System.getProperty("dashboard.png");
      if (wanted != null && !wanted.isBlank()) {
        Files.copy(shot, Path.of(wanted), StandardCopyOption.REPLACE_EXISTING);
      }

      // A bar of the timeline filters the table to its period and QuadClass.
      WebElement bar = driver.findElement(By.cssSelector("#timeline rect.bar"));
      String quad = bar.getAttribute("data-quad");
      String period = bar.getAttribute("data-period");
      bar.click();
      wait.until(d -> !d.findElement(By.id("total")).getText().equals("(" + total + ")"));
      assertEquals(quad, driver.findElement(By.cssSelector("#filters select[name=quad]"))
          .getAttribute("value"));
      assertEquals(period, driver.findElement(By.cssSelector("#filters input[name=from]"))
          .getAttribute("value"));
      System.err.printf(Locale.ROOT, "DashboardIT: page to evidence in %d ms (%s)%n", shown,
          new File(target.toString()).getAbsolutePath());
    } finally {
      driver.quit();
    }
  }
}
