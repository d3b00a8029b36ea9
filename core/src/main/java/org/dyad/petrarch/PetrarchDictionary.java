package org.dyad.petrarch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Names;

/**
 * Imports a PETRARCH / TABARI / Phoenix {@code .actors} or {@code .agents} dictionary as
 * {@link DictionaryEntry knowledge base entries}, so that the field's large existing
 * dictionaries can be added to the knowledge base ({@link KnowledgeBase#standardWith}).
 * Stateless and thread-safe; a malformed line never throws: it becomes a {@link Diagnostic}
 * naming the file and line, and the rest of the file is read.
 *
 * <p>What is read, in both kinds of file: {@code #} and {@code ;} comments to the end of the
 * line, {@code <!-- ... -->} comments (also spanning lines), lines beginning {@code <!}, blank
 * lines, and a {@code ---STOP---} line that ends the file. Words are joined by {@code _} or
 * blanks; both become one space, and a trailing {@code _} (PETRARCH's "exact word, no stem or
 * plural") is dropped, since Dyad matches whole words only.
 *
 * <p><b>Actors</b> ({@code .actors}): an entry is a phrase line, optionally followed by codes in
 * brackets; {@code +} lines add aliases; lines starting with white space hold more bracketed
 * codes. A bracket is a default code ({@code [AFGELI]}) or a date restriction:
 * {@code [ARMGOV 980204-080409]} (both days included), {@code [ARMGOV >080409]} (from that day
 * on) or {@code [ARMGOV <080409]} (until that day). Several brackets may share a line. Dates are
 * {@code YYYYMMDD} (longer digit runs are cut to their first eight, with a warning, as
 * PETRARCH does) or {@code YYMMDD}; a two-digit year {@code 00}-{@code 30} is 20YY and
 * {@code 31}-{@code 99} is 19YY, the rule of PETRARCH2's reader ({@code PETRreader.py},
 * {@code dstr_to_ordate}: "for consistency with KEDS and TABARI, YY years between 00 and 30 are
 * interpreted as 20YY; otherwise 19YY"). Each entry gives one {@link DictionaryEntry} on the
 * entry's line, with one dated role per date restriction on the restriction's line:
 * <ul>
 *   <li>id: {@code petrarch/} and a slug of the name, made unique within the import with
 *       {@code -2}, {@code -3}, ...;
 *   <li>kind: a person when the entry has date restrictions, else an organisation;
 *   <li>name and aliases: title case, except one-word names of up to three letters and dotted
 *       abbreviations ("UN", "IMF", "U.S."), which keep their capitals so that they stay
 *       case-sensitive acronyms (an all-capital "AFGHANISTAN" would otherwise match only in
 *       capitals);
 *   <li>code: upper-cased; it must be a CAMEO actor code of one or more three-letter parts
 *       ({@code PSEREBHMS} is kept whole);
 *   <li>role: the restriction as written; an open start ({@code <date}) is the year 1
 *       ({@code 0001-01-01}), an open end is none.
 * </ul>
 *
 * <p>Design decisions. An entry without a default code takes the code of its latest-starting
 * restriction as its default (Dyad needs one; PETRARCH codes nothing outside the dates). An
 * entry with neither code nor restriction shares the codes of the next entry that has some, as
 * in PETRARCH's reader; Dyad reads them as one actor, named by the first of them and placed on
 * its line. An indented line that holds no code is read as a new entry, with a warning (one
 * such typo in Phoenix.International). A default code that is not
 * a CAMEO actor code (the null code {@code ---}, {@code PALPL}, {@code ELR/GAL}) skips the entry;
 * such a code in a date restriction skips that restriction only. Overlapping restrictions are
 * decided by Dyad's own rule ({@link KnowledgeBase.Actor#codeOn}), not by their order in the
 * file.
 *
 * <p><b>Agents</b> ({@code .agents}): lines {@code FOREIGN_MINISTER [~GOVFRM]}, optionally with a
 * plural in braces ({@code ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]}; {@code {}} for none),
 * and substitution markers defined as {@code !PERSON! = MAN, MEN, WOMAN} and used as
 * {@code CATTLE!PERSON!}, which expand to one cue per item (every marker of a line is
 * expanded; no plurals are added to expanded cues). Without braces a regular plural is added
 * unless the phrase ends in {@code _}: {@code -ies} after a consonant and {@code y},
 * {@code -es} after {@code s}, {@code x}, {@code z}, {@code ch} or {@code sh}, else {@code -s}.
 * The agent is the first three letters of the code, with the {@code ~} on either side removed:
 * {@code [~GOVFRM]} is GOV and {@code [NGO~]} is NGO, since a Dyad agent is one three-letter
 * sector. The result is one agent entry per agent, on the line where the agent first appears,
 * named by its first cue, with every cue that maps to it in lower case as its name and
 * aliases. PETRARCH's distinction between a blank (other words may come between) and
 * {@code _} (adjacent) is not kept: both read as adjacent words.
 */
