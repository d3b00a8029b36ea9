package org.dyad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.dyad.actors.ActorRef;
import org.dyad.events.CameoCode;
import org.dyad.events.Event;
import org.dyad.events.EventDate;

/**
 * Agreement of coded events with a gold file, for {@code dyad eval}: parses the gold file,
 * matches coded events to gold events one to one, and counts true positives, false positives
 * and false negatives per CAMEO root class, with precision, recall and F1, and how well the
 * matched events' dates agree. Pure: no I/O, no CoreNLP; every method is thread-safe.
 *
 * <p>The gold file is JSON lines, one gold event a line (see {@link EvalCommand}). A coded
 * event matches a gold event when the article is the same, the root is the same, and the
 * first three letters of the source's code (and of the target's, when the gold names a
 * target) equal the gold's: the country, or the region or IGO prefix.
 *
 * <p>Design decision: matching is greedy, article by article. Gold events that name a target
 * go first, so that a gold event without one ("Iran protested") cannot take the only coded
 * event a more specific gold event could match; each gold event takes the first unused coded
 * event that matches, preferring one whose date agrees, so that the date figures do not
 * depend on the order in which the coder wrote its events.
 */
final class EvalScore {

  /** JSON parsing that rejects what a hand-edited line most often gets wrong. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Pattern ACTOR = Pattern.compile("[A-Za-z]{3}[A-Za-z0-9]*");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  private EvalScore() {}

  /**
   * One gold event.
   *
   * @param source the source's code, upper case ("IRN", "IRNGOV"); only its first three
   *     letters count
   * @param target the target's code, or null when the gold event matches any target
   * @param root the two-digit CAMEO root ("04")
   * @param from first day of the gold date, or null when the gold gives no date
   * @param to last day of the gold date (from itself for a single day), or null
   * @param line the line of the gold file, for messages
   */
  record Gold(String article, String source, String target, String root, LocalDate from,
      LocalDate to, int line) {
    Gold {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(root, "root");
      if ((from == null) != (to == null) || from != null && from.isAfter(to)) {
        throw new IllegalArgumentException("bad gold date range " + from + ".." + to);
      }
    }

    boolean dated() {
      return from != null;
    }
  }

  /**
   * What scoring needs of a coded event.
   *
   * @param source the source's CAMEO code (its country when it has no code), or null
   * @param target the target's, or null when the event has no target
   */
  record Coded(String article, String id, String source, String target, String root,
      EventDate date) {
    Coded {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(date, "date");
    }

    static Coded of(Event e) {
      return new Coded(e.articleId(), e.id(), code(e.source()), code(e.target()),
          e.code().root(), e.date());
    }

    private static String code(ActorRef a) {
      if (a == null) {
        return null;
      }
      return a.code() != null ? a.code() : a.country();
    }
  }

  /** The gold events of a file and the problems of the lines that were skipped. */
  record GoldFile(List<Gold> events, List<Diagnostic> problems) {
    GoldFile {
      events = List.copyOf(events);
      problems = List.copyOf(problems);
    }
  }

  /** How a matched pair's coded date compares with the gold date. */
  enum DateCheck { WITHIN, OUTSIDE, NOT_JUDGED }

  /** A gold event and the coded event matched to it. */
  record Pair(Gold gold, Coded coded, DateCheck date) {}

