package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dyad.Tsv;

/**
 * Recognises web boilerplate lines (subscribe prompts, captcha notices, comment forms, share
 * bars, related-article lists) and photo captions from the rules in {@code boilerplate.tsv}.
 * Immutable and thread-safe once built.
 */
public final class Boilerplate {

  /** Lines longer than this are taken to be prose, whatever a rule says. */
  static final int MAX_WORDS = 30;

  private final List<Pattern> lineRules;
  private final List<Pattern> listRules;
  private final List<Pattern> captionRules;
  private final List<Pattern> noticeRules;

  private Boilerplate(List<Pattern> lineRules, List<Pattern> listRules,
      List<Pattern> captionRules, List<Pattern> noticeRules) {
    this.lineRules = List.copyOf(lineRules);
    this.listRules = List.copyOf(listRules);
    this.captionRules = List.copyOf(captionRules);
    this.noticeRules = List.copyOf(noticeRules);
  }

  /** The rules shipped with Dyad. */
  public static Boilerplate standard() {
    return fromRows(Tsv.resource(Boilerplate.class, "boilerplate.tsv", 2));
  }

  static Boilerplate fromRows(List<Tsv.Row> rows) {
    List<Pattern> line = new ArrayList<>();
    List<Pattern> list = new ArrayList<>();
    List<Pattern> caption = new ArrayList<>();
    List<Pattern> notice = new ArrayList<>();
    for (Tsv.Row row : rows) {
      Pattern p;
      try {
        p = Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw row.error("bad regular expression: " + e.getDescription());
      }
      switch (row.get(0)) {
        case "line" -> line.add(p);
        case "list" -> list.add(p);
        case "caption" -> caption.add(p);
        case "notice" -> notice.add(p);
        default -> throw row.error("kind must be 'line', 'list', 'caption' or 'notice', not '"
            + row.get(0) + "'");
      }
    }
    return new Boilerplate(line, list, caption, notice);
  }

  /**
   * True when the line is a photo caption ("Smoke rises over Gaza City, Nov. 15, 2012."):
   * whatever its length, it describes a picture, not the story's news.
   */
  public boolean isCaption(String line) {
    return matches(captionRules, line);
  }

  /**
   * True when the line is boilerplate on its own. A notice (an outlet describing itself) is
   * boilerplate at any length: such paragraphs run long, and the outlet is never an actor.
   */
  public boolean isBoilerplate(String line) {
    return matches(noticeRules, line)
        || isShort(line) && (matches(lineRules, line) || matches(listRules, line));
  }

  /** True when the line opens a list whose headline-like items are boilerplate too. */
  public boolean startsList(String line) {
    return isShort(line) && matches(listRules, line);
  }

  private static boolean matches(List<Pattern> rules, String line) {
    for (Pattern p : rules) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isShort(String line) {
    return words(line) <= MAX_WORDS;
  }

  static int words(String line) {
    String t = line.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
