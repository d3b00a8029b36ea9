package org.dyad.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.Tsv;

/**
 * The stretches of a sentence SUTime must see to find there the dates it finds in the whole
 * sentence: windows around the date words ({@link DateWords}) and the other words SUTime reads a
 * time from ({@code date-window-words.txt}, role {@code anchor}). SUTime tries its rules at every
 * token, so running it on the windows alone costs a fraction of the whole sentence. Immutable
 * and thread-safe.
 *
 * <p>A window is built in three steps: the anchor, grown over the anchors and links
 * ({@code date-window-words.txt}, role {@code link}: numbers written out, modifiers such as
 * "last", "early", "several") next to it, so the window holds the whole expression ("the past
 * few weeks", "two hundred days"); {@link #CONTEXT} tokens more on each side; and grown again
 * over links at its edges, so it never ends inside a number or a chain of modifiers. Windows
 * that overlap or touch are merged into one.
 *
 * <p>Design decision: the context is 4 tokens because SUTime's last rules look up to 3 tokens
 * past an expression for a past-tense verb, "have", "will" or "would" to resolve it before or
 * after the page date ({@code []{0,2}} in english.sutime.txt), and an expression can reach one
 * word past its anchors and links ("the end of the year": "the" is neither). Plain windows of
 * a few tokens around date words changed the output in three ways: with 2 tokens, "warned on
 * Saturday that it would take" lost "would" and dated the Saturday before the page instead of
 * after, and "who attacked protesters in January" lost "attacked" and dated the January after;
 * with 3, "at the end of the year" lost "the"; and with any width, a vague time far from a date
 * word ("now", "recently", "once", "in the past") lost its PRESENT_REF or PAST_REF and its
 * DATE tag, hence the anchors. The rule reads words only, not tags, so it can be checked on
 * hand-built tokens.
 */
public final class DateWindows {

  /** Tokens of context on each side of a window's anchors and links. */
  public static final int CONTEXT = 4;

  /**
   * Tokens {@code first} to {@code last} (inclusive) of a sentence.
   */
  public record Window(int first, int last) {
    public Window {
      if (first < 0 || last < first) {
        throw new IllegalArgumentException("bad window " + first + ".." + last);
      }
    }
  }

  private final DateWords dateWords;
  private final Set<String> anchors;
  private final Set<String> links;

  private DateWindows(DateWords dateWords, Set<String> anchors, Set<String> links) {
    this.dateWords = dateWords;
    this.anchors = Set.copyOf(anchors);
    this.links = Set.copyOf(links);
  }

  /** The lists shipped with Dyad. */
  public static DateWindows standard() {
    Set<String> anchors = new HashSet<>();
    Set<String> links = new HashSet<>();
    for (Tsv.Row r : Tsv.resource(DateWindows.class, "date-window-words.txt", 2)) {
      String w = r.get(0);
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ") || w.isEmpty()) {
        throw r.error("a word is one word in lower case: '" + w + "'");
      }
      switch (r.get(1)) {
        case "anchor" -> anchors.add(w);
        case "link" -> links.add(w);
        default -> throw r.error("role is 'anchor' or 'link', not '" + r.get(1) + "'");
      }
    }
    return new DateWindows(DateWords.standard(), anchors, links);
  }

  /** The windows of a sentence, in token order, disjoint and not touching; none without anchor. */
  public List<Window> windows(List<Token> tokens) {
    int n = tokens.size();
    boolean[] anchor = new boolean[n];
    boolean[] link = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i).word();
      anchor[i] = listed(w, f -> dateWords.isDateWord(f) || anchors.contains(f));
      link[i] = anchor[i] || listed(w, links::contains);
    }
    List<Window> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!anchor[i]) {
        continue;
      }
      Window expression = grown(i, i, link);
      Window w = grown(Math.max(0, expression.first() - CONTEXT),
          Math.min(n - 1, expression.last() + CONTEXT), link);
      Window previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && w.first() <= previous.last() + 1) {
        out.set(out.size() - 1, new Window(previous.first(), Math.max(w.last(), previous.last())));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Tokens {@code first} to {@code last}, grown on each side over the links next to them. */
  private static Window grown(int first, int last, boolean[] link) {
    while (first > 0 && link[first - 1]) {
      first--;
    }
    while (last + 1 < link.length && link[last + 1]) {
      last++;
    }
    return new Window(first, last);
  }

  /**
   * Whether a word is listed in lower case as it is, without a trailing "." or plural "s"
   * ("Mondays" is a set), or by a part between hyphens ("three-months": SUTime reads the
   * text of a token as well as the token).
   */
  private static boolean listed(String word, Predicate<String> list) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (list.test(w) || w.endsWith("s") && list.test(w.substring(0, w.length() - 1))) {
      return true;
    }
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && listed(part, list)) {
          return true;
        }
      }
    }
    return false;
  }
}
