package org.dyad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.Diagnostic;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Mode;

/**
 * Agreement of coded events with a gold file, for {@code dyad eval}: matches coded events to
 * gold events one to one, and counts true positives, false positives and false negatives per
 * CAMEO root class, with precision, recall and F1, how well the matched events' dates agree,
 * and dated recall (the share of gold events found with a date inside the gold range). Pure:
 * no I/O, no CoreNLP; every method is thread-safe. {@link EvalGoldReader} reads gold files.
 *
 * <p>Only events Dyad presents as happened or intended count: mode asserted or future. A
 * negated or hypothetical event neither matches a gold event nor counts against precision.
 *
 * <p>A counted event matches a gold event when the article is the same, the event's root is
 * one of the gold's roots, and the actors agree: for a row of the coding guide's format, the
 * event's source country equals {@code src} and its target country equals {@code tgt} (any
 * target, or none, when {@code tgt} is {@code *}), or, when {@code either} is set, the other
 * way round; for a row of Dyad's older format, the first three letters of the event's source
 * code (and of its target's, when the gold names a target) equal the gold's. An actor's
 * country is the ISO alpha-3 country Dyad gives it; an actor with no country whose code
 * begins with {@code IGO} (the UN, the EU, NATO, the African Union, ...: {@code actors.tsv},
 * and the agent "international organisation") counts as {@code IGO}; any other actor with no
 * country (an NGO, a transnational armed group, an agent with no country) agrees with no
 * country. Dates do not decide a match.
 *
 * <p>Design decision: matching is a maximum matching per article ({@link EvalMatching}): the
 * most gold events matched, each gold event and each coded event used at most once; among
 * assignments that match as many, the one with the most dates inside the gold range, then
 * the one using the earliest gold lines and coded events. A greedy pass can lose a match a
 * better assignment makes ("Iran criticised Israel" taken by an untargeted gold row that
 * another event would also satisfy); the assignment never does.
 */
final class EvalScore {

  private EvalScore() {}

  /** Which format a gold line was written in, which decides how actors compare. */
  enum Format {
    /** The coding guide's: countries or IGO, {@code *} targets, several roots, either. */
    GUIDE,
    /** Dyad's older format: actor codes compared by their first three letters. */
    CODES
  }

  /**
   * One gold event.
   *
   * @param id the row's id, or null when the line gives none
   * @param source the source: a country or {@code IGO} (guide), or an actor code, upper case,
   *     whose first three letters count (older format)
   * @param target the target likewise, or null when any target (or none) matches
   * @param roots the acceptable two-digit CAMEO roots, at least one, the first the main one
   * @param either whether the reverse direction matches too (a symmetric event)
   * @param from first day of the gold date, or null when the gold gives no date
   * @param to last day of the gold date (from itself for a single day), or null
   * @param note the coder's words for the event, or null
   * @param line the line of the gold file, for messages
   */
  record Gold(String id, String article, String source, String target, List<String> roots,
      boolean either, LocalDate from, LocalDate to, String note, Format format, int line) {
    Gold {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(format, "format");
      roots = List.copyOf(roots);
      if (roots.isEmpty()) {
        throw new IllegalArgumentException("a gold event needs at least one root");
      }
      if ((from == null) != (to == null) || from != null && from.isAfter(to)) {
        throw new IllegalArgumentException("bad gold date range " + from + ".." + to);
      }
    }

    /** A gold event of Dyad's older format: one root, no id, not symmetric. */
    static Gold ofCodes(String article, String source, String target, String root,
        LocalDate from, LocalDate to, int line) {
      return new Gold(null, article, source, target, List.of(root), false, from, to, null,
          Format.CODES, line);
    }

    /** The main root: the one the per-root table counts a missed gold event under. */
    String root() {
      return roots.get(0);
    }

    boolean dated() {
      return from != null;
    }

    /** The id, or the line where there is none. */
    String label() {
      return id != null ? id : "line " + line;
    }
  }

  /**
   * What scoring needs of a coded event.
   *
   * @param source the source's CAMEO code (its country when it has no code), or null
   * @param target the target's, or null when the event has no target
   * @param sourceCountry the source's country for matching (see the class comment), or null
   * @param targetCountry the target's, or null
   * @param code the full CAMEO code ("0411")
   * @param rule the pattern that coded it, "" when unknown
   * @param sentence the sentence it was coded from, "" when unknown
   */
  record Coded(String article, String id, String source, String target, String sourceCountry,
      String targetCountry, String code, Mode mode, EventDate date, String rule,
      String sentence) {
    Coded {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(date, "date");
      if (code.length() < 2) {
        throw new IllegalArgumentException("a CAMEO code has at least two digits: " + code);
      }
      rule = rule == null ? "" : rule;
      sentence = sentence == null ? "" : sentence;
    }

    static Coded of(Event e) {
      return new Coded(e.articleId(), e.id(), code(e.source()), code(e.target()),
          country(e.source()), country(e.target()), e.code().value(), e.mode(), e.date(),
          e.evidence().rule(), e.evidence().sentence());
    }

    /** The two-digit root. */
    String root() {
      return code.substring(0, 2);
    }

    /** Whether the event counts: presented as happened (asserted) or intended (future). */
    boolean counted() {
      return mode == Mode.ASSERTED || mode == Mode.FUTURE;
    }

    private static String code(ActorRef a) {
      if (a == null) {
        return null;
      }
      return a.code() != null ? a.code() : a.country();
    }
  }