public final class PetrarchDictionary {

  /**
   * The entries read from one dictionary file, and what was wrong with it.
   *
   * @param actors people and organisations, with their dated roles
   * @param agents agents with their cues
   */
  public record Imported(List<DictionaryEntry> actors, List<DictionaryEntry> agents,
      List<Diagnostic> problems) {
    public Imported {
      actors = List.copyOf(actors);
      agents = List.copyOf(agents);
      problems = List.copyOf(problems);
    }

    /** The actors, then the agents: what {@link KnowledgeBase#standardWith} takes. */
    public List<DictionaryEntry> entries() {
      List<DictionaryEntry> all = new ArrayList<>(actors);
      all.addAll(agents);
      return List.copyOf(all);
    }

    /** The number of dated roles of all the actors. */
    public int roleCount() {
      return actors.stream().mapToInt(a -> a.roles().size()).sum();
    }
  }

  /** The start of a restriction without one ({@code [CODE <date]}). */
  static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
  private static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8,}");
  private static final Pattern LONG_DATE = Pattern.compile("\\d{9,}");

  private PetrarchDictionary() {}

  /**
   * Reads a dictionary file: an agents dictionary when its name contains "agents", an actors
   * dictionary when it contains "actors". Text is UTF-8; bytes that are not are replaced, with a
   * warning.
   *
   * @throws IllegalArgumentException when the name says neither
   */
  public static Imported read(Path file) throws IOException {
    String name = file.getFileName().toString();
    boolean agents = isAgents(name);
    byte[] bytes = Files.readAllBytes(file);
    List<Diagnostic> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.UTF_8);
      problems.add(Diagnostic.warning(name, 0,
          "not valid UTF-8; undecodable bytes were replaced"));
    }
    Imported read = agents ? new AgentReader(name).read(text) : new ActorReader(name).read(text);
    if (problems.isEmpty()) {
      return read;
    }
    problems.addAll(read.problems());
    return new Imported(read.actors(), read.agents(), problems);
  }

  /**
   * Parses dictionary text already in memory; {@code fileName} picks the kind as in
   * {@link #read} and names the source in entries and diagnostics.
   */
  public static Imported parse(String fileName, String text) {
    return isAgents(fileName) ? new AgentReader(fileName).read(text)
        : new ActorReader(fileName).read(text);
  }

  private static boolean isAgents(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.contains("agents")) {
      return true;
    }
    if (lower.contains("actors")) {
      return false;
    }
    throw new IllegalArgumentException(fileName
        + ": not a PETRARCH dictionary name; expected 'actors' or 'agents' in it");
  }

  // --- Comments and phrases, shared by both readers ---

  /**
   * The lines of a text with comments blanked out, so that list index + 1 is the line number;
   * leading white space is kept.
   */
  private static List<String> uncommented(String file, String text, List<Diagnostic> problems) {
    List<String> out = new ArrayList<>();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int openedAt = 0;
    for (String raw : text.split("\r\n|\r|\n", -1)) {
      int i = 0;
      if (openedAt > 0) {
        int end = raw.indexOf("-->");
        if (end < 0) {
          out.add("");
          continue;
        }
        openedAt = 0;
        i = end + 3;
      } else if (raw.contains("---STOP---")) {
        break;
      } else if (raw.startsWith("<!") && !raw.startsWith("<!--")) {
        out.add(""); // PETRARCH skips any line opening "<!", such as "<! -- note -->"
        continue;
      }
      StringBuilder kept = new StringBuilder();
      while (i < raw.length()) {
        char c = raw.charAt(i);
        if (c == '#' || c == ';') {
          break;
        }
        if (raw.startsWith("<!--", i)) {
          int end = raw.indexOf("-->", i + 4);
          if (end < 0) {
            openedAt = out.size() + 1;
            break;
          }
          i = end + 3;
          continue;
        }
        if (kept.length() == 0 && i > 0 && Character.isWhitespace(c)) {
          i++; // white space after a comment that opens the line does not indent it
          continue;
        }
        kept.append(c);
        i++;
      }
      out.add(kept.toString());
    }
    if (openedAt > 0) {
      problems.add(Diagnostic.warning(file, openedAt,
          "comment '<!--' is never closed; the rest of the file is ignored"));
    }
    return out;
  }

  /** A phrase as written ({@code THE_GRAVEYARD_OF_EMPIRES_}) to words joined by spaces. */
  private static String words(String phrase) {
    return phrase.replace('_', ' ').replace('|', ' ').trim().replaceAll("\\s+", " ");
  }

  // --- Actors ---

  private static final class ActorReader {
    private final String file;
    private final List<DictionaryEntry> actors = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> pendingNames = new ArrayList<>();
    private int pendingLine;
    private Entry entry;

    ActorReader(String file) {
      this.file = file;
    }

    /** One entry while it is read. */
    private static final class Entry {
      final int line;
      final String phrase;
      final List<String> aliases = new ArrayList<>();
      final List<DictionaryEntry.DatedRole> roles = new ArrayList<>();
      String code;
      int codeLine;
      boolean hadCode;
      boolean skipped;

      Entry(int line, String phrase) {
        this.line = line;
        this.phrase = phrase;
      }
    }

    Imported read(String text) {
      List<String> lines = uncommented(file, text, problems);
      for (int n = 1; n <= lines.size(); n++) {
        String line = lines.get(n - 1);
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.startsWith("+")) {
          alias(n, trimmed.substring(1));
        } else if (trimmed.startsWith("[")) {
          if (entry == null) {
            problems.add(Diagnostic.error(file, n, "code line outside an entry; skipped"));
          } else {
            brackets(n, trimmed);
          }
        } else {
          if (Character.isWhitespace(line.charAt(0))) {
            problems.add(Diagnostic.warning(file, n,
                "indented line that is not a code: read as a new entry"));
          }
          finish();
          int bracket = trimmed.indexOf('[');
          String phrase = bracket < 0 ? trimmed : trimmed.substring(0, bracket);
          entry = new Entry(n, phrase);
          if (bracket >= 0) {
            brackets(n, trimmed.substring(bracket));
          }
        }
      }
      finish();
      if (!pendingNames.isEmpty()) {
        problems.add(Diagnostic.error(file, pendingLine, "entry '" + pendingNames.get(0)
            + "' has no code and no later entry to share one with; skipped"));
      }
      problems.sort(Comparator.comparingInt(Diagnostic::line));
      return new Imported(actors, List.of(), problems);
    }

    private void alias(int n, String rest) {
      if (entry == null) {
        problems.add(Diagnostic.error(file, n, "alias outside an entry; skipped"));
        return;
      }
      int bracket = rest.indexOf('[');
      if (bracket >= 0) {
        problems.add(Diagnostic.warning(file, n, "code on an alias line ignored"));
        rest = rest.substring(0, bracket);
      }
      String alias = words(rest);
      if (!alias.isEmpty()) {
        entry.aliases.add(alias);
      }
    }

    /** Reads the bracketed codes of a line, from its first '['. */
    private void brackets(int n, String s) {
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        if (c != '[') {
          problems.add(Diagnostic.warning(file, n,
              "text after the codes ignored: '" + s.substring(i).strip() + "'"));
          return;
        }
        int close = s.indexOf(']', i);
        if (close < 0) {
          problems.add(Diagnostic.error(file, n,
              "missing ']' in '" + s.substring(i).strip() + "'; code skipped"));
          entry.hadCode = true;
          return;
        }
        code(n, s.substring(i + 1, close).strip());
        i = close + 1;
      }
    }

    private void code(int n, String content) {
      entry.hadCode = true;
      if (content.isEmpty()) {
        problems.add(Diagnostic.error(file, n, "empty code '[]'; skipped"));
        return;
      }
      String[] parts = content.split("\\s+", 2);
      String code = parts[0].toUpperCase(Locale.ROOT);
      String restriction = parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "";
      boolean valid = ACTOR_CODE.matcher(code).matches();
      if (restriction.isEmpty()) {
        if (!valid) {
          problems.add(Diagnostic.error(file, n,
              "code '" + parts[0] + "' is not a CAMEO actor code; entry skipped"));
          entry.skipped = true;
        } else if (entry.code != null && !entry.code.equals(code)) {
          problems.add(Diagnostic.warning(file, n, "second default code '" + code
              + "' replaces '" + entry.code + "' of line " + entry.codeLine));
        }
        if (valid) {
          entry.code = code;
          entry.codeLine = n;
        }
        return;
      }
      if (!valid) {
        problems.add(Diagnostic.error(file, n,
            "code '" + parts[0] + "' is not a CAMEO actor code; date restriction skipped"));
        return;
      }
      LocalDate from;
      LocalDate to;
      Matcher longDate = LONG_DATE.matcher(restriction);
      while (longDate.find()) {
        problems.add(Diagnostic.warning(file, n, "date '" + longDate.group()
            + "' has more than 8 digits; its first 8 read as YYYYMMDD, as PETRARCH does"));
      }
      try {
        if (restriction.startsWith("<")) {
          from = OPEN_START;
          to = date(restriction.substring(1));
        } else if (restriction.startsWith(">")) {
          from = date(restriction.substring(1));
          to = null;
        } else {
          int dash = restriction.indexOf('-');
          if (dash < 0) {
            throw new DateTimeException("not a date range");
          }
          from = date(restriction.substring(0, dash));
          to = date(restriction.substring(dash + 1));
        }
      } catch (DateTimeException e) {
        problems.add(Diagnostic.error(file, n, "cannot read date restriction '" + parts[1]
            + "' (expected <date, >date or date-date, dates YYMMDD or YYYYMMDD); skipped"));
        return;
      }
      if (to != null && to.isBefore(from)) {
        problems.add(Diagnostic.error(file, n,
            "date restriction '" + content + "' ends before it starts; skipped"));
        return;
      }
      entry.roles.add(new DictionaryEntry.DatedRole(code, content, from, to, n));
    }

    private void finish() {
      Entry e = entry;
      entry = null;
      if (e == null || e.skipped) {
        return;
      }
      String name = words(e.phrase);
      if (name.isEmpty()) {
        problems.add(Diagnostic.error(file, e.line, "entry without a name; skipped"));
        return;
      }
      String code = e.code;
      if (code == null && !e.roles.isEmpty()) {
        DictionaryEntry.DatedRole latest = e.roles.get(0);
        for (DictionaryEntry.DatedRole r : e.roles) {
          if (r.from().isAfter(latest.from())) {
            latest = r;
          }
        }
        code = latest.code();
      }
      if (code == null) {
        if (e.hadCode) {
          problems.add(Diagnostic.error(file, e.line,
              "entry '" + name + "' has no usable code; skipped"));
          return;
        }
        if (pendingNames.isEmpty()) {
          pendingLine = e.line;
        }
        pendingNames.add(name);
        pendingNames.addAll(e.aliases);
        return;
      }
      // Entries without codes before this one share its codes: the first of them names it.
      int line = pendingNames.isEmpty() ? e.line : pendingLine;
      Set<String> aliases = new LinkedHashSet<>();
      for (String a : pendingNames) {
        aliases.add(written(a));
      }
      pendingNames.clear();
      aliases.add(written(name));
      for (String a : e.aliases) {
        aliases.add(written(a));
      }
      String primary = aliases.iterator().next();
      aliases.remove(primary);
      actors.add(new DictionaryEntry(e.roles.isEmpty() ? KnowledgeBase.Kind.ORG
          : KnowledgeBase.Kind.PERSON, uniqueId(primary), primary, code, List.copyOf(aliases),
          e.roles, file, line));
    }

    private String uniqueId(String name) {
      String slug = Names.norm(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      String base = "petrarch/" + (slug.isEmpty() ? "actor" : slug);
      String id = base;
      for (int k = 2; !ids.add(id); k++) {
        id = base + "-" + k;
      }
      return id;
    }
  }

  /**
   * A date of a restriction: YYYYMMDD, or YYMMDD with 00-30 read as 20YY and 31-99 as 19YY
   * (PETRARCH2, after KEDS and TABARI). Digits after the eighth are ignored, as PETRARCH does;
   * seven digits are ambiguous and rejected.
   */
  static LocalDate date(String s) {
    if (!DATE.matcher(s).matches()) {
      throw new DateTimeException("not a date: " + s);
    }
    int year;
    int rest;
    if (s.length() >= 8) {
      year = Integer.parseInt(s.substring(0, 4));
      rest = 4;
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    }
    return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
        Integer.parseInt(s.substring(rest + 2, rest + 4)));
  }

  /**
   * A name in the case Dyad matches it by: acronyms (one word of up to three letters, or
   * dotted like "U.S.") keep their capitals and stay case-sensitive; other names are title
   * case, so that they match in any case.
   */
  static String written(String name) {
    if (!name.contains(" ") && (name.codePoints().filter(Character::isLetter).count() <= 3
        || name.matches("(\\p{L}\\.)+\\p{L}?\\.?"))) {
      return name.toUpperCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      b.appendCodePoint(start ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
      start = cp == ' ' || cp == '-' || cp == '(' || cp == '/' || cp == '"' || cp == '.';
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  // --- Agents ---

  private static final class AgentReader {
    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, List<String>> markers = new HashMap<>();
    private final Map<String, Set<String>> cues = new LinkedHashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();

    AgentReader(String file) {
      this.file = file;
    }

    Imported read(String text) {
      List<String> lines = uncommented(file, text, problems);
      for (int n = 1; n <= lines.size(); n++) {
        String line = lines.get(n - 1).strip();
        if (!line.isEmpty()) {
          line(n, line);
        }
      }
      problems.sort(Comparator.comparingInt(Diagnostic::line));
      List<DictionaryEntry> agents = new ArrayList<>();
      cues.forEach((code, set) -> {
        List<String> all = List.copyOf(set);
        agents.add(new DictionaryEntry(KnowledgeBase.Kind.AGENT, code, all.get(0), code,
            all.subList(1, all.size()), List.of(), file, firstLine.get(code)));
      });
      return new Imported(List.of(), agents, problems);
    }

    private void line(int n, String line) {
      if (line.startsWith("!") && line.contains("=")) {
        Matcher m = MARKER_DEFINITION.matcher(line);
        if (!m.matches()) {
          problems.add(Diagnostic.error(file, n,
              "substitution marker incorrectly defined (expected !NAME! = A, B); skipped"));
          return;
        }
        List<String> items = new ArrayList<>();
        for (String item : m.group(2).split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        markers.put(m.group(1), items);
        return;
      }
      int open = line.indexOf('[');
      if (open < 0) {
        problems.add(Diagnostic.error(file, n, "agent without a [code]; skipped"));
        return;
      }
      int close = line.indexOf(']', open);
      if (close < 0) {
        problems.add(Diagnostic.error(file, n, "missing ']' after '"
            + line.substring(open) + "'; skipped"));
        return;
      }
      String raw = line.substring(open + 1, close).replaceAll("\\s+", "");
      String code = raw.replace("~", "").toUpperCase(Locale.ROOT);
      if (!ACTOR_CODE.matcher(code).matches()) {
        problems.add(Diagnostic.error(file, n,
            "code '" + raw + "' is not a CAMEO agent code; skipped"));
        return;
      }
      String agent = code.substring(0, 3);
      String phrase = line.substring(0, open);
      String plural = null;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int end = phrase.indexOf('}', brace);
        if (end < 0) {
          problems.add(Diagnostic.error(file, n, "missing '}' after the plural; skipped"));
          return;
        }
        plural = phrase.substring(brace + 1, end);
        phrase = phrase.substring(0, brace);
      }
      phrase = phrase.strip();
      if (phrase.isEmpty()) {
        problems.add(Diagnostic.error(file, n, "agent without a phrase; skipped"));
        return;
      }
      List<String> out = new ArrayList<>();
      if (phrase.contains("!")) {
        if (!expand(n, phrase, out)) {
          return;
        }
      } else {
        out.add(phrase);
        if (plural == null) {
          if (!phrase.endsWith("_")) {
            String regular = plural(phrase);
            if (regular != null) {
              out.add(regular);
            }
          }
        } else if (!plural.isBlank()) {
          out.add(plural);
        }
      }
      for (String cue : out) {
        String words = words(cue).toLowerCase(Locale.ROOT);
        if (!words.isEmpty()) {
          firstLine.putIfAbsent(agent, n);
          cues.computeIfAbsent(agent, k -> new LinkedHashSet<>()).add(words);
        }
      }
    }

    /** Expands every substitution marker of a phrase; false (with a problem) when it cannot. */
    private boolean expand(int n, String phrase, List<String> out) {
      List<String> done = new ArrayList<>(List.of(phrase));
      for (int guard = 0; guard < 8; guard++) {
        List<String> next = new ArrayList<>();
        boolean any = false;
        for (String p : done) {
          Matcher m = MARKER.matcher(p);
          if (!m.find()) {
            next.add(p);
            continue;
          }
          any = true;
          List<String> items = markers.get(m.group(1));
          if (items == null) {
            problems.add(Diagnostic.error(file, n, "substitution marker '" + m.group()
                + "' is not defined above; skipped"));
            return false;
          }
          for (String item : items) {
            next.add(p.substring(0, m.start()) + item + p.substring(m.end()));
          }
        }
        done = next;
        if (!any) {
          break;
        }
      }
      for (String p : done) {
        if (p.contains("!")) {
          problems.add(Diagnostic.error(file, n,
              "unbalanced '!' in substitution marker of '" + phrase + "'; skipped"));
          return false;
        }
      }
      out.addAll(done);
      return true;
    }
  }

  /** The regular English plural of a phrase's last word, or null when it ends in no letter. */
  static String plural(String phrase) {
    String p = phrase.strip();
    if (p.isEmpty() || !Character.isLetter(p.charAt(p.length() - 1))) {
      return null;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    boolean upper = p.equals(p.toUpperCase(Locale.ROOT));
    String suffix;
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length()
        - 2)) < 0) {
      p = p.substring(0, p.length() - 1);
      suffix = "ies";
    } else if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z")
        || lower.endsWith("ch") || lower.endsWith("sh")) {
      suffix = "es";
    } else {
      suffix = "s";
    }
    return p + (upper ? suffix.toUpperCase(Locale.ROOT) : suffix);
  }
}
