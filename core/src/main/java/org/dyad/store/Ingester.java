package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.actors.ActorRef;
import org.dyad.corpus.ContentHash;
import org.dyad.corpus.CorpusEvent;
import org.dyad.corpus.Dedup;
import org.dyad.corpus.MinHash;
import org.dyad.corpus.Outlet;
import org.dyad.corpus.Report;
import org.dyad.events.Event;
import org.dyad.events.Location;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;

/**
 * Writes coded articles into the store, one transaction per article: the article, its event
 * mentions, its MinHash bands and near-duplicate links, and the events of every dedup block
 * the article touches, rebuilt from all their mentions. A process killed at any moment leaves
 * the store as it was after the last committed article; running the same ingest again stores
 * what is missing and nothing twice. Not thread-safe: one ingester per store and thread.
 */
public final class Ingester {

  /** What storing an article did. */
  public enum Outcome {
    /** A new article. */
    STORED,
    /** Already stored with this content: nothing written. */
    UNCHANGED,
    /** The same URL with other content: the stored version is replaced. */
    UPDATED,
    /** Already stored and coded again on request ({@code --recode}). */
    RECODED
  }

  /** An article row as identity sees it. */
  record Stored(long id, String hash, String url, String storedAt) {}

  private final Store store;
  private final Dedup dedup;
  private final Clock clock;

  public Ingester(Store store, Dedup dedup, Clock clock) {
    if (store.readOnly()) {
      throw new IllegalArgumentException("an ingester needs a store opened for writing");
    }
    this.store = store;
    this.dedup = dedup;
    this.clock = clock;
  }

