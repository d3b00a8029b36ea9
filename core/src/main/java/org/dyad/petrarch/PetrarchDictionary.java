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
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;

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

  static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
  static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=(.*)");
  static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");
  static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8,}");
  static final Pattern LONG_DATE = Pattern.compile("\\d{9,}");

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
    Imported read = agents ? new PetrarchAgentReader(name).read(text)
        : new PetrarchActorReader(name).read(text);
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
    return isAgents(fileName) ? new PetrarchAgentReader(fileName).read(text)
        : new PetrarchActorReader(fileName).read(text);
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
  static List<String> uncommented(String file, String text, List<Diagnostic> problems) {
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

  /**
   * A verbs file's lines with comments blanked out ({@code #} to the end of the line, {@code
   * <!-- ... -->} across lines), so that index + 1 is the line number; a comment never closed
   * is reported in {@code problems}.
   */
  static List<String> verbsUncommented(String file, String text, List<Diagnostic> problems) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> out = new ArrayList<>();
    boolean open = false;
    int openedAt = 0;
    String[] raw = text.split("\r\n|\r|\n", -1);
    for (int k = 0; k < raw.length; k++) {
      String line = raw[k];
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (open) {
          int end = line.indexOf("-->", i);
          if (end < 0) {
            i = line.length();
            break;
          }
          open = false;
          i = end + 3;
          continue;
        }
        if (line.startsWith("<!--", i)) {
          open = true;
          openedAt = k + 1;
          i += 4;
          continue;
        }
        char ch = line.charAt(i);
        if (ch == '#') {
          break;
        }
        kept.append(ch);
        i++;
      }
      out.add(kept.toString());
    }
    if (open) {
      problems.add(Diagnostic.warning(file, openedAt,
          "comment '<!--' is never closed; the rest of the file is ignored"));
    }
    return out;
  }

  /** A phrase as written ({@code THE_GRAVEYARD_OF_EMPIRES_}) to words joined by spaces. */
  static String words(String phrase) {
    return phrase.replace('_', ' ').replace('|', ' ').trim().replaceAll("\\s+", " ");
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