  /**
   * An actor's country for matching: the country Dyad gives it, else {@code IGO} for an
   * international organisation (a code beginning with IGO), else null.
   */
  static String country(ActorRef a) {
    if (a == null) {
      return null;
    }
    if (a.country() != null) {
      return a.country();
    }
    return a.code() != null && a.code().startsWith("IGO") ? "IGO" : null;
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
   * {@code noDate} split those by where the coded date came from. {@code goldDated} counts
   * the gold events that have a date, the denominator of dated recall.
   */
  record Counts(int gold, int coded, int tp, int datesJudged, int datesWithin, int text,
      int textWithin, int publication, int publicationWithin, int noDate, int goldDated) {

    static Counts of(int gold, int goldDated, int coded, List<Pair> pairs) {
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
          publication, publicationWithin, none, goldDated);
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

    /**
     * The share of dated gold events matched by an event whose date lies inside the gold
     * range (a week, month or year only when its whole span does); empty when no gold event
     * has a date.
     */
    OptionalDouble datedRecall() {
      return ratio(datesWithin, goldDated);
    }

    private static OptionalDouble ratio(int n, int of) {
      return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) n / of);
    }
  }

  /**
   * The result of a comparison.
   *
   * @param roots counts per two-digit root, in root order, for every root that has a gold or
   *     a counted event; a gold event counts under the root of the event matched to it, a
   *     missed one under its main (first) root
   * @param all the micro-averaged counts over every root
   * @param missed gold events no coded event matched (false negatives), in file order
   * @param spurious counted events no gold event matched (false positives), in input order
   * @param notCounted coded events left out because their mode is negated or hypothetical
   */
  record Score(Map<String, Counts> roots, Counts all, List<Pair> pairs, List<Gold> missed,
      List<Coded> spurious, int notCounted, int toleranceDays) {
    Score {
      roots = Collections.unmodifiableMap(new TreeMap<>(roots));
      pairs = List.copyOf(pairs);
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  /** Whether a coded event matches a gold event (dates and mode aside). */
  static boolean matches(Gold g, Coded c) {
    if (!g.article().equals(c.article()) || !g.roots().contains(c.root())) {
      return false;
    }
    if (g.format() == Format.CODES) {
      return samePrefix(g.source(), c.source())
          && (g.target() == null || samePrefix(g.target(), c.target()));
    }
    return agree(g, c.sourceCountry(), c.targetCountry())
        || g.either() && agree(g, c.targetCountry(), c.sourceCountry());
  }

  private static boolean agree(Gold g, String source, String target) {
    return g.source().equals(source) && (g.target() == null || g.target().equals(target));
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
    List<Coded> counted = coded.stream().filter(Coded::counted).toList();
    Map<String, List<Coded>> codedByArticle = new LinkedHashMap<>();
    for (Coded c : counted) {
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
      List<Gold> golds = e.getValue();
      List<Coded> candidates = codedByArticle.getOrDefault(e.getKey(), List.of());
      int[] take = EvalMatching.assign(weights(golds, candidates, toleranceDays));
      for (int i = 0; i < golds.size(); i++) {
        if (take[i] >= 0) {
          Gold g = golds.get(i);
          Coded c = candidates.get(take[i]);
          used.add(c);
          matched.add(g);
          pairs.add(new Pair(g, c, checkDate(g, c.date(), toleranceDays)));
        }
      }
    }
    List<Gold> missed = gold.stream().filter(g -> !matched.contains(g)).toList();
    List<Coded> spurious = counted.stream().filter(c -> !used.contains(c)).toList();
    // gold, dated gold, coded, per root; a matched gold event counts under its event's root.
    Map<String, int[]> sizes = new TreeMap<>();
    Map<String, List<Pair>> pairsByRoot = new TreeMap<>();
    for (Pair p : pairs) {
      String root = p.coded().root();
      int[] n = sizes.computeIfAbsent(root, k -> new int[3]);
      n[0]++;
      n[1] += p.gold().dated() ? 1 : 0;
      pairsByRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(p);
    }
    for (Gold g : missed) {
      int[] n = sizes.computeIfAbsent(g.root(), k -> new int[3]);
      n[0]++;
      n[1] += g.dated() ? 1 : 0;
    }
    for (Coded c : counted) {
      sizes.computeIfAbsent(c.root(), k -> new int[3])[2]++;
    }
    Map<String, Counts> roots = new TreeMap<>();
    for (Map.Entry<String, int[]> s : sizes.entrySet()) {
      int[] n = s.getValue();
      roots.put(s.getKey(), Counts.of(n[0], n[1], n[2],
          pairsByRoot.getOrDefault(s.getKey(), List.of())));
    }
    int goldDated = (int) gold.stream().filter(Gold::dated).count();
    return new Score(roots, Counts.of(gold.size(), goldDated, counted.size(), pairs), pairs,
        missed, spurious, coded.size() - counted.size(), toleranceDays);
  }

  /**
   * The weight of each gold-event, coded-event pair of one article: 0 where they do not
   * match; else a weight in three tiers, each outweighing every possible sum of the tiers
   * below it: a match, a date inside the gold range, then earlier gold lines and earlier coded
   * events (so that the assignment is the same on every run).
   */
  private static long[][] weights(List<Gold> golds, List<Coded> candidates, int toleranceDays) {
    long n = golds.size();
    long m = candidates.size();
    long pairs = Math.min(n, m);
    long order = pairs * (n * (m + 1) + m) + 1;
    long dated = order * (pairs + 1);
    long match = dated * (pairs + 1);
    long[][] w = new long[golds.size()][candidates.size()];
    for (int i = 0; i < golds.size(); i++) {
      Gold g = golds.get(i);
      for (int j = 0; j < candidates.size(); j++) {
        Coded c = candidates.get(j);
        if (matches(g, c)) {
          boolean in = checkDate(g, c.date(), toleranceDays) == DateCheck.WITHIN;
          w[i][j] = match + (in ? dated : 0) + (n - i) * (m + 1) + (m - j);
        }
      }
    }
    return w;
  }
}
