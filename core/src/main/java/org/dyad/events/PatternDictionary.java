package org.dyad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.Tsv;

/**
 * The event patterns of {@code patterns.tsv} and the light verbs of {@code light-verbs.txt},
 * indexed by head lemma. Immutable and thread-safe. Bad lines are rejected when it is built,
 * naming the file and line.
 */
public final class PatternDictionary {

  private static final Set<String> SLOTS = Set.of("obj", "iobj");
  private static final Pattern PREPOSITION = Pattern.compile("[a-z_]+");

  private final Map<String, List<EventPattern>> verbs;
  private final Map<String, List<EventPattern>> nouns;
  private final Set<String> lightVerbs;
  private final int size;

  private PatternDictionary(Map<String, List<EventPattern>> verbs,
      Map<String, List<EventPattern>> nouns, Set<String> lightVerbs, int size) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.lightVerbs = Set.copyOf(lightVerbs);
    this.size = size;
  }

  /** The dictionary shipped with Dyad. */
  public static PatternDictionary standard(Codebook codebook) {
    return load(Tsv.resource(PatternDictionary.class, "patterns.tsv", 4),
        Tsv.resource(PatternDictionary.class, "light-verbs.txt", 1), codebook);
  }

  /**
   * The shipped dictionary with imported pattern rows (PETRARCH verbs, say) appended, in the
   * order given.
   *
   * <p>Design decision: a (form, words) pair belongs to whoever lists it first: an imported row
   * that the shipped patterns, an earlier import or an earlier row already give is skipped, not
   * an error, so that an import never changes what Dyad's own patterns code. Imported rows must
   * otherwise be valid; bad ones are rejected naming their file and line, as for the shipped
   * file.
   */
  public static PatternDictionary standardWith(Codebook codebook,
      List<List<Tsv.Row>> extraPatternRows) {
    List<Tsv.Row> rows = new ArrayList<>(Tsv.resource(PatternDictionary.class, "patterns.tsv",
        4));
    Set<String> keys = new HashSet<>();
    for (Tsv.Row r : rows) {
      keys.add(key(r));
    }
    for (List<Tsv.Row> extra : extraPatternRows) {
      for (Tsv.Row r : extra) {
        if (keys.add(key(r))) {
          rows.add(r);
        }
      }
    }
    return load(rows, Tsv.resource(PatternDictionary.class, "light-verbs.txt", 1), codebook);
  }

  private static String key(Tsv.Row r) {
    return r.get(1).trim() + " "
        + String.join(" ", r.get(2).toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }

  /** Builds a dictionary from rows, checking every code against the codebook. */
  public static PatternDictionary load(List<Tsv.Row> patternRows, List<Tsv.Row> lightVerbRows,
      Codebook codebook) {
    Map<String, List<EventPattern>> verbs = new HashMap<>();
    Map<String, List<EventPattern>> nouns = new HashMap<>();
    Map<String, Tsv.Row> seen = new HashMap<>();
    for (Tsv.Row r : patternRows) {
      if (!codebook.contains(r.get(0))) {
        throw r.error("'" + r.get(0) + "' is not a code of the CAMEO codebook");
      }
      EventPattern.Form form = switch (r.get(1)) {
        case "verb" -> EventPattern.Form.VERB;
        case "noun" -> EventPattern.Form.NOUN;
        default -> throw r.error("form must be 'verb' or 'noun', not '" + r.get(1) + "'");
      };
      List<String> words = List.of(r.get(2).toLowerCase(Locale.ROOT).trim().split("\\s+"));
      if (words.get(0).isEmpty()) {
        throw r.error("no words");
      }
      List<String> targets = new ArrayList<>();
      for (String slot : r.get(3).trim().split("\\s+")) {
        if (slot.equals("-")) {
          continue;
        }
        if (!SLOTS.contains(slot) && !PREPOSITION.matcher(slot).matches()) {
          throw r.error("target slot must be obj, iobj, a preposition or -: '" + slot + "'");
        }
        targets.add(slot);
      }
      String key = form + " " + String.join(" ", words);
      Tsv.Row earlier = seen.put(key, r);
      if (earlier != null) {
        throw r.error("'" + String.join(" ", words) + "' (" + r.get(1)
            + ") is already listed on line " + earlier.line());
      }
      EventPattern p = new EventPattern(CameoCode.of(r.get(0)), form, words, targets, r.file(),
          r.line());
      (form == EventPattern.Form.VERB ? verbs : nouns)
          .computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p);
    }
    // Longest patterns first: "call on" is tried before "call".
    Comparator<EventPattern> longestFirst =
        Comparator.comparingInt((EventPattern p) -> p.words().size()).reversed();
    verbs.values().forEach(l -> l.sort(longestFirst));
    nouns.values().forEach(l -> l.sort(longestFirst));
    Set<String> light = new HashSet<>();
    for (Tsv.Row r : lightVerbRows) {
      light.add(r.get(0).toLowerCase(Locale.ROOT));
    }
    freeze(verbs);
    freeze(nouns);
    return new PatternDictionary(Map.copyOf(verbs), Map.copyOf(nouns), light, seen.size());
  }

  private static void freeze(Map<String, List<EventPattern>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
  }

  /** Verb patterns for a lemma, longest first. */
  public List<EventPattern> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Noun patterns for a head lemma, longest first. */
  public List<EventPattern> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public boolean isLightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** Every pattern, in file order. */
  public List<EventPattern> all() {
    List<EventPattern> out = new ArrayList<>();
    verbs.values().forEach(out::addAll);
    nouns.values().forEach(out::addAll);
    out.sort(Comparator.comparingInt(EventPattern::line));
    return out;
  }

  public int size() {
    return size;
  }
}
