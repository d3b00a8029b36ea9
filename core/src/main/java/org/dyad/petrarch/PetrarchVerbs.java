package org.dyad.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.Tsv;
import org.dyad.events.Codebook;
import org.dyad.events.PatternDictionary;

/**
 * Imports a PETRARCH verbs dictionary ({@code .verbs}, {@code CAMEO.*.txt},
 * {@code PETR.Validate.verbs.txt}) into rows in the layout of Dyad's {@code patterns.tsv}
 * (code, form, words, target), each row keeping the PETRARCH file and line it came from, so
 * that {@link PatternDictionary#standardWith} can add them to the shipped patterns. Stateless
 * and thread-safe; bad content never throws: every line that cannot be used becomes a
 * {@link Diagnostic} naming the file and line, and the rest of the file is read.
 *
 * <p>What is read: {@code #} comments to the end of the line, {@code <!-- ... -->} comments
 * (also spanning lines), blank lines; synonym sets ({@code &NAME} then {@code +MEMBER} lines,
 * members may name other sets); verb blocks {@code --- NAME [code] ---} followed by verb form
 * lines ({@code BAN {BANS BANNED}}, {@code +BREAK_DOWN {...}}, optionally with a code of their
 * own) and pattern lines {@code - words [code] # comment}.
 *
 * <p><b>Translation rules.</b> PETRARCH matches word order in a phrase-structure parse; Dyad
 * matches dependency roles, so the translation is approximate:
 * <ul>
 *   <li>A verb form is its first word, lower-cased, with {@code _} and the irregular forms in
 *       braces dropped: {@code BAN {BANS BANNED}} is "ban". A multi-word form marks its verb
 *       with {@code +} ({@code +BREAK_DOWN}: "break" with the particle "down"); a form with
 *       words before its verb ({@code WIRE_+TAP}) cannot be matched and is reported.
 *   <li>Each verb of a block with a CAMEO code (its own, else the block's) gives a row
 *       {@code code verb LEMMA obj with to against on at for from into over toward upon in}:
 *       PETRARCH takes the first actor of the verb phrase as the target, Dyad the object and
 *       then the first of those prepositions that holds one.
 *   <li>A pattern applies to every verb of its block. In it {@code *} is the verb, {@code +}
 *       the target, {@code $} the source, {@code ^} a skipped phrase (ignored here), {@code _}
 *       joins adjacent words (read as a blank), {@code &NAME} a synonym set, {@code {...}} a noun
 *       phrase and {@code (...)} a prepositional phrase.
 *   <li>{@code - * + [x]}: the verb, target {@code obj}. {@code - * TO + [x]},
 *       {@code - * AGAINST + [x]}: the verb, target the preposition ({@code to},
 *       {@code against}). {@code - *_ON [x]}, {@code - * DOWN [x]}: a particle or preposition
 *       right after the verb becomes a required word ("call on"), the target being that
 *       preposition (for a preposition) and then the default slots.
 *   <li>{@code - * CEASEFIRE [x]}, {@code - * DIPLOMATIC TIES [x]}, {@code - * {ARMS SHIPMENT}}:
 *       a noun phrase after the verb gives the object's head as a required word ("abandon
 *       tie"); the modifiers are dropped. Since Dyad compares lemmas and PETRARCH words as written,
 *       a plural-looking head also gives rows for its likely singulars ("ties": "tie"; one
 *       that is not a real lemma never matches). A synonym set as that head gives one row per
 *       member.
 *       The target is a preposition after the phrase ({@code - * AID TO +}), else the default
 *       prepositions (not {@code obj}, which is the named word).
 *   <li>Adverbs before the verb ({@code - HEAVILY * [x]}, {@code - NOT * [x]}: words ending in
 *       -ly, "not", "never") become required words after the others ("criticize heavily"),
 *       which Dyad finds as the verb's {@code advmod}.
 *   <li>Not translated, and counted: other words before the verb ({@code - SAID * [x]}, since
 *       Dyad cannot require them), a source placed by {@code $} (Dyad takes the subject), compounds
 *       {@code %}, prepositional phrases in parentheses, more than one phrase after the verb,
 *       and {@code +} after a word that is not a preposition.
 *   <li>Codes: the last bracket of the line. A paired code {@code [032:033]} keeps its first
 *       code. A code that is not in the CAMEO codebook ({@code [---]}, the WEIS codes of the
 *       validation dictionary, {@code [075A]}) skips the row with a diagnostic.
 *   <li>A (form, words) pair that an earlier line of the same import already gave is skipped
 *       with a note: the first one wins, as in {@link PatternDictionary#standardWith}.
 * </ul>
 */