  /**
   * Counts for one root class, or for all of them. Date figures are over the matched pairs
   * whose gold event has a date ({@code datesJudged}); {@code text}, {@code publication} and
   * {@code noDate} split those by where the coded date came from.
   */
  record Counts(int gold, int coded, int tp, int datesJudged, int datesWithin, int text,
      int textWithin, int publication, int publicationWithin, int noDate) {

    static Counts of(int gold, int coded, List<Pair> pairs) {
      int judged = 0;
      int within = 0;
      int text = 0;
      int textWithin = 0;
      int publication = 0;
      int publicationWithin = 0;
      int none = 0;
      for (Pair p : pairs) {
        if (p.date() == DateCheck.NOT_JUDGED) {
          continue;
        }
        boolean in = p.date() == DateCheck.WITHIN;
        judged++;
        within += in ? 1 : 0;
        switch (p.coded().date().source()) {
          case TEXT -> {
            text++;
            textWithin += in ? 1 : 0;
          }
          case PUBLICATION -> {
            publication++;
            publicationWithin += in ? 1 : 0;
          }
          case NONE -> none++;
        }
      }
      return new Counts(gold, coded, pairs.size(), judged, within, text, textWithin,
          publication, publicationWithin, none);
    }

    /** Coded events not matched. */
    int fp() {
      return coded - tp;
    }

    /** Gold events not matched. */
    int fn() {
      return gold - tp;
    }

    /** TP / (TP + FP); empty when nothing was coded. */
    OptionalDouble precision() {
      return ratio(tp, coded);
    }

    /** TP / (TP + FN); empty when there is no gold event. */
    OptionalDouble recall() {
      return ratio(tp, gold);
    }

    /** 2TP / (2TP + FP + FN), the harmonic mean of precision and recall where both exist. */
    OptionalDouble f1() {
      return ratio(2 * tp, 2 * tp + fp() + fn());
    }

    /** The share of judged dates within the gold date. */
    OptionalDouble dateAgreement() {
      return ratio(datesWithin, datesJudged);
    }

    private static OptionalDouble ratio(int n, int of) {
      return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n / of);
    }
  }

  /**
   * The result of a comparison.
   *
   * @param roots counts per two-digit root, in root order, for every root that has a gold or
   *     a coded event
   * @param all the micro-averaged counts over every root
   * @param missed gold events no coded event matched (false negatives), in file order
   * @param spurious coded events no gold event matched (false positives), in input order
   */
  record Score(Map<String, Counts> roots, Counts all, List<Pair> pairs, List<Gold> missed,
      List<Coded> spurious, int toleranceDays) {
    Score {
      roots = Collections.unmodifiableMap(new TreeMap<>(roots));
      pairs = List.copyOf(pairs);
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  /**
   * Parses a gold file's bytes (UTF-8, a byte-order mark allowed, LF or CRLF line ends).
   * Blank lines are ignored; each bad line gives one positioned problem and is skipped.
   * Fields other than those of a gold event (a "note", say) are ignored.
   */
  static GoldFile parse(String file, byte[] content) {
    List<Gold> events = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (byte b : content) {
      if (b == 0) {
        problems.add(Diagnostic.error(file, 0,
            "not a UTF-8 text file (UTF-16 or binary?); gold file skipped"));
        return new GoldFile(events, problems);
      }
    }
    int start = 0;
    int line = 0;
    while (start < content.length) {
      int end = start;
      while (end < content.length && content[end] != '\n') {
        end++;
      }
      line++;
      int stop = end > start && content[end - 1] == '\r' ? end - 1 : end;
      int begin = line == 1 && stop - start >= 3 && (content[start] & 0xff) == 0xef
          && (content[start + 1] & 0xff) == 0xbb && (content[start + 2] & 0xff) == 0xbf
          ? start + 3 : start;
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .decode(ByteBuffer.wrap(content, begin, stop - begin)).toString();
      } catch (CharacterCodingException e) {
        problems.add(Diagnostic.error(file, line, "cannot be decoded as UTF-8; line skipped"));
        start = end + 1;
        continue;
      }
      if (!text.isBlank()) {
        Result<Gold> gold = parseLine(file, line, text);
        gold.value().ifPresent(events::add);
        problems.addAll(gold.diagnostics());
      }
      start = end + 1;
    }
    return new GoldFile(events, problems);
  }

  /** Parses one line of a gold file: a gold event, or a problem naming the line. */
  static Result<Gold> parseLine(String file, int line, String text) {
    JsonNode o;
    try {
      o = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage().lines().findFirst().orElse("");
      return bad(file, line, "not a JSON object (" + why + ")");
    }
    if (o == null || !o.isObject()) {
      return bad(file, line, "not a JSON object");
    }
    JsonNode article = o.get("article");
    if (article == null || article.isNull()) {
      return bad(file, line, "no \"article\"");
    }
    if (!article.isTextual() || article.asText().isBlank()) {
      return bad(file, line, "\"article\" must be an article id (a file's base name), not "
          + article);
    }
    JsonNode source = o.get("source");
    if (source == null || source.isNull()) {
      return bad(file, line, "no \"source\"");
    }
    if (!isActor(source)) {
      return bad(file, line, "\"source\" must be an actor code such as \"IRN\" or \"IRNGOV\","
          + " not " + source);
    }
    JsonNode target = o.get("target");
    boolean hasTarget = target != null && !target.isNull();
    if (hasTarget && !isActor(target)) {
      return bad(file, line, "\"target\" must be an actor code such as \"ISR\", or null, not "
          + target);
    }
    JsonNode root = o.get("root");
    if (root == null || root.isNull()) {
      return bad(file, line, "no \"root\"");
    }
    if (!root.isTextual() || !CODE.matcher(root.asText()).matches() || !validCode(root)) {
      return bad(file, line, "\"root\" must be a CAMEO code as text, such as \"04\" or"
          + " \"041\", not " + root);
    }
    LocalDate from = null;
    LocalDate to = null;
    JsonNode date = o.get("date");
    JsonNode dateFrom = o.get("date_from");
    JsonNode dateTo = o.get("date_to");
    boolean hasDate = date != null && !date.isNull();
    boolean hasFrom = dateFrom != null && !dateFrom.isNull();
    boolean hasTo = dateTo != null && !dateTo.isNull();
    if (hasDate && (hasFrom || hasTo)) {
      return bad(file, line, "give \"date\" or \"date_from\" and \"date_to\", not both");
    }
    if (hasFrom != hasTo) {
      return bad(file, line, "a range needs both \"date_from\" and \"date_to\"");
    }
    try {
      if (hasDate) {
        from = day(date, "date");
        to = from;
      } else if (hasFrom) {
        from = day(dateFrom, "date_from");
        to = day(dateTo, "date_to");
        if (from.isAfter(to)) {
          return bad(file, line, "\"date_from\" " + from + " is after \"date_to\" " + to);
        }
      }
    } catch (IllegalArgumentException e) {
      return bad(file, line, e.getMessage());
    }
    return Result.of(new Gold(article.asText(), upper(source), hasTarget ? upper(target) : null,
        root.asText().substring(0, 2), from, to, line));
  }

  private static Result<Gold> bad(String file, int line, String message) {
    return Result.skipped(Diagnostic.error(file, line, message + "; line skipped"));
  }

  private static boolean isActor(JsonNode n) {
    return n.isTextual() && ACTOR.matcher(n.asText()).matches();
  }

  private static boolean validCode(JsonNode n) {
    try {
      CameoCode.of(n.asText());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String upper(JsonNode n) {
    return n.asText().toUpperCase(Locale.ROOT);
  }

  private static LocalDate day(JsonNode n, String field) {
    try {
      if (n.isTextual()) {
        return LocalDate.parse(n.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below, with the field's name
    }
    throw new IllegalArgumentException("\"" + field + "\" must be a date YYYY-MM-DD, not " + n);
  }

  /** Whether a coded event matches a gold event (dates aside). */
  static boolean matches(Gold g, Coded c) {
    return g.article().equals(c.article()) && g.root().equals(c.root())
        && samePrefix(g.source(), c.source())
        && (g.target() == null || samePrefix(g.target(), c.target()));
  }

  private static boolean samePrefix(String gold, String coded) {
    return coded != null && coded.length() >= 3
        && coded.substring(0, 3).equalsIgnoreCase(gold.substring(0, 3));
  }

  /**
   * Whether a coded date lies within the gold date, widened by {@code toleranceDays} on each
   * side. A week, month or year lies within only when all its days do; an unknown date never.
   */
  static DateCheck checkDate(Gold g, EventDate coded, int toleranceDays) {
    if (!g.dated()) {
      return DateCheck.NOT_JUDGED;
    }
    if (coded.precision() == EventDate.Precision.NONE) {
      return DateCheck.OUTSIDE;
    }
    LocalDate first = coded.date();
    LocalDate last = coded.last();
    boolean within = !first.isBefore(g.from().minusDays(toleranceDays))
        && !last.isAfter(g.to().plusDays(toleranceDays));
    return within ? DateCheck.WITHIN : DateCheck.OUTSIDE;
  }

  /** Matches coded events to gold events and counts; see the class comment for how. */
  static Score score(List<Gold> gold, List<Coded> coded, int toleranceDays) {
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("date tolerance must be >= 0: " + toleranceDays);
    }
    Map<String, List<Coded>> codedByArticle = new LinkedHashMap<>();
    for (Coded c : coded) {
      codedByArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Gold>> goldByArticle = new LinkedHashMap<>();
    for (Gold g : gold) {
      goldByArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
    }
    List<Pair> pairs = new ArrayList<>();
    // Identity, not equality: two gold lines (or two coded events) may be equal values.
    Set<Coded> used = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Gold> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<String, List<Gold>> e : goldByArticle.entrySet()) {
      List<Coded> candidates = codedByArticle.getOrDefault(e.getKey(), List.of());
      List<Gold> order = new ArrayList<>(e.getValue());
      order.sort(Comparator.comparing((Gold g) -> g.target() == null));
      for (Gold g : order) {
        Coded first = null;
        Coded agreeing = null;
        for (Coded c : candidates) {
          if (used.contains(c) || !matches(g, c)) {
            continue;
          }
          if (first == null) {
            first = c;
          }
          if (checkDate(g, c.date(), toleranceDays) == DateCheck.WITHIN) {
            agreeing = c;
            break;
          }
        }
        Coded take = agreeing != null ? agreeing : first;
        if (take != null) {
          used.add(take);
          matched.add(g);
          pairs.add(new Pair(g, take, checkDate(g, take.date(), toleranceDays)));
        }
      }
    }
    List<Gold> missed = gold.stream().filter(g -> !matched.contains(g)).toList();
    List<Coded> spurious = coded.stream().filter(c -> !used.contains(c)).toList();
    Map<String, int[]> sizes = new TreeMap<>();
    for (Gold g : gold) {
      sizes.computeIfAbsent(g.root(), k -> new int[2])[0]++;
    }
    for (Coded c : coded) {
      sizes.computeIfAbsent(c.root(), k -> new int[2])[1]++;
    }
    Map<String, Counts> roots = new TreeMap<>();
    for (Map.Entry<String, int[]> s : sizes.entrySet()) {
      List<Pair> ofRoot = pairs.stream().filter(p -> p.gold().root().equals(s.getKey()))
          .toList();
      roots.put(s.getKey(), Counts.of(s.getValue()[0], s.getValue()[1], ofRoot));
    }
    return new Score(roots, Counts.of(gold.size(), coded.size(), pairs), pairs, missed,
        spurious, toleranceDays);
  }
}
