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
import java.time.LocalDate;
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
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: {@code dyad serve} in its own process over the sample
 * corpus, Debian's chromium driven headless through chromedriver (never a downloaded browser:
 * Selenium Manager is not used). Checks that the timeline, the network and the table render
 * with data (the timeline's and network's ECharts options against the API; the map's points
 * drawn on its canvas, one per located place, and its tooltip), that clicking an event shows
 * its evidence sentence with the trigger marked, that clicking a bar of the timeline filters,
 * that dragging across its bars filters to their dates, and that the page's own POST passes
 * the server's checks of Origin and content type. Writes a screenshot to
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

  /** A script's preamble: {@code chart(id)} is the ECharts instance drawn in that element. */
  private static final String CHART = "const chart = id => echarts.getInstanceByDom("
      + "document.getElementById(id)); ";

  /** Clicks an element at a point given from its top left corner, as a user would. */
  private static void clickAt(ChromeDriver driver, String id, Object x, Object y) {
    WebElement e = driver.findElement(By.id(id));
    Rectangle r = e.getRect();
    new Actions(driver).moveToElement(e, offset(x, r.getWidth()), offset(y, r.getHeight()))
        .click().perform();
  }

  /** Selenium's offsets are from an element's centre; ECharts' pixels from its corner. */
  private static int offset(Object pixel, int size) {
    return (int) Math.round(((Number) pixel).doubleValue() - size / 2.0);
  }

  /** How close two points' centres may be for them to overlap (the largest symbol's size). */
  private static final double OVERLAP_PX = 30;

  private static double number(List<?> point, int i) {
    return ((Number) point.get(i)).doubleValue();
  }

  /** How far a drawn pixel (a point's entries 2 to 4) is from a colour "#rrggbb". */
  private static int colourDistance(String colour, List<?> point) {
    int distance = 0;
    for (int i = 0; i < 3; i++) {
      distance += Math.abs(Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16)
          - ((Number) point.get(2 + i)).intValue());
    }
    return distance;
  }

  private static void checkMap(ChromeDriver driver, WebDriverWait wait) throws Exception {
    JsonNode map = api("/api/v1/map?limit=300");
    int places = 0;
    for (JsonNode p : map.get("places")) {
      places += p.get("lat").isNull() ? 0 : 1;
    }
    assertTrue(places >= 3, "the store's located places: " + map);
    assertTrue(driver.findElement(By.id("located")).getText().contains(
        map.get("located").asText()));
    List<?> drawn = (List<?>) driver.executeScript(CHART + "const c = chart('map');"
        + " const canvas = document.querySelector('#map canvas');"
        + " const ratio = canvas.width / canvas.clientWidth;"
        + " const g = canvas.getContext('2d');"
        + " return c.getOption().series[0].data.map(d => {"
        + " const [x, y] = c.convertToPixel('geo', [d.value[0], d.value[1]]);"
        + " const px = g.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;"
        + " return [d.name, d.itemStyle.color, px[0], px[1], px[2], x, y]; });");
    assertEquals(places, drawn.size(), "points on the map: " + drawn);
    // A point alone on its part of the map shows its colour at its centre; points a few
    // pixels apart (Beirut, Nablus and South Lebanon) overlap and blend, so they are left out.
    int alone = 0;
    for (Object o : drawn) {
      List<?> point = (List<?>) o;
      boolean crowded = false;
      for (Object other : drawn) {
        List<?> near = (List<?>) other;
        crowded |= near != point && Math.hypot(number(near, 5) - number(point, 5),
            number(near, 6) - number(point, 6)) < OVERLAP_PX;
      }
      if (!crowded) {
        alone++;
        assertTrue(colourDistance((String) point.get(1), point) < 60, "the point of "
            + point.get(0) + " is not drawn in " + point.get(1) + ": " + point);
      }
    }
    assertTrue(alone >= 3, "points alone on the map: " + alone + " of " + drawn);
    // Its tooltip names the place, its codes and actors (escaped as text).
    JsonNode first = map.get("places").get(0);
    driver.executeScript(CHART + "chart('map').dispatchAction({type: 'showTip',"
        + " seriesIndex: 0, dataIndex: 0});");
    wait.until(d -> d.findElement(By.id("map")).getText().contains(first.get("codes").get(0)
        .get("cameo_name").asText()));
    String tip = driver.findElement(By.id("map")).getText();
    assertTrue(tip.contains(first.path("name").asText(first.get("country").asText())), tip);
    assertTrue(tip.contains(first.get("actors").get(0).get("name").asText()), tip);
    driver.executeScript(CHART + "chart('map').dispatchAction({type: 'hideTip'});");
  }

  @Test
  void theDashboardShowsTheCorpusAndAnEventsEvidence() throws Exception {
    ChromeDriver driver = browser();
    try {
      long started = System.nanoTime();
      driver.get(base + "/");
      WebDriverWait wait = new WebDriverWait(driver, WAIT);
      wait.until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty()
          && !d.findElements(By.cssSelector("body[data-state=ready]")).isEmpty());
      for (String chart : List.of("timeline", "map", "network")) {
        wait.until(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
      }
      long total = api("/api/v1/events?limit=1").get("total").asLong();
      assertEquals("(" + total + ")", driver.findElement(By.id("total")).getText());
      assertEquals(25, driver.findElements(By.cssSelector("#events-table tbody tr")).size());

      // The timeline draws every dated event of the series, by QuadClass.
      long dated = 0;
      for (JsonNode row : api("/api/v1/series?interval=month&by=quad").get("series")) {
        dated += row.get("events").asLong();
      }
      assertTrue(dated > 0);
      assertEquals(dated, ((Number) driver.executeScript(CHART + "return chart('timeline')"
          + ".getOption().series.flatMap(s => s.data).reduce((a, v) => a + (v || 0), 0);"))
          .longValue(), "events on the timeline");

      // The network holds the busiest dyads' actors and edges, as the API gives them.
      JsonNode network = api("/api/v1/network?limit=60");
      assertEquals(network.get("nodes").size(), ((Number) driver.executeScript(CHART
          + "return chart('network').getOption().series[0].data.length;")).intValue());
      long edges = ((Number) driver.executeScript(CHART
          + "return chart('network').getOption().series[0].links.length;")).longValue();
      assertEquals(network.get("edges").size(), edges);
      assertTrue(edges > 3, "edges: " + edges);

      // The map draws a point at each place of the store, in its QuadClass's colour: the
      // canvas's pixel at each place's coordinates is the point's.
      checkMap(driver, wait);

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

      // A bar of the timeline, clicked where it is drawn, filters the table to its period
      // and QuadClass.
      List<?> bar = (List<?>) driver.executeScript(CHART + "const c = chart('timeline');"
          + " const o = c.getOption(); const periods = o.xAxis[0].data;"
          + " for (let i = 0; i < periods.length; i++) { for (const s of o.series) {"
          + " const v = s.data[i]; if (v) { const [x, y] = c.convertToPixel({seriesId: s.id},"
          + " [i, v / 2]); return [periods[i], s.id.slice(1), x, y]; } } } return null;");
      String period = (String) bar.get(0);
      String quad = (String) bar.get(1);
      clickAt(driver, "timeline", bar.get(2), bar.get(3));
      wait.until(d -> !d.findElement(By.id("total")).getText().equals("(" + total + ")"));
      assertEquals(quad, driver.findElement(By.cssSelector("#filters select[name=quad]"))
          .getAttribute("value"));
      assertEquals(period, driver.findElement(By.cssSelector("#filters input[name=from]"))
          .getAttribute("value"));

      // Dragging across the first three months of the timeline filters to their dates.
      driver.findElement(By.id("reset")).click();
      wait.until(d -> d.findElement(By.id("total")).getText().equals("(" + total + ")")
          && !d.findElements(By.cssSelector("body[data-state=ready]")).isEmpty());
      List<?> span = (List<?>) driver.executeScript(CHART + "const c = chart('timeline');"
          + " const periods = c.getOption().xAxis[0].data;"
          + " const a = c.convertToPixel({gridIndex: 0}, [0, 1]);"
          + " const b = c.convertToPixel({gridIndex: 0}, [2, 1]);"
          + " return [periods[0], periods[2], a[0], a[1], b[0]];");
      WebElement timeline = driver.findElement(By.id("timeline"));
      Rectangle r = timeline.getRect();
      new Actions(driver).moveToElement(timeline, offset(span.get(2), r.getWidth()),
          offset(span.get(3), r.getHeight())).clickAndHold()
          .moveByOffset((int) Math.round(((Number) span.get(4)).doubleValue()
              - ((Number) span.get(2)).doubleValue()), 0).release().perform();
      wait.until(d -> !d.findElement(By.id("total")).getText().equals("(" + total + ")"));
      assertEquals(span.get(0), driver.findElement(By.cssSelector(
          "#filters input[name=from]")).getAttribute("value"));
      assertEquals(LocalDate.parse((String) span.get(1)).plusMonths(1).minusDays(1).toString(),
          driver.findElement(By.cssSelector("#filters input[name=to]")).getAttribute("value"));
      assertEquals("", driver.findElement(By.cssSelector("#filters select[name=quad]"))
          .getAttribute("value"));
      System.err.printf(Locale.ROOT, "DashboardIT: page to evidence in %d ms (%s)%n", shown,
          new File(target.toString()).getAbsolutePath());
    } finally {
      driver.quit();
    }
  }
}