  /**
   * The identities stored now, to skip known articles before coding them. A snapshot: the
   * authoritative check is {@link #store}'s, inside its transaction.
   */
  public Known known() throws SQLException {
    Map<String, Set<String>> urlsByHash = new HashMap<>();
    Map<String, String> hashByUrl = new HashMap<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT content_hash, url FROM articles")) {
      while (r.next()) {
        urlsByHash.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
        if (!r.getString(2).isEmpty()) {
          hashByUrl.put(r.getString(2), r.getString(1));
        }
      }
    }
    return new Known(urlsByHash, hashByUrl);
  }

  /** Identities of stored articles: thread-safe, immutable. */
  public static final class Known {
    private final Map<String, Set<String>> urlsByHash;
    private final Map<String, String> hashByUrl;

    Known(Map<String, Set<String>> urlsByHash, Map<String, String> hashByUrl) {
      this.urlsByHash = Map.copyOf(urlsByHash);
      this.hashByUrl = Map.copyOf(hashByUrl);
    }

    /** True when this very content is stored as this article (coding it again would not
     * change the store unless asked to re-code). */
    public boolean contains(Article article) {
      String hash = ContentHash.of(article);
      List<Stored> rows = new ArrayList<>();
      String url = article.url().strip();
      if (!url.isEmpty() && hashByUrl.containsKey(url)) {
        rows.add(new Stored(0, hashByUrl.get(url), url, ""));
      }
      for (String u : urlsByHash.getOrDefault(hash, Set.of())) {
        rows.add(new Stored(0, hash, u, ""));
      }
      return same(rows, hash, url).filter(s -> s.hash().equals(hash)).isPresent();
    }

    public int size() {
      return urlsByHash.values().stream().mapToInt(Set::size).sum();
    }
  }

  /**
   * Which stored article, if any, is the same article: the one with the same URL when the URL
   * is known; else one with the same content whose URL is unknown or the same (one content at
   * two different URLs is two articles: a syndicated copy).
   */
  static Optional<Stored> same(List<Stored> rows, String hash, String url) {
    if (!url.isEmpty()) {
      for (Stored s : rows) {
        if (s.url().equals(url)) {
          return Optional.of(s);
        }
      }
    }
    for (Stored s : rows) {
      if (s.hash().equals(hash) && (url.isEmpty() || s.url().isEmpty())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Stores one coded article, not a re-published page, in one transaction. */
  public Outcome store(Article article, int sentences, List<Event> events, boolean recode)
      throws SQLException {
    return store(article, sentences, events, recode, false);
  }

  /**
   * Stores one coded article in one transaction; {@code republished} flags a page that
   * re-publishes an older story (its events dated in the story's time, its page date kept).
   */
  public Outcome store(Article article, int sentences, List<Event> events, boolean recode,
      boolean republished) throws SQLException {
    Connection c = store.connection();
    String hash = ContentHash.of(article);
    String url = article.url().strip();
    c.setAutoCommit(false);
    try {
      List<Stored> rows = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT id, content_hash, url,"
          + " CAST(stored_at AS VARCHAR) FROM articles WHERE content_hash = ? OR (? <> '' AND url = ?)")) {
        p.setString(1, hash);
        p.setString(2, url);
        p.setString(3, url);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            rows.add(new Stored(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
          }
        }
      }
      Optional<Stored> existing = same(rows, hash, url);
      if (existing.isPresent() && existing.get().hash().equals(hash) && !recode) {
        c.rollback();
        return Outcome.UNCHANGED;
      }
      Set<String> blocks = new LinkedHashSet<>();
      String now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC))
          .truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
      String storedAt = now;
      if (existing.isPresent()) {
        long old = existing.get().id();
        storedAt = existing.get().storedAt();
        try (PreparedStatement p = c.prepareStatement(
            "SELECT DISTINCT block_key FROM mentions WHERE article_id = ?")) {
          p.setLong(1, old);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              blocks.add(r.getString(1));
            }
          }
        }
        delete(c, old);
      }
      long id = nextval(c, "article_ids");
      long[] signature = MinHash.signature(article);
      insertArticle(c, id, article, hash, sentences, signature, storedAt, now, republished);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mentions (id, article_id,"
          + " paragraph_index, " + EventColumns.names() + ") VALUES (?, ?, ?, "
          + EventColumns.parameters() + ")")) {
        for (Event e : events) {
          blocks.add(Dedup.blockKey(e));
          p.setLong(1, nextval(c, "mention_ids"));
          p.setLong(2, id);
          p.setInt(3, paragraphOf(article, e));
          EventColumns.bind(p, 4, e);
          p.addBatch();
        }
        p.executeBatch();
      }
      insertBands(c, id, signature);
      linkNearDuplicates(c, id, signature);
      rebuild(c, blocks);
      c.commit();
      return existing.isEmpty() ? Outcome.STORED
          : existing.get().hash().equals(hash) ? Outcome.RECODED : Outcome.UPDATED;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Rebuilds every event from the mentions, in one transaction: after a change of rules. */
  public int rebuildAllEvents() throws SQLException {
    Connection c = store.connection();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM event_mentions");
        s.execute("DELETE FROM events");
      }
      Set<String> blocks = new LinkedHashSet<>();
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT DISTINCT block_key FROM mentions")) {
        while (r.next()) {
          blocks.add(r.getString(1));
        }
      }
      int n = rebuild(c, blocks);
      c.commit();
      return n;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static void delete(Connection c, long article) throws SQLException {
    for (String sql : List.of("DELETE FROM mentions WHERE article_id = ?",
        "DELETE FROM article_bands WHERE article_id = ?",
        "DELETE FROM article_links WHERE article_a = ? OR article_b = ?",
        "DELETE FROM articles WHERE id = ?")) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setLong(1, article);
        if (sql.contains(" OR ")) {
          p.setLong(2, article);
        }
        p.executeUpdate();
      }
    }
  }

  private static long nextval(Connection c, String sequence) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void insertArticle(Connection c, long id, Article a, String hash,
      int sentences, long[] signature, String storedAt, String now, boolean republished)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?,"
        + " ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP),"
        + " CAST(? AS TIMESTAMP), ?)")) {
      int i = 1;
      p.setLong(i++, id);
      p.setString(i++, a.id());
      p.setString(i++, a.source());
      p.setString(i++, a.url().strip());
      p.setString(i++, a.publisher().strip());
      p.setString(i++, Outlet.of(a));
      p.setString(i++, hash);
      p.setString(i++, a.published() == null ? null : a.published().toString());
      p.setString(i++, a.publishedFrom().name().toLowerCase(Locale.ROOT));
      p.setString(i++, a.headline());
      p.setString(i++, a.dateline());
      p.setString(i++, a.text());
      p.setString(i++, a.paragraphs().stream().map(s -> "[" + s.begin() + "," + s.end() + "]")
          .collect(Collectors.joining(",", "[", "]")));
      p.setInt(i++, sentences);
      p.setString(i++, Arrays.stream(signature).mapToObj(Long::toString)
          .collect(Collectors.joining(",", "[", "]")));
      p.setString(i++, storedAt);
      p.setString(i++, now);
      p.setBoolean(i, republished);
      p.executeUpdate();
    }
  }

  /**
   * The index of the body paragraph the event's sentence starts in (0: the lead, which makes
   * an event a root event).
   */
  public static int paragraphOf(Article a, Event e) {
    int begin = e.evidence().sentenceBegin();
    List<Span> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      if (begin < ps.get(i).end()) {
        return i;
      }
    }
    return Math.max(ps.size() - 1, 0);
  }

  private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static void insertBands(Connection c, long id, long[] signature)
      throws SQLException {
    long[] bands = MinHash.bands(signature);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article_bands VALUES (?, ?, ?)")) {
      for (int b = 0; b < bands.length; b++) {
        p.setLong(1, id);
        p.setShort(2, (short) b);
        p.setLong(3, bands[b]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void linkNearDuplicates(Connection c, long id, long[] signature)
      throws SQLException {
    Map<Long, long[]> candidates = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.minhash FROM articles a"
        + " WHERE a.id IN (SELECT DISTINCT o.article_id FROM article_bands o"
        + " JOIN article_bands n ON o.band = n.band AND o.hash = n.hash"
        + " WHERE n.article_id = ? AND o.article_id <> ?)")) {
      p.setLong(1, id);
      p.setLong(2, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          candidates.put(r.getLong(1), parseLongs(r.getString(2)));
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO article_links VALUES (?, ?, 'near-duplicate', ?)")) {
      for (Map.Entry<Long, long[]> e : candidates.entrySet()) {
        double sim = MinHash.similarity(signature, e.getValue());
        if (sim >= MinHash.NEAR_DUPLICATE) {
          p.setLong(1, Math.min(id, e.getKey()));
          p.setLong(2, Math.max(id, e.getKey()));
          p.setDouble(3, sim);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  static long[] parseLongs(String json) {
    String body = json.strip();
    body = body.substring(1, body.length() - 1).strip();
    if (body.isEmpty()) {
      return new long[0];
    }
    return Arrays.stream(body.split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
  }

  /** What the rebuild needs of a mention's article. */
  private record Origin(int paragraph, String sourceUrl, String storedAt) {}

  /** Deletes and recomputes the events of the given blocks; returns how many were written. */
  private int rebuild(Connection c, Collection<String> blocks) throws SQLException {
    if (blocks.isEmpty()) {
      return 0;
    }
    List<String> keys = List.copyOf(blocks);
    String in = keys.stream().map(k -> "?").collect(Collectors.joining(", ", "(", ")"));
    for (String sql : List.of("DELETE FROM event_mentions WHERE event_id IN (SELECT id FROM"
        + " events WHERE block_key IN " + in + ")", "DELETE FROM events WHERE block_key IN "
        + in)) {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, keys);
        p.executeUpdate();
      }
    }
    List<Report> reports = new ArrayList<>();
    Map<Long, Origin> origins = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT m.*, a.doc_id, a.content_hash,"
        + " a.outlet, CASE WHEN a.url <> '' THEN a.url ELSE a.source END AS source_url,"
        + " CAST(a.stored_at AS VARCHAR) AS added FROM mentions m JOIN articles a"
        + " ON a.id = m.article_id WHERE m.block_key IN " + in)) {
      bind(p, keys);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong("id");
          reports.add(new Report(id, event(r), r.getString("content_hash"),
              r.getString("outlet")));
          origins.put(id, new Origin(r.getInt("paragraph_index"), r.getString("source_url"),
              r.getString("added")));
        }
      }
    }
    List<CorpusEvent> events = dedup.cluster(reports);
    try (PreparedStatement pe = c.prepareStatement("INSERT INTO events VALUES (?, ?,"
        + " CAST(? AS DATE), ?, ?, CAST(? AS DATE), CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?, ?)");
        PreparedStatement pm = c.prepareStatement("INSERT INTO event_mentions VALUES (?, ?)")) {
      for (CorpusEvent ce : events) {
        bindEvent(pe, ce, origins);
        pe.addBatch();
        for (Report r : ce.mentions()) {
          pm.setLong(1, ce.id());
          pm.setLong(2, r.mentionId());
          pm.addBatch();
        }
      }
      pe.executeBatch();
      pm.executeBatch();
    }
    return events.size();
  }

  private static void bind(PreparedStatement p, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      p.setString(i + 1, values.get(i));
    }
  }

  private static void bindEvent(PreparedStatement p, CorpusEvent ce, Map<Long, Origin> origins)
      throws SQLException {
    Event e = ce.representative().event();
    LocalDate[] range = Dedup.range(ce.date());
    Origin rep = origins.get(ce.representative().mentionId());
    int i = 1;
    p.setLong(i++, ce.id());
    p.setString(i++, Dedup.blockKey(e));
    p.setString(i++, ce.date().date() == null ? null : ce.date().date().toString());
    p.setString(i++, lower(ce.date().precision()));
    p.setString(i++, lower(ce.date().source()));
    p.setString(i++, range == null ? null : range[0].toString());
    p.setString(i++, range == null ? null : range[1].toString());
    p.setString(i++, ce.cameo().code().value());
    p.setString(i++, ce.cameo().name());
    p.setString(i++, ce.cameo().code().root());
    p.setInt(i++, ce.cameo().quadClass());
    p.setDouble(i++, ce.cameo().goldstein());
    p.setString(i++, ce.ploverType());
    p.setString(i++, e.mode().label());
    for (ActorRef a : new ActorRef[] {e.source(), e.target()}) {
      p.setString(i++, a == null ? null : a.id());
      p.setString(i++, a == null ? null : a.code());
      p.setString(i++, a == null ? null : a.country());
      p.setString(i++, a == null ? null : a.name());
    }
    Location l = ce.location();
    p.setString(i++, l == null ? null : l.name());
    p.setString(i++, l == null ? null : l.country());
    setDouble(p, i++, l == null ? null : l.lat());
    setDouble(p, i++, l == null ? null : l.lon());
    p.setInt(i++, ce.numMentions());
    p.setInt(i++, ce.numSources());
    p.setInt(i++, ce.numArticles());
    p.setBoolean(i++, ce.mentions().stream()
        .anyMatch(r -> origins.get(r.mentionId()).paragraph() == 0));
    p.setLong(i++, ce.representative().mentionId());
    p.setString(i++, rep.sourceUrl());
    p.setString(i++, ce.mentions().stream().map(r -> origins.get(r.mentionId()).storedAt())
        .min(String::compareTo).orElseThrow());
    p.setString(i++, l == null ? null : l.adm1());
    p.setString(i, l == null ? null : l.precision().label());
  }

  /** The coded event a mentions row (with its article's doc_id) holds, as the coder made it. */
  static Event event(ResultSet r) throws SQLException {
    return EventColumns.read(r, r.getString("doc_id"));
  }
}
