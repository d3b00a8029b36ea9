package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.actors.KnowledgeBase;
import org.dyad.store.Store;
import org.dyad.store.StoreReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API against a real server on a free port, over a store of the sample corpus and
 * the two-outlet meeting: every endpoint, paging, the evidence of an event, coding pasted text,
 * and the answers to bad input (400 naming the parameter, 404, 413, 403, 422 for text that is
 * not English, 500 without a trace) and to other sites (403 for a foreign Origin, 415 for a
 * POST that is not JSON, 421 for a foreign Host, 503 with Retry-After when coding is busy).
 */
class WebApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Supplier<Pipeline> PIPELINE = Lazy.of(Pipeline::standard);

  private static StoreReader reader;
  private static WebServer server;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    // As dyad serve reads: the store opened for each request.
    reader = StoreReader.perRead(WebFixture.store());
    server = new WebServer(reader, PIPELINE, KnowledgeBase.standard(), WebServer.MAX_CODING);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    reader.close();
  }

  record Answer(int status, JsonNode json, String text) {}

  private static Answer get(String base, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return answer(r);
  }

  private static Answer get(String path) throws Exception {
    return get(base, path);
  }

  private static Answer post(String base, String path, String body) throws Exception {
    return post(base, path, body, "Content-Type", "application/json");
  }

  /** A POST with the headers given as name, value, name, value... */
  private static Answer post(String base, String path, String body, String... headers)
      throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .headers(headers)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return answer(r);
  }

  /**
   * A request written on a socket, for a {@code Host} header HttpClient will not send; returns
   * the status and the body.
   */
  private static Answer raw(String base, String method, String path, String host)
      throws Exception {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      String body = method.equals("POST") ? "{\"text\": \"Iran condemned Israel.\"}" : "";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
          + (method.equals("POST") ? "Content-Type: application/json\r\nContent-Length: "
              + bytes.length + "\r\n" : "") + "Connection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.split(" ", 3)[1]);
      String text = response.substring(response.indexOf("\r\n\r\n") + 4);
      boolean json = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(
          Locale.ROOT).contains("content-type: application/json");
      return new Answer(status, json ? JSON.readTree(text) : null, text);
    }
  }

  private static Answer answer(HttpResponse<String> r) throws Exception {
    String type = r.headers().firstValue("Content-Type").orElse("");
    return new Answer(r.statusCode(), type.startsWith("application/json")
        ? JSON.readTree(r.body()) : null, r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertBad(int status, String parameter, Answer a) {
    assertEquals(status, a.status(), a.text());
    assertNotNull(a.json(), a.text());
    assertTrue(a.json().path("error").isTextual(), a.text());
    if (parameter != null) {
      assertEquals(parameter, a.json().path("parameter").asText(), a.text());
    }
    assertFalse(a.text().contains("Exception") || a.text().contains("\tat "), a.text());
  }

  @Test
  void eventsArePagedByCursorAndFilteredAsTheCommandLineFilters() throws Exception {
    Answer all = get("/api/v1/events?limit=7");
    assertEquals(200, all.status(), all.text());
    long total = all.json().get("total").asLong();
    assertTrue(total > 40, all.text());
    assertEquals(7, all.json().get("events").size());
    Set<Long> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      Answer page = get("/api/v1/events?limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.text());
      for (JsonNode e : page.json().get("events")) {
        assertTrue(seen.add(e.get("event_id").asLong()), "seen twice: " + e);
      }
      cursor = page.json().get("next").isNull() ? null : page.json().get("next").asText();
      pages++;
    } while (cursor != null && pages < 100);
    assertEquals(total, seen.size());

    Answer meeting = get("/api/v1/events?actor=Shoukry&code=04&from=2023-05-16&to=2023-05-16");
    assertEquals(200, meeting.status(), meeting.text());
    assertEquals(1, meeting.json().get("total").asInt(), meeting.text());
    JsonNode e = meeting.json().get("events").get(0);
    assertEquals(2, e.get("num_articles").asInt());
    assertEquals("040", e.get("cameo").asText());
    assertTrue(meeting.json().get("next").isNull());

    Answer words = get("/api/v1/events?text=" + enc("Amman prepare"));
    assertEquals(200, words.status(), words.text());
    assertEquals(1, words.json().get("total").asInt(), words.text());
    Answer quad = get("/api/v1/events?quad=4&limit=500");
    assertEquals(200, quad.status(), quad.text());
    JsonNode quadEvents = quad.json().get("events");
    // Not vacuous: the samples hold material conflict, and every event listed is of it.
    assertTrue(quadEvents.size() > 0, quad.text());
    assertEquals(quad.json().get("total").asInt(), quadEvents.size(), quad.text());
    for (JsonNode q : quadEvents) {
      assertEquals(4, q.get("quad_class").asInt(), q.toString());
    }
    // Parameterised: SQL in a value is a value.
    Answer injection = get("/api/v1/events?actor=" + enc("x' OR 1=1; DROP TABLE events; --"));
    assertEquals(200, injection.status(), injection.text());
    assertEquals(0, injection.json().get("total").asInt());
    assertEquals(total, get("/api/v1/events?limit=1").json().get("total").asLong());
  }

  @Test
  void anEventComesWithEveryMentionItsArticleAndTheEvidence() throws Exception {
    Answer page = get("/api/v1/events?actor=Shoukry&code=04&from=2023-05-16&to=2023-05-16");
    long id = page.json().get("events").get(0).get("event_id").asLong();
    Answer one = get("/api/v1/events/" + id);
    assertEquals(200, one.status(), one.text());
    assertEquals(id, one.json().get("event").get("event_id").asLong());
    assertEquals(2, one.json().get("articles").size(), one.text());
    assertTrue(one.json().get("mentions").size() >= 2);
    for (JsonNode m : one.json().get("mentions")) {
      JsonNode article = null;
      for (JsonNode a : one.json().get("articles")) {
        if (a.get("article").asText().equals(m.get("article").asText())) {
          article = a;
        }
      }
      assertNotNull(article, m.toString());
      String text = article.get("text").asText();
      assertEquals(m.get("sentence").asText(), text.substring(m.get("sentence_begin").asInt(),
          m.get("sentence_end").asInt()));
      assertEquals(m.get("trigger").asText(), text.substring(m.get("trigger_begin").asInt(),
          m.get("trigger_end").asInt()));
      assertFalse(m.get("rule").asText().isEmpty());
      assertTrue(m.get("rule_source").asText().matches("patterns\\.tsv:\\d+"), m.toString());
    }
    assertBad(404, "id", get("/api/v1/events/987654321"));
    assertBad(400, "id", get("/api/v1/events/abc"));
  }

  @Test
  void actorsAreFoundByNameCodeOrAliasWithTheirCounts() throws Exception {
    Answer byName = get("/api/v1/actors?q=shoukry");
    assertEquals(200, byName.status(), byName.text());
    JsonNode first = byName.json().get("actors").get(0);
    assertEquals("sameh-shoukry", first.get("id").asText(), byName.text());
    assertTrue(first.get("mentions").asInt() >= 3 && first.get("events").asInt() >= 2,
        byName.text());
    // "Sameh Shukri" is an alias in actors.tsv, not the stored name.
    Answer byAlias = get("/api/v1/actors?q=" + enc("Sameh Shukri"));
    assertEquals("sameh-shoukry", byAlias.json().get("actors").get(0).get("id").asText(),
        byAlias.text());
    Answer top = get("/api/v1/actors?limit=3");
    assertEquals(3, top.json().get("actors").size(), top.text());
    assertBad(400, "limit", get("/api/v1/actors?limit=0"));
  }

  @Test
  void seriesCountDatedEventsPerPeriodByQuadClassOrRoot() throws Exception {
    Answer month = get("/api/v1/series?interval=month&by=quad");
    assertEquals(200, month.status(), month.text());
    long sum = 0;
    for (JsonNode row : month.json().get("series")) {
      assertTrue(row.get("period").asText().matches("\\d{4}-\\d{2}-01"), row.toString());
      assertTrue(row.get("key").asInt() >= 1 && row.get("key").asInt() <= 4);
      sum += row.get("events").asLong();
    }
    long dated = 0;
    String cursor = null;
    do {
      Answer page = get("/api/v1/events?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
      for (JsonNode e : page.json().get("events")) {
        dated += e.get("date").isNull() ? 0 : 1;
      }
      cursor = page.json().get("next").isNull() ? null : page.json().get("next").asText();
    } while (cursor != null);
    assertEquals(dated, sum);
    Answer dyad = get("/api/v1/series?interval=week&by=root&source=EGY&target=JOR");
    assertEquals(200, dyad.status(), dyad.text());
    assertTrue(dyad.json().get("series").size() >= 1, dyad.text());
    // The first week the pair was coded holds their meeting (04), beside what they agreed (03).
    String first = dyad.json().get("series").get(0).get("period").asText();
    boolean met = false;
    for (JsonNode row : dyad.json().get("series")) {
      met |= row.get("period").asText().equals(first) && row.get("key").asText().equals("04");
    }
    assertTrue(met, dyad.text());
    assertEquals(200, get("/api/v1/series?interval=day&actor=IRN").status());
    assertBad(400, "interval", get("/api/v1/series?interval=year"));
    assertBad(400, "by", get("/api/v1/series?by=actor"));
  }

  @Test
  void anActorIsFoundByAnyNameOfItAndWildcardsAreLiteral() throws Exception {
    long byCode = get("/api/v1/events?actor=EGY&limit=1").json().get("total").asLong();
    assertTrue(byCode > 0);
    for (String name : List.of("Egypt", "Egyptian", "Cairo")) {
      Answer byName = get("/api/v1/events?actor=" + name + "&limit=1");
      assertEquals(byCode, byName.json().get("total").asLong(), name + ": " + byName.text());
    }
    Answer actors = get("/api/v1/actors?q=Egypt");
    assertEquals(200, actors.status(), actors.text());
    assertTrue(actors.json().get("actors").size() >= 1, actors.text());
    for (JsonNode a : actors.json().get("actors")) {
      assertTrue(a.get("code").asText().startsWith("EGY")
          || a.get("country").asText().equals("EGY")
          || a.get("name").asText().toLowerCase(Locale.ROOT).contains("egypt"),
          a.toString());
    }
    assertEquals(0, get("/api/v1/events?actor=%25&limit=1").json().get("total").asLong());
    assertEquals(0, get("/api/v1/actors?q=_").json().get("actors").size());
  }

  @Test
  void theNetworkHasEdgesWithCountsAndMeanGoldstein() throws Exception {
    Answer net = get("/api/v1/network?limit=20");
    assertEquals(200, net.status(), net.text());
    assertTrue(net.json().get("edges").size() > 3 && net.json().get("edges").size() <= 20);
    Set<String> nodes = new HashSet<>();
    net.json().get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    for (JsonNode e : net.json().get("edges")) {
      assertTrue(nodes.contains(e.get("source").asText()) && nodes.contains(
          e.get("target").asText()), e.toString());
      assertTrue(e.get("events").asInt() >= 1);
      double g = e.get("mean_goldstein").asDouble();
      assertTrue(g >= -10 && g <= 10, e.toString());
    }
    Answer period = get("/api/v1/network?from=2023-05-01&to=2023-05-31");
    assertEquals(200, period.status());
    boolean found = false;
    for (JsonNode e : period.json().get("edges")) {
      found |= e.get("source").asText().equals("sameh-shoukry")
          && e.get("target").asText().equals("ayman-safadi");
    }
    assertTrue(found, period.text());
    assertBad(400, "limit", get("/api/v1/network?limit=100000"));
  }

  @Test
  void badParametersGetA400NamingTheParameter() throws Exception {
    assertBad(400, "quad", get("/api/v1/events?quad=7"));
    assertBad(400, "code", get("/api/v1/events?code=abc"));
    assertBad(400, "from", get("/api/v1/events?from=2023-13-01"));
    assertBad(400, "from", get("/api/v1/events?from=2023-05-02&to=2023-05-01"));
    assertBad(400, "to", get("/api/v1/network?to=tomorrow"));
    assertBad(400, "to", get("/api/v1/events?to=" + enc("+99999-01-01")));
    assertBad(400, "from", get("/api/v1/series?from=-0001-01-01"));
    assertBad(400, "from", get("/api/v1/network?from=0000-12-31"));
    assertEquals(200, get("/api/v1/events?from=0001-01-01&to=9999-12-31").status());
    assertBad(400, "limit", get("/api/v1/events?limit=-1"));
    assertBad(400, "limit", get("/api/v1/events?limit=many"));
    assertBad(400, "cursor", get("/api/v1/events?cursor=bm90IGEgY3Vyc29y"));
    assertBad(400, "cursor", get("/api/v1/events?cursor=%25%25"));
    assertBad(400, "colour", get("/api/v1/events?colour=red"));
    assertBad(400, "quad", get("/api/v1/events?quad=1&quad=2"));
    assertBad(400, "actor", get("/api/v1/events?actor=" + "x".repeat(300)));
    assertBad(404, null, get("/api/v1/nothing"));
    Answer page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.text().contains("<div id=\"map\""), page.text());
    assertEquals(200, get("/app.js").status());
  }

  @Test
  void thePageAndItsLibraryComeFromTheServer() throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(WebServer.PAGE_POLICY, page.headers().firstValue("Content-Security-Policy")
        .orElse(""));
    assertTrue(page.body().contains("<script src=\"/echarts.min.js\">"), page.body());
    assertFalse(page.body().contains("//"), "the page names no other site: " + page.body());
    Answer echarts = get("/echarts.min.js");
    assertEquals(200, echarts.status());
    assertTrue(echarts.text().contains("registerMap"));
    Answer world = get("/world.json");
    assertEquals(200, world.status());
    JsonNode outline = world.json();
    assertEquals("FeatureCollection", outline.get("type").asText());
    assertTrue(outline.get("features").size() > 170, "countries: " + outline.get("features")
        .size());
  }

  @Test
  void theMapCountsEventsPerPlace() throws Exception {
    Answer map = get("/api/v1/map");
    assertEquals(200, map.status(), map.text());
    long located = map.json().get("located").asLong();
    long sum = 0;
    Set<String> names = new HashSet<>();
    for (JsonNode p : map.json().get("places")) {
      sum += p.get("events").asLong();
      names.add(p.get("name").asText());
      assertTrue(p.get("lat").isNumber() && p.get("lon").isNumber(), p.toString());
      assertTrue(p.get("codes").size() >= 1 && p.get("codes").size() <= 3, p.toString());
      assertTrue(p.get("actors").size() >= 1 && p.get("actors").size() <= 3, p.toString());
      assertTrue(p.get("quad_class").asInt() >= 1 && p.get("quad_class").asInt() <= 4);
    }
    assertTrue(located >= 3, map.text());
    assertEquals(located, sum, map.text());
    assertTrue(names.contains("Cairo"), map.text());
    // The two-outlet meeting's month: the meeting in Cairo, with its code and actors.
    Answer month = get("/api/v1/map?from=2023-05-01&to=2023-05-31&actor=sameh-shoukry");
    JsonNode cairo = null;
    for (JsonNode p : month.json().get("places")) {
      cairo = p.get("name").asText().equals("Cairo") ? p : cairo;
    }
    assertNotNull(cairo, month.text());
    assertEquals("EGY", cairo.get("country").asText());
    // (beside it, what the two agreed there: 030)
    assertTrue(cairo.get("codes").findValuesAsText("cameo").contains("040"), cairo.toString());
    assertTrue(cairo.get("actors").toString().contains("sameh-shoukry"), cairo.toString());
    assertEquals(1, get("/api/v1/map?limit=1").json().get("places").size());
    assertBad(400, "limit", get("/api/v1/map?limit=0"));
    assertBad(400, "limit", get("/api/v1/map?limit=501"));
    assertBad(400, "quad", get("/api/v1/map?quad=9"));
    assertBad(400, "zoom", get("/api/v1/map?zoom=3"));
  }

  @Test
  void pastedTextIsCodedAndExplainedWithoutBeingStored() throws Exception {
    long before = get("/api/v1/events?limit=1").json().get("total").asLong();
    // As the dashboard sends it: the page's own origin, JSON with a charset.
    Answer coded = post(base, "/api/v1/code", "{\"text\": \"Iran condemned Israel on Sunday.\","
        + " \"date\": \"2024-03-05\"}", "Content-Type", "application/json; charset=UTF-8",
        "Origin", base);
    assertEquals(200, coded.status(), coded.text());
    JsonNode e = coded.json().get("events").get(0);
    assertEquals("111", e.get("cameo").asText(), coded.text());
    assertEquals("IRN", e.get("source").get("code").asText());
    assertEquals("2024-03-03", e.get("date").asText());
    JsonNode x = coded.json().get("explanation").get(0);
    assertTrue(x.get("report").asText().contains("event:"), x.toString());
    assertTrue(x.get("patterns").size() >= 1, x.toString());
    assertTrue(coded.json().get("stored").isNull());
    assertEquals(before, get("/api/v1/events?limit=1").json().get("total").asLong());

    assertBad(403, "store", post(base, "/api/v1/code?store=true", "{\"text\": \"Iran"
        + " condemned Israel.\"}"));
    assertBad(400, "store", post(base, "/api/v1/code?store=maybe", "{\"text\": \"x\"}"));
    assertBad(400, "body", post(base, "/api/v1/code", "not json"));
    assertBad(400, "body", post(base, "/api/v1/code", "[1, 2]"));
    assertBad(400, "text", post(base, "/api/v1/code", "{\"date\": \"2024-01-01\"}"));
    assertBad(400, "text", post(base, "/api/v1/code", "{\"text\": 42}"));
    assertBad(400, "date", post(base, "/api/v1/code", "{\"text\": \"Iran condemned Israel.\","
        + " \"date\": \"yesterday\"}"));
    assertBad(400, "date", post(base, "/api/v1/code", "{\"text\": \"Iran condemned Israel.\","
        + " \"date\": \"+99999-01-01\"}"));
    assertBad(400, "text", post(base, "/api/v1/code", "{\"text\": \"" + "word ".repeat(25_000)
        + "\"}"));
    assertBad(413, null, post(base, "/api/v1/code", "{\"text\": \"" + "a".repeat(300_000)
        + "\"}"));
    assertBad(405, null, post(base, "/api/v1/events", "{}"));
  }

  @Test
  void pastedTextThatIsNotEnglishIsRefusedWithTheReason() throws Exception {
    Answer a = post(base, "/api/v1/code", "{\"text\": \"El gobierno anunci\u00f3 el lunes"
        + " que la frontera con el pa\u00eds vecino seguir\u00e1 abierta para los refugiados,"
        + " seg\u00fan un comunicado del ministerio.\"}");
    assertBad(422, "text", a);
    assertEquals("text: not English (looks like Spanish); skipped",
        a.json().path("error").asText(), a.text());
  }

  @Test
  void requestsFromOtherSitesAreRefused() throws Exception {
    String text = "{\"text\": \"Iran condemned Israel.\"}";
    assertBad(403, null, post(base, "/api/v1/code", text, "Content-Type", "application/json",
        "Origin", "http://evil.example"));
    // A cross-site "simple" request: no preflight, so the server itself must refuse it.
    assertBad(415, null, post(base, "/api/v1/code", text, "Content-Type", "text/plain"));
    assertBad(415, null, post(base, "/api/v1/code", text, "Content-Type",
        "application/x-www-form-urlencoded"));
    assertBad(403, null, post(base, "/api/v1/code", text, "Content-Type", "text/plain",
        "Origin", "http://evil.example"));
    assertBad(403, null, post(base, "/api/v1/code", text, "Content-Type", "application/json",
        "Origin", "null"));
    assertBad(403, null, post(base, "/api/v1/code", text, "Content-Type", "application/json",
        "Origin", base.replace("http://", "https://")));
    HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(base
        + "/api/v1/events?limit=1")).header("Origin", "http://evil.example").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertBad(403, null, answer(foreign));
    // The same origin reaches the endpoint (here its check of the body).
    assertBad(400, "text", post(base, "/api/v1/code", "{}", "Content-Type", "application/json",
        "Origin", base));
  }

  @Test
  void requestsForAnotherHostAreRefused() throws Exception {
    String port = base.substring(base.lastIndexOf(':') + 1);
    // DNS rebinding: a name the attacker controls, pointing at 127.0.0.1.
    assertBad(421, null, raw(base, "GET", "/api/v1/events?limit=1", "evil.example:" + port));
    assertBad(421, null, raw(base, "POST", "/api/v1/code", "evil.example:" + port));
    assertBad(421, null, raw(base, "GET", "/", "127.0.0.1:1"));
    assertBad(421, null, raw(base, "GET", "/", "localhost"));
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port,
        "LOCALHOST:" + port, "[::1]:" + port}) {
      Answer a = raw(base, "GET", "/api/v1/events?limit=1", host);
      assertEquals(200, a.status(), host + ": " + a.text());
    }
  }

  @Test
  void codingIsBoundedAndTheRestAreAskedToRetry() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<Pipeline> slow = () -> {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return PIPELINE.get();
    };
    try (WebServer own = new WebServer(reader, slow, null, 1)) {
      String at = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
      String text = "{\"text\": \"Iran condemned Israel on Sunday.\"}";
      CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> {
        try {
          return post(at, "/api/v1/code", text);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      entered.await();
      HttpResponse<String> busy = HTTP.send(HttpRequest.newBuilder(URI.create(at
          + "/api/v1/code")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertBad(503, null, answer(busy));
      assertEquals(String.valueOf(RequestGuard.RETRY_AFTER_S),
          busy.headers().firstValue("Retry-After").orElse(""), busy.headers().toString());
      // Reading goes on meanwhile.
      assertEquals(200, get(at, "/api/v1/events?limit=1").status());
      release.countDown();
      Answer done = first.get();
      assertEquals(200, done.status(), done.text());
      assertEquals(200, post(at, "/api/v1/code", text).status(), "the slot was given back");
    } finally {
      release.countDown();
    }
  }

  @Test
  void aWritableServerStoresCodedTextWhenAsked(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("copy.duckdb");
    Files.copy(WebFixture.store(), copy);
    try (Store writable = Store.openForWriting(copy);
        WebServer own = new WebServer(writable, PIPELINE, null)) {
      String at = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
      long before = get(at, "/api/v1/events?limit=1").json().get("total").asLong();
      Answer stored = post(at, "/api/v1/code?store=true", "{\"text\": \"Iran condemned Israel"
          + " over the strike on Sunday.\", \"date\": \"2024-03-05\"}");
      assertEquals(200, stored.status(), stored.text());
      assertEquals("stored", stored.json().get("stored").asText(), stored.text());
      assertEquals(before + 1, get(at, "/api/v1/events?limit=1").json().get("total").asLong());
      Answer found = get(at, "/api/v1/events?from=2024-03-03&to=2024-03-03&code=111");
      assertEquals(1, found.json().get("total").asInt(), found.text());
    }
  }

  @Test
  void aReadOnlyServerLetsAnIngestWriteBetweenRequests(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("served.duckdb");
    Files.copy(WebFixture.store(), copy);
    try (StoreReader perRequest = StoreReader.perRead(copy);
        WebServer own = new WebServer(perRequest, PIPELINE, null, 1)) {
      String at = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
      long before = get(at, "/api/v1/events?limit=1").json().get("total").asLong();
      try (Store writer = Store.openForWriting(copy)) {
        // While the writer holds the file, a read is refused with a time to come back.
        HttpResponse<String> busy = HTTP.send(HttpRequest.newBuilder(
            URI.create(at + "/api/v1/events")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(503, busy.statusCode(), busy.body());
        assertTrue(busy.headers().firstValue("Retry-After").isPresent(), busy.body());
        assertTrue(JSON.readTree(busy.body()).get("error").asText().contains(copy.toString()),
            busy.body());
      }
      assertEquals(before, get(at, "/api/v1/events?limit=1").json().get("total").asLong());
    }
  }

  @Test
  void aFailureInsideIsLoggedAndAnsweredWithAGeneric500(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("closed.duckdb");
    Files.copy(WebFixture.store(), copy);
    Store closed = Store.openForReading(copy);
    try (WebServer own = new WebServer(closed, PIPELINE, null)) {
      String at = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
      closed.close();
      Answer failed = get(at, "/api/v1/events");
      assertBad(500, null, failed);
      assertFalse(failed.text().contains("SQL") || failed.text().contains("closed"),
          failed.text());
    }
  }
}
