package org.dyad.app;

import static org.dyad.app.WebParams.allow;
import static org.dyad.app.WebParams.bool;
import static org.dyad.app.WebParams.choice;
import static org.dyad.app.WebParams.cut;
import static org.dyad.app.WebParams.date;
import static org.dyad.app.WebParams.filter;
import static org.dyad.app.WebParams.intParam;
import static org.dyad.app.WebParams.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.dyad.Coding;
import org.dyad.Digests;
import org.dyad.Pipeline;
import org.dyad.Result;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.app.WebParams.BadRequest;
import org.dyad.corpus.Dedup;
import org.dyad.events.Event;
import org.dyad.events.Trace;
import org.dyad.ingest.Article;
import org.dyad.store.ActorTerm;
import org.dyad.store.Browse;
import org.dyad.store.EventFilter;
import org.dyad.store.Ingester;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API ({@code /api/v1}) and the dashboard page over one store, for {@code dyad serve}
 * and {@code dyad demo}. Reads only, except {@code POST /api/v1/code?store=true}, which needs a
 * store opened for writing.
 *
 * <p>Bad input is answered, never thrown at the client: a bad parameter gets 400 with
 * {@code {"error": ..., "parameter": ...}}, and text that is not English gets 422 naming the
 * language it looks like; an unexpected failure is logged to standard error
 * and the client gets 500 with a generic message, no stack trace. Every value from a request
 * reaches SQL as a statement parameter ({@link Browse}).
 *
 * <p>Every request first passes the {@link RequestGuard}: a {@code Host} this server serves,
 * no foreign {@code Origin}, JSON in a POST, a bounded number of texts coded at once.
 *
 * <p>Design decision: the store is read one request at a time ({@link StoreReader}): a
 * read-only server opens it for each request and closes it after, so a running dashboard does
 * not keep {@code dyad ingest} out; a {@code --writable} server holds it. Every answer is
 * aggregated or paged in the store, so each query takes milliseconds and queuing costs less
 * than a pool would. While an ingest writes, reads are answered 503 with a retry time.
 */
final class WebServer implements AutoCloseable {

  /** The largest request body accepted, in bytes: a pasted article fits many times over. */
  static final long MAX_BODY = 256 * 1024;
  /** The most characters of text {@code POST /code} codes. */
  static final int MAX_TEXT = 100_000;
  /** The most texts {@code POST /code} codes at once unless told otherwise. */
  static final int MAX_CODING = 2;
  static final int MAX_PAGE = 500;
  static final int MAX_EDGES = 500;
  static final int MAX_PLACES = 500;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASSETS = "/org/dyad/app/web/";
  /** Apache ECharts, from its WebJar on the class path: the page loads nothing from elsewhere. */
  static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + webJarVersion("echarts")
      + "/dist/echarts.min.js";
  /**
   * The page's policy: its own scripts only (no inline script, no eval), data from this server
   * only; inline styles are allowed, as ECharts positions its tooltips with them.
   */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
      + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final StoreReader store;
  private final Supplier<Pipeline> pipeline;
  private final KnowledgeBase kb;
  private final RequestGuard guard;
  private final Javalin app;

  /**
   * @param pipeline the coder for {@code POST /code}, asked for on first use (loading CoreNLP
   *     takes seconds)
   * @param kb the knowledge base, for finding actors by alias; null to search names only
   */
  WebServer(Store store, Supplier<Pipeline> pipeline, KnowledgeBase kb) {
    this(StoreReader.holding(store), pipeline, kb, MAX_CODING);
  }

