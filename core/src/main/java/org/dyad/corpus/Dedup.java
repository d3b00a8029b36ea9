package org.dyad.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.Digests;
import org.dyad.Tsv;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Location;
import org.dyad.places.Gazetteer;

/**
 * Deduplication of event mentions into events, across articles and within one. Pure, no I/O,
 * thread-safe. Two mentions report the same event when all of these hold:
 *
 * <ul>
 *   <li>the same source and the same target (or both none), by actor id, or by actor code for
 *       actors the knowledge base does not know ({@link #actorKey}); for a symmetric code
 *       ({@code symmetric.tsv}: consult, negotiate, sign, cooperate, and 190 told as fighting:
 *       "clashed", "fought"), either way round;
 *   <li>the same CAMEO code, or one is a parent of the other ("04" and "041"; a code ending
 *       in 0 stands for its parent: "190" and "194");
 *   <li>their dates overlap ({@link #range}): a day written in the text is that day, a date
 *       taken from the publication date stands for that day or the day before (news reports
 *       what happened yesterday), a month-precision date any day of the month, a year any day
 *       of the year, widened by {@link #windowDays} on each side; an undated mention matches
 *       only an undated mention of the same article;
 *   <li>similar evidence: the same mode (what happened never merges with what is threatened,
 *       denied or possible), places that do not conflict (different countries, or points more
 *       than {@value #MAX_KM} km apart), and, unless the codes are equal, the same trigger
 *       stem or sentences that share at least {@value #MIN_OVERLAP} of their content words.
 * </ul>
 *
 * <p>Design decision: clustering is complete-linkage and greedy in a fixed order (date, then
 * article key, sentence, offsets), so every mention of an event agrees with every other (no
 * chains from Monday to Friday through daily reports), and the same mentions always give the
 * same events, whatever order they were ingested in. Mentions are compared only within a block
 * of the same two actors and CAMEO root ({@link #blockKey}), so a store recomputes only the
 * blocks a new article touches.
 */
public final class Dedup {

