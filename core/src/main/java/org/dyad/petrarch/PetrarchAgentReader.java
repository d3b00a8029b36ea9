package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import static org.dyad.petrarch.PetrarchDictionary.*;

import org.dyad.Diagnostic;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;

/** Reads the agents of a PETRARCH {@code .agents} dictionary ({@link PetrarchDictionary}). */
final class PetrarchAgentReader {
  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, List<String>> markers = new HashMap<>();
  private final Map<String, Set<String>> cues = new LinkedHashMap<>();
  private final Map<String, Integer> firstLine = new HashMap<>();

  PetrarchAgentReader(String file) {
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
