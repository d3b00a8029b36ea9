package org.dyad.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import static org.dyad.petrarch.PetrarchDictionary.*;

import org.dyad.Diagnostic;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Names;

/** Reads the actors of a PETRARCH {@code .actors} dictionary ({@link PetrarchDictionary}). */
final class PetrarchActorReader {
  private final String file;
  private final List<DictionaryEntry> actors = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<String> pendingNames = new ArrayList<>();
  private int pendingLine;
  private Entry entry;

  PetrarchActorReader(String file) {
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