  /** Places farther apart than this are different places. */
  public static final double MAX_KM = 150;
  /** Share of content words two sentences must have in common (Jaccard). */
  public static final double MIN_OVERLAP = 0.2;

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on",
      "and", "or", "for", "with", "by", "at", "from", "that", "this", "it", "its", "is", "was",
      "were", "be", "been", "has", "have", "had", "said", "says", "as", "after", "over", "his",
      "her", "their", "they", "he", "she", "which", "who", "would", "will", "also", "than");

  /** The codes of {@code symmetric.tsv}: the same event whichever side is named first. */
  private static final Set<String> SYMMETRIC = new HashSet<>();
  /** The codes symmetric only when told by some words: code to trigger stems. */
  private static final Map<String, Set<String>> SYMMETRIC_BY_WORDS = new HashMap<>();

  static {
    for (Tsv.Row r : Tsv.resource(Dedup.class, "symmetric.tsv", 1)) {
      if (!r.get(0).matches("\\d{2,4}")) {
        throw r.error("a CAMEO code of 2 to 4 digits, not '" + r.get(0) + "'");
      }
      String stems = r.fields().size() > 2 ? r.get(2).strip() : "";
      if (stems.isEmpty()) {
        SYMMETRIC.add(r.get(0));
      } else {
        SYMMETRIC_BY_WORDS.computeIfAbsent(r.get(0), k -> new HashSet<>())
            .addAll(List.of(stems.split("\\s+")));
      }
    }
  }

  private final int windowDays;

  /** @param windowDays extra days of tolerance on each side of each date (0: overlap only) */
  public Dedup(int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the date window is not negative: " + windowDays);
    }
    this.windowDays = windowDays;
  }

  /** The rules as documented: dates must overlap, no extra days. */
  public static Dedup standard() {
    return new Dedup(0);
  }

  public int windowDays() {
    return windowDays;
  }

  /** Whether a code names the same event whichever side comes first ({@code symmetric.tsv}). */
  public static boolean symmetric(String code) {
    return SYMMETRIC.contains(code);
  }

  /**
   * Whether a mention is the same event whichever side comes first: its code is symmetric, or
   * symmetric when told by its words ("clashed with": 190 told as fighting, not as an attack).
   */
  public static boolean symmetric(Event e) {
    return symmetric(e.code().value()) || SYMMETRIC_BY_WORDS.getOrDefault(e.code().value(),
        Set.of()).contains(stem(e.evidence().trigger()));
  }

  /**
   * The block of a mention: only mentions of the same block can be the same event. The two
   * actors are in a fixed order, whichever is the source, so that "A met B" and "B met A" meet
   * in one block; {@link #sameEvent} keeps the direction of every code that is not
   * {@linkplain #symmetric symmetric}.
   */
  public static String blockKey(Event e) {
    String source = actorKey(e.source());
    String target = e.target() == null ? "-" : actorKey(e.target());
    return (source.compareTo(target) <= 0 ? source + "|" + target : target + "|" + source)
        + "|" + e.code().root();
  }

  /** Whether two mentions name the same source and the same target (or both none). */
  private static boolean sameDirection(Event x, Event y) {
    return actorKey(x.source()).equals(actorKey(y.source()))
        && (x.target() == null ? y.target() == null
        : y.target() != null && actorKey(x.target()).equals(actorKey(y.target())));
  }

  /** An actor's identity for deduplication: its id, or its code when the KB does not know it. */
  public static String actorKey(ActorRef a) {
    if (!a.known() && a.code() != null && !a.code().isBlank()) {
      return "code:" + a.code();
    }
    return "id:" + a.id();
  }

  /** The days a date may stand for, or null for an undated event. */
  public static LocalDate[] range(EventDate d) {
    if (d.date() == null) {
      return null;
    }
    return switch (d.precision()) {
      case DAY -> d.source() == EventDate.Source.TEXT
          ? new LocalDate[] {d.date(), d.date()}
          : new LocalDate[] {d.date().minusDays(1), d.date()};
      case WEEK -> new LocalDate[] {d.date(), d.last()};
      case MONTH -> new LocalDate[] {d.date().withDayOfMonth(1), d.last()};
      case SEASON -> new LocalDate[] {d.date(), d.last()};
      case YEAR -> new LocalDate[] {d.date().withDayOfYear(1), d.last()};
      case NONE -> null;
    };
  }

  /** True when two mentions report the same event by every rule above. */
  public boolean sameEvent(Report a, Report b) {
    Event x = a.event();
    Event y = b.event();
    if (!blockKey(x).equals(blockKey(y))) {
      return false;
    }
    if (!sameDirection(x, y) && !(symmetric(x) && symmetric(y))) {
      return false;
    }
    boolean sameCode = x.code().equals(y.code());
    if (!sameCode && !related(x.code().value(), y.code().value())) {
      return false;
    }
    if (!datesOverlap(a, b)) {
      return false;
    }
    if (x.mode() != y.mode() || placesConflict(x.location(), y.location())) {
      return false;
    }
    return sameCode || stem(x.evidence().trigger()).equals(stem(y.evidence().trigger()))
        || overlap(x.evidence().sentence(), y.evidence().sentence()) >= MIN_OVERLAP;
  }

  /**
   * True when one code is the other's parent: "04" and "041", and "040" and "041" too, since a
   * code ending in 0 ("040 Consult, not specified") stands for its parent.
   */
  static boolean related(String a, String b) {
    String x = general(a);
    String y = general(b);
    return x.startsWith(y) || y.startsWith(x);
  }

  /** A code without the trailing zeros that mean "not specified": "040" is "04". */
  static String general(String code) {
    String c = code;
    while (c.length() > 2 && c.endsWith("0")) {
      c = c.substring(0, c.length() - 1);
    }
    return c;
  }

  boolean datesOverlap(Report a, Report b) {
    LocalDate[] r = range(a.event().date());
    LocalDate[] s = range(b.event().date());
    if (r == null || s == null) {
      return r == null && s == null && a.articleKey().equals(b.articleKey());
    }
    return !r[0].isAfter(s[1].plusDays(windowDays)) && !s[0].isAfter(r[1].plusDays(windowDays));
  }

  static boolean placesConflict(Location a, Location b) {
    // Only an event's own location phrase keeps reports apart: another place its sentence
    // names, or the dateline (where the story was filed), may not be where it happened.
    if (a == null || b == null || a.source() != Location.Source.PHRASE
        || b.source() != Location.Source.PHRASE) {
      return false;
    }
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return true;
    }
    if (a.lat() != null && b.lat() != null && a.lon() != null && b.lon() != null) {
      return Gazetteer.km(a.lat(), a.lon(), b.lat(), b.lon()) > MAX_KM;
    }
    return false;
  }

  /** A crude stem: lower case, the first five letters ("shelled", "shelling" → "shell"). */
  static String stem(String trigger) {
    String t = trigger == null ? "" : trigger.toLowerCase(Locale.ROOT).strip();
    return t.length() <= 5 ? t : t.substring(0, 5);
  }

  /** Jaccard similarity of the stemmed content words of two sentences. */
  static double overlap(String a, String b) {
    Set<String> x = content(a);
    Set<String> y = content(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return both.size() / (double) (x.size() + y.size() - both.size());
  }

  private static Set<String> content(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : MinHash.words(sentence == null ? "" : sentence)) {
      if (!STOP.contains(w) && w.length() > 1) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** The order clustering walks mentions in: date, article, sentence, offsets, id. */
  static final Comparator<Report> ORDER = Comparator
      .comparing((Report r) -> r.event().date().date(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Report::articleKey)
      .thenComparingInt(r -> r.event().evidence().sentenceIndex())
      .thenComparingInt(r -> r.event().evidence().triggerBegin())
      .thenComparing(r -> r.event().id());

  /**
   * Groups mentions into events: each mention, in {@link #ORDER}, joins the first event of its
   * block whose every mention reports the same event as it, else starts an event. The result
   * is in the order of each event's first mention.
   */
  public List<CorpusEvent> cluster(List<Report> reports) {
    Map<String, List<List<Report>>> blocks = new LinkedHashMap<>();
    List<List<Report>> all = new ArrayList<>();
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(ORDER);
    for (Report r : sorted) {
      List<List<Report>> block = blocks.computeIfAbsent(blockKey(r.event()),
          k -> new ArrayList<>());
      List<Report> home = null;
      for (List<Report> candidate : block) {
        if (candidate.stream().allMatch(m -> sameEvent(m, r))) {
          home = candidate;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        block.add(home);
        all.add(home);
      }
      home.add(r);
    }
    List<CorpusEvent> out = new ArrayList<>(all.size());
    for (List<Report> members : all) {
      out.add(event(members));
    }
    return out;
  }

  private static CorpusEvent event(List<Report> members) {
    Report first = members.get(0);
    Report representative = members.stream().min(Comparator
        .comparing((Report r) -> !isTextDay(r.event().date()))
        .thenComparing(r -> -general(r.event().code().value()).length())
        .thenComparing(ORDER)).orElseThrow();
    Report specific = members.stream()
        .max(Comparator.comparingInt((Report r) -> general(r.event().code().value()).length()))
        .orElseThrow();
    Set<String> outlets = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (Report r : members) {
      outlets.add(r.outlet());
      articles.add(r.articleKey());
    }
    return new CorpusEvent(id(first), representative, specific.event().cameo(),
        date(members, representative), members, outlets.size(), articles.size());
  }

  private static boolean isTextDay(EventDate d) {
    return d.precision() == EventDate.Precision.DAY && d.source() == EventDate.Source.TEXT;
  }

  /** The day most mentions write out (the earliest on a tie), else the representative's. */
  private static EventDate date(List<Report> members, Report representative) {
    Map<LocalDate, Integer> votes = new HashMap<>();
    for (Report r : members) {
      if (isTextDay(r.event().date())) {
        votes.merge(r.event().date().date(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<LocalDate, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> new EventDate(e.getKey(), EventDate.Precision.DAY, EventDate.Source.TEXT))
        .orElse(representative.event().date());
  }

  /** A positive id below 2^53 (exact in JSON numbers and doubles) from the first mention. */
  static long id(Report first) {
    return Digests.id53(first.articleKey() + "/" + first.event().id());
  }
}