  /**
   * As above, coding at most {@code maxCoding} texts at once ({@code POST /code}); more are
   * answered 503 with {@code Retry-After}.
   */
  WebServer(StoreReader store, Supplier<Pipeline> pipeline, KnowledgeBase kb, int maxCoding) {
    this.store = store;
    this.pipeline = pipeline;
    this.kb = kb;
    this.guard = new RequestGuard(maxCoding);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = MAX_BODY;
      config.http.prefer405over404 = true;
    });
    app.before(guard::check);
    app.get("/", ctx -> {
      ctx.header("Content-Security-Policy", PAGE_POLICY);
      asset(ctx, ASSETS + "index.html", "text/html; charset=utf-8");
    });
    app.get("/app.js", ctx -> asset(ctx, ASSETS + "app.js", "text/javascript; charset=utf-8"));
    app.get("/app.css", ctx -> asset(ctx, ASSETS + "app.css", "text/css; charset=utf-8"));
    app.get("/world.json", ctx -> asset(ctx, ASSETS + "world.json",
        "application/json; charset=utf-8"));
    app.get("/echarts.min.js", ctx -> asset(ctx, ECHARTS, "text/javascript; charset=utf-8"));
    app.get("/api/v1/events", this::events);
    app.get("/api/v1/events/{id}", this::event);
    app.get("/api/v1/actors", this::actors);
    app.get("/api/v1/series", this::series);
    app.get("/api/v1/network", this::network);
    app.get("/api/v1/map", this::map);
    app.post("/api/v1/code", this::code);
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status, e.getMessage(),
        e.parameter));
    app.exception(StoreException.class, (e, ctx) -> {
      // An ingest holds the store, or it went away: the client may try again.
      ctx.header("Retry-After", Integer.toString(RequestGuard.RETRY_AFTER_S));
      error(ctx, 503, e.getMessage(), null);
    });
    app.exception(RequestGuard.Busy.class, (e, ctx) -> {
      ctx.header("Retry-After", Integer.toString(RequestGuard.RETRY_AFTER_S));
      error(ctx, 503, e.getMessage(), null);
    });
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 413 ? "the request body is larger than " + MAX_BODY + " bytes"
            : e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: the server could not answer (see its log)", null);
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "no such resource: " + ctx.path(), null);
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method(), null));
  }

  /** Starts serving; returns the port (a free one when asked for port 0). */
  int start(String host, int port) {
    return start(host, port, List.of());
  }

  /**
   * Starts serving, answering requests addressed to {@code host}, the loopback names and the
   * {@code otherNames} ({@link RequestGuard#serving}); returns the port.
   */
  int start(String host, int port, List<String> otherNames) {
    app.start(host, port);
    guard.serving(host, app.port(), otherNames);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  // ---- endpoints

  private void events(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, true, "limit", "cursor");
    EventFilter f = filter(ctx, kb);
    int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
    String cursor = text(ctx, "cursor");
    Browse.Page page;
    try {
      page = store.read(b -> b.events(f, cursor, limit));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("cursor", "cursor: " + e.getMessage()
          + "; use the 'next' value of a previous page");
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("total", page.total());
    out.set("events", JSON.valueToTree(page.events()));
    out.put("next", page.next());
    json(ctx, out);
  }

  private void event(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, false);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new BadRequest("id", "id: an event id is a number, not '" + cut(ctx.pathParam("id"))
          + "'");
    }
    Optional<Browse.EventDetail> d = store.read(b -> b.event(id));
    if (d.isEmpty()) {
      throw new BadRequest(404, "id", "no event with id " + id);
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("event", JSON.valueToTree(d.get().event()));
    out.set("mentions", JSON.valueToTree(d.get().mentions()));
    out.set("articles", JSON.valueToTree(d.get().articles()));
    json(ctx, out);
  }

  private void actors(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, false, "q", "limit");
    String q = text(ctx, "q");
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    ActorTerm term = ActorTerm.known(q, kb);
    ObjectNode out = JSON.createObjectNode();
    out.set("actors", JSON.valueToTree(store.read(b -> b.actors(term, limit))));
    json(ctx, out);
  }

  private void series(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, true, "interval", "by");
    EventFilter f = filter(ctx, kb);
    Browse.Interval interval = choice(ctx, "interval", Browse.Interval.class,
        Browse.Interval.MONTH);
    Browse.SeriesKey by = choice(ctx, "by", Browse.SeriesKey.class, Browse.SeriesKey.QUAD);
    ObjectNode out = JSON.createObjectNode();
    out.put("interval", interval.name().toLowerCase(Locale.ROOT));
    out.put("by", by.name().toLowerCase(Locale.ROOT));
    out.set("series", JSON.valueToTree(store.read(b -> b.series(f, interval, by))));
    json(ctx, out);
  }

  private void network(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, true, "limit");
    EventFilter f = filter(ctx, kb);
    int limit = intParam(ctx, "limit", 100, 1, MAX_EDGES);
    Browse.Network n = store.read(b -> b.network(f, limit));
    ObjectNode out = JSON.createObjectNode();
    out.set("nodes", JSON.valueToTree(n.nodes()));
    out.set("edges", JSON.valueToTree(n.edges()));
    json(ctx, out);
  }

  private void map(Context ctx) throws SQLException, IOException, StoreException {
    allow(ctx, true, "limit");
    EventFilter f = filter(ctx, kb);
    int limit = intParam(ctx, "limit", 200, 1, MAX_PLACES);
    Browse.Places places = store.read(b -> b.places(f, limit));
    ArrayNode out = JSON.createArrayNode();
    for (var place : places.places()) {
      ObjectNode p = JSON.valueToTree(place);
      // An event placed only by its country stands at the country's centre point.
      boolean countryPoint = p.path("lat").isNull() && p.hasNonNull("country") && kb != null;
      if (countryPoint) {
        double[] centre = kb.centroid(p.get("country").asText()).orElse(null);
        countryPoint = centre != null;
        if (countryPoint) {
          p.put("lat", centre[0]);
          p.put("lon", centre[1]);
        }
      }
      p.put("country_point", countryPoint);
      out.add(p);
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("located", places.located());
    answer.set("places", out);
    json(ctx, answer);
  }

  private void code(Context ctx) throws IOException, SQLException {
    allow(ctx, false, "store");
    boolean keep = bool(ctx, "store");
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (IOException e) {
      throw new BadRequest("body", "body: not JSON; send {\"text\": \"...\", \"date\":"
          + " \"YYYY-MM-DD\"}");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequest("body", "body: send a JSON object {\"text\": \"...\"}");
    }
    JsonNode t = body.get("text");
    if (t == null || !t.isTextual() || t.asText().isBlank()) {
      throw new BadRequest("text", "text: give the text to code as a non-empty string");
    }
    String text = t.asText();
    if (text.length() > MAX_TEXT) {
      throw new BadRequest("text", "text: at most " + MAX_TEXT + " characters, not "
          + text.length());
    }
    LocalDate date = null;
    JsonNode d = body.get("date");
    if (d != null && !d.isNull() && !(d.isTextual() && d.asText().isBlank())) {
      date = date("date", d.isTextual() ? d.asText() : d.toString());
    }
    if (keep && store.readOnly()) {
      throw new BadRequest(403, "store", "store: this server opened the store read-only;"
          + " start it with 'dyad serve --writable' to store coded text");
    }
    RequestGuard.Slot slot = guard.codingSlot();
    try {
      json(ctx, code(text, date, keep));
    } finally {
      slot.close();
    }
  }

  /** The events and the explanation of one text, stored when {@code keep}. */
  private ObjectNode code(String text, LocalDate date, boolean keep)
      throws IOException, SQLException {
    String id = "pasted-" + hash(text);
    Article article = Article.ofText(id, "api", text, date);
    Coding coding = new Coding(pipeline.get(), Coding.Options.defaults());
    Pipeline.Coded coded = coded(coding.code(Result.of(article)));
    ArrayNode events = JSON.createArrayNode();
    StringWriter lines = new StringWriter();
    try (EventWriter w = new EventWriter(lines, EventWriter.Format.JSONL)) {
      for (Event e : coded.events()) {
        w.write(e, coded.republished());
      }
    }
    for (String line : lines.toString().split("\n")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    ArrayNode explanation = JSON.createArrayNode();
    for (Pipeline.Explained x : coded(coding.explain(Result.of(article))).sentences()) {
      explanation.add(explained(x));
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("article", id);
    out.put("published", date == null ? null : date.toString());
    out.set("events", events);
    out.set("explanation", explanation);
    if (keep) {
      // Between reads: the held store has one connection.
      Ingester.Outcome outcome = store.write(db -> new Ingester(db, Dedup.standard(),
          Clock.systemUTC()).store(coded.article(), coded.sentences(), coded.events(), false,
              coded.republished()));
      out.put("stored", outcome.name().toLowerCase(Locale.ROOT));
    } else {
      out.putNull("stored");
    }
    return out;
  }

  /**
   * The value of a coding outcome; text Dyad does not code is the client's to fix (422 naming
   * why), a stage's failure the server's (500, logged).
   */
  private static <T> T coded(Coding.Outcome<T> outcome) {
    Result<T> r = outcome.result();
    if (outcome.status() == Coding.Status.CODED) {
      return r.value().get();
    }
    if (outcome.status() == Coding.Status.FAILED) {
      throw new IllegalStateException(r.diagnostics().get(0).toString());
    }
    throw new BadRequest(422, "text", "text: " + r.diagnostics().get(0).message());
  }

  private static ObjectNode explained(Pipeline.Explained x) {
    ObjectNode s = JSON.createObjectNode();
    s.put("sentence_index", x.sentence().index());
    s.put("begin", x.sentence().begin());
    s.put("end", x.sentence().end());
    s.put("text", x.sentence().text());
    ArrayNode names = s.putArray("names");
    for (Mention m : x.mentions()) {
      ObjectNode n = names.addObject();
      n.put("text", x.sentence().span(m.first(), m.last()));
      n.put("kind", m.name().kind().name().toLowerCase(Locale.ROOT));
      n.put("target", m.name().target());
      n.put("how", m.how());
    }
    ArrayNode patterns = s.putArray("patterns");
    for (Trace t : x.traces()) {
      ObjectNode n = patterns.addObject();
      n.put("word", x.sentence().token(t.token()).word());
      n.put("token", t.token());
      n.put("rule", t.rule());
      n.put("rule_source", t.ruleSource());
      n.put("outcome", t.outcome());
      n.set("sources", JSON.valueToTree(t.sources()));
      n.set("targets", JSON.valueToTree(t.targets()));
    }
    s.put("events", x.events().size());
    s.put("report", ExplainCommand.describe(x));
    return s;
  }

  // ---- answers

  private static void json(Context ctx, JsonNode body) throws IOException {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.result(JSON.writeValueAsBytes(body));
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    ObjectNode out = JSON.createObjectNode();
    out.put("error", message);
    if (parameter != null) {
      out.put("parameter", parameter);
    }
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8");
    try {
      ctx.result(JSON.writeValueAsBytes(out));
    } catch (IOException e) {
      ctx.result("{\"error\":\"internal error\"}");
    }
  }

  private static void asset(Context ctx, String path, String type) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      ctx.contentType(type);
      ctx.result(in.readAllBytes());
    }
  }

  /** The version of a WebJar on the class path, from its Maven properties. */
  private static String webJarVersion(String artifact) {
    String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + ": the WebJar "
            + artifact + " is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static String hash(String text) {
    return HexFormat.of().formatHex(Digests.sha256(text), 0, 8);
  }
}