public final class PetrarchVerbs {

  /** The pattern rows read from a verbs file, what was wrong, and how many lines translated. */
  public record Imported(List<Tsv.Row> patterns, List<Diagnostic> problems, Counts counts) {
    public Imported {
      patterns = List.copyOf(patterns);
      problems = List.copyOf(problems);
    }
  }

  /**
   * @param verbs verb forms read
   * @param patterns pattern lines read
   * @param translated pattern lines that gave at least one row
   * @param untranslatable pattern lines Dyad cannot express
   * @param badCodes verb and pattern lines skipped for a code that is not CAMEO
   * @param duplicates rows skipped because an earlier line gave the same words
   */
  public record Counts(int verbs, int patterns, int translated, int untranslatable,
      int badCodes, int duplicates) {}

  /** Where Dyad looks for the target when the pattern does not say: PETRARCH's verb phrase. */
  static final List<String> DEFAULT_PREPOSITIONS = List.of("with", "to", "against", "on", "at",
      "for", "from", "into", "over", "toward", "upon", "in");
  private static final String DEFAULT_TARGETS = "obj " + String.join(" ", DEFAULT_PREPOSITIONS);
  private static final Set<String> PREPOSITIONS = Set.of("with", "to", "against", "on", "at",
      "for", "from", "into", "over", "toward", "towards", "upon", "in", "about", "by", "of",
      "onto", "across", "through", "under", "after", "before", "between", "among", "near",
      "like", "within", "without", "behind", "beyond", "around", "along", "amid");
  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back",
      "away", "aside", "forward", "together", "apart");
  private static final Pattern BLOCK = Pattern.compile("^-{3}\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*-{3}");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'.-]*");

  private PetrarchVerbs() {}

  /** Reads a verbs file (UTF-8, undecodable bytes replaced). */
  public static Imported read(Path file, Codebook codebook) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return parse(file.getFileName().toString(), text, codebook);
  }

  /** Parses verbs dictionary text already in memory; {@code fileName} names it in rows. */
  public static Imported parse(String fileName, String text, Codebook codebook) {
    return new Reader(fileName, codebook).read(text);
  }

  private static final class Reader {
    private final String file;
    private final Codebook codebook;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, List<String>> synsets = new HashMap<>();
    private final Map<String, Tsv.Row> rows = new LinkedHashMap<>();
    private int verbCount;
    private int patternCount;
    private int translated;
    private int untranslatable;
    private int badCodes;
    private int duplicates;

    // The current block.
    private String blockCode;
    /** Verbs of the block: lemma and required particles. */
    private final List<List<String>> blockVerbs = new ArrayList<>();
    private String synset;

    Reader(String file, Codebook codebook) {
      this.file = file;
      this.codebook = codebook;
    }

    Imported read(String text) {
      List<String> lines = PetrarchDictionary.verbsUncommented(file, text, problems);
      // Synonym sets may be used before they are defined: read them all first.
      String set = null;
      for (String line : lines) {
        String t = line.trim();
        if (t.startsWith("&") && !t.contains("[")) {
          set = t.substring(1).replaceAll("_+$", "").trim().toUpperCase(Locale.ROOT);
          synsets.putIfAbsent(set, new ArrayList<>());
        } else if (set != null && t.startsWith("+")) {
          synsets.get(set).add(t.substring(1).trim());
        } else if (!t.isEmpty()) {
          set = null;
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        line(i + 1, lines.get(i).trim());
      }
      return new Imported(new ArrayList<>(rows.values()), problems, new Counts(verbCount,
          patternCount, translated, untranslatable, badCodes, duplicates));
    }

    private void line(int n, String t) {
      if (t.isEmpty()) {
        return;
      }
      Matcher block = BLOCK.matcher(t);
      if (t.startsWith("---")) {
        synset = null;
        blockVerbs.clear();
        if (!block.find()) {
          problems.add(Diagnostic.error(file, n, "verb block header without [code]: '" + t
              + "'; block skipped"));
          blockCode = null;
          return;
        }
        blockCode = block.group(2).trim();
        return;
      }
      if (t.startsWith("&") && !t.contains("[")) {
        synset = t;
        return;
      }
      if (t.startsWith("+") && synset != null) {
        return; // a synonym set's member, read before
      }
      synset = null;
      if (t.startsWith("-")) {
        pattern(n, t.substring(1).trim());
        return;
      }
      if (blockCode == null) {
        problems.add(Diagnostic.warning(file, n, "line outside any verb block: '" + t
            + "'; skipped"));
        return;
      }
      verbForm(n, t);
    }

    /** A verb form line: {@code BAN {BANS BANNED}}, {@code +BREAK_DOWN {...} [code]}. */
    private void verbForm(int n, String t) {
      String code = blockCode;
      Matcher c = CODE.matcher(t);
      if (c.find()) {
        code = c.group(1).trim();
        t = t.substring(0, c.start()).trim();
      }
      t = t.replaceAll("\\{[^}]*\\}?", " ").trim();
      if (t.isEmpty()) {
        problems.add(Diagnostic.error(file, n, "verb form line names no verb; skipped"));
        return;
      }
      String phrase = t.split("\\s+")[0].replace('_', ' ').trim().toLowerCase(Locale.ROOT);
      List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
      int verb = 0;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).startsWith("+")) {
          verb = i;
          words.set(i, words.get(i).substring(1));
        }
      }
      words.removeIf(String::isEmpty);
      if (verb > 0) {
        problems.add(Diagnostic.warning(file, n, "verb form '" + t + "' has words before its"
            + " verb, which Dyad cannot require; skipped"));
        return;
      }
      for (String w : words) {
        if (!WORD.matcher(w).matches()) {
          problems.add(Diagnostic.warning(file, n, "verb form '" + t + "' is not a plain word;"
              + " skipped"));
          return;
        }
      }
      verbCount++;
      blockVerbs.add(List.copyOf(words));
      String cameo = cameo(n, code, "verb '" + String.join(" ", words) + "'");
      if (cameo != null) {
        add(n, cameo, String.join(" ", words), DEFAULT_TARGETS);
      }
    }

    /** A pattern line, without its leading {@code -}. */
    private void pattern(int n, String t) {
      patternCount++;
      Matcher c = CODE.matcher(t);
      if (!c.find()) {
        problems.add(Diagnostic.error(file, n, "pattern without a [code]; skipped"));
        untranslatable++;
        return;
      }
      String code = c.group(1).trim();
      String body = t.substring(0, c.start()).trim();
      if (blockVerbs.isEmpty()) {
        problems.add(Diagnostic.warning(file, n, "pattern before any verb of its block;"
            + " skipped"));
        untranslatable++;
        return;
      }
      Translation tr = translate(body);
      if (tr.why() != null) {
        problems.add(Diagnostic.info(file, n, "pattern '" + body + "' not translated: "
            + tr.why()));
        untranslatable++;
        return;
      }
      String cameo = cameo(n, code, "pattern '" + body + "'");
      if (cameo == null) {
        return;
      }
      translated++;
      for (List<String> verb : blockVerbs) {
        for (List<String> extra : tr.words()) {
          List<String> words = new ArrayList<>(verb);
          words.addAll(extra);
          add(n, cameo, String.join(" ", words), tr.targets());
        }
      }
    }

    /** Words to add after the verb (one list per synonym), the target slots, or why not. */
    private record Translation(List<List<String>> words, String targets, String why) {
      static Translation no(String why) {
        return new Translation(List.of(), "", why);
      }
    }

    private Translation translate(String body) {
      String spaced = body.replace('_', ' ').replace("{", " { ").replace("}", " } ")
          .replace("(", " ( ").replace(")", " ) ").trim();
      List<String> tokens = new ArrayList<>(List.of(spaced.split("\\s+")));
      tokens.removeIf(x -> x.equals("^") || x.isEmpty());
      int star = tokens.indexOf("*");
      if (star < 0) {
        return Translation.no("no '*' for the verb");
      }
      List<String> adverbs = new ArrayList<>();
      for (String before : tokens.subList(0, star)) {
        String w = before.toLowerCase(Locale.ROOT);
        if (!isAdverb(w)) {
          return Translation.no("words before the verb");
        }
        adverbs.add(w);
      }
      Translation t = translateAfter(tokens.subList(star + 1, tokens.size()));
      if (t.why() != null || adverbs.isEmpty()) {
        return t;
      }
      List<List<String>> words = new ArrayList<>();
      for (List<String> w : t.words()) {
        List<String> all = new ArrayList<>(w);
        all.addAll(adverbs);
        words.add(all);
      }
      return new Translation(words, t.targets(), null);
    }

    /** An adverb PETRARCH puts before the verb ("HEAVILY *", "NOT *"): Dyad's advmod. */
    private static boolean isAdverb(String w) {
      return w.length() > 3 && w.endsWith("ly") && WORD.matcher(w).matches()
          || w.equals("not") || w.equals("never");
    }

    private Translation translateAfter(List<String> after) {
      if (after.contains("$")) {
        return Translation.no("the source is placed by '$'; Dyad takes the subject");
      }
      if (after.contains("%")) {
        return Translation.no("compound actor '%'");
      }
      if (after.contains("(") || after.contains("*") || after.contains(")")) {
        return Translation.no("prepositional phrase in parentheses");
      }
      List<String> rest = new ArrayList<>();
      for (String x : after) {
        if (!x.equals("{") && !x.equals("}")) {
          rest.add(x.toLowerCase(Locale.ROOT));
        }
      }
      // A trailing "+" or "PREP +" names the target.
      String targetSlot = null;
      int plus = rest.indexOf("+");
      if (plus >= 0) {
        if (plus != rest.size() - 1) {
          return Translation.no("words after the target");
        }
        if (plus == 0) {
          targetSlot = "obj";
        } else if (PREPOSITIONS.contains(rest.get(plus - 1))) {
          targetSlot = rest.get(plus - 1);
          rest = rest.subList(0, plus - 1);
        } else {
          return Translation.no("target after '" + rest.get(plus - 1)
              + "', not a preposition");
        }
        rest = new ArrayList<>(rest.subList(0, Math.min(plus, rest.size())));
      }
      if (rest.isEmpty()) {
        return new Translation(List.of(List.of()),
            targetSlot == null ? DEFAULT_TARGETS : targetSlot, null);
      }
      String first = rest.get(0);
      if (rest.size() == 1 && (PREPOSITIONS.contains(first) || PARTICLES.contains(first))) {
        String targets = PREPOSITIONS.contains(first) ? first + " " + DEFAULT_TARGETS
            : DEFAULT_TARGETS;
        return new Translation(List.of(List.of(first)),
            targetSlot == null ? targets : targetSlot, null);
      }
      for (String w : rest) {
        if (PREPOSITIONS.contains(w)) {
          return Translation.no("more than one phrase after the verb");
        }
        if (!w.startsWith("&") && !WORD.matcher(w).matches()) {
          return Translation.no("'" + w + "' is not a word");
        }
      }
      // A noun phrase: its head (the last word) is the object.
      String head = rest.get(rest.size() - 1);
      List<List<String>> heads = new ArrayList<>();
      for (String h : expand(head, 0)) {
        for (String lemma : singulars(h)) {
          if (!heads.contains(List.of(lemma))) {
            heads.add(List.of(lemma));
          }
        }
      }
      if (heads.isEmpty()) {
        return Translation.no("synonym set " + head + " is unknown or empty");
      }
      return new Translation(heads, targetSlot == null ? String.join(" ", DEFAULT_PREPOSITIONS)
          : targetSlot, null);
    }

    /** A word, or the heads of every member of a synonym set (sets may nest). */
    private List<String> expand(String word, int depth) {
      if (!word.startsWith("&")) {
        return List.of(word);
      }
      List<String> members = synsets.get(word.substring(1).replaceAll("_+$", "")
          .toUpperCase(Locale.ROOT));
      List<String> out = new ArrayList<>();
      if (members == null || depth > 5) {
        return out;
      }
      for (String m : members) {
        String[] words = m.replace('_', ' ').trim().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        for (String h : expand(last, depth + 1)) {
          if (!h.isEmpty() && (h.startsWith("&") || WORD.matcher(h).matches())
              && !out.contains(h)) {
            out.add(h);
          }
        }
      }
      return out;
    }

    /**
     * A noun as written and its likely lemmas: PETRARCH matches the words of the text, Dyad the
     * lemma of the object ("ties" is "tie", "programs" "program", "sanctions" "sanction").
     */
    static List<String> singulars(String w) {
      List<String> out = new ArrayList<>(List.of(w));
      if (w.length() > 4 && w.endsWith("ies")) {
        out.add(w.substring(0, w.length() - 3) + "y");
      }
      if (w.length() > 3 && w.endsWith("es")) {
        out.add(w.substring(0, w.length() - 2));
      }
      if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
        out.add(w.substring(0, w.length() - 1));
      }
      return out;
    }

    /** The CAMEO code a bracket holds, or null with a diagnostic. */
    private String cameo(int n, String code, String what) {
      String first = code.split(":")[0].trim();
      if (!codebook.contains(first)) {
        badCodes++;
        problems.add(Diagnostic.warning(file, n, what + ": '" + code
            + "' is not a CAMEO code; skipped"));
        return null;
      }
      return first;
    }

    private void add(int n, String code, String words, String targets) {
      String key = words;
      if (rows.containsKey(key)) {
        duplicates++;
        problems.add(Diagnostic.info(file, n, "'" + words + "' already given on line "
            + rows.get(key).line() + "; skipped"));
        return;
      }
      rows.put(key, new Tsv.Row(file, n, List.of(code, "verb", words, targets)));
    }
  }
}
