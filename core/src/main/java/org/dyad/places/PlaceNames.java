package org.dyad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.Names;
import org.dyad.nlp.CalendarNames;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Whether a text names a place of the hand-typed {@code places.tsv} or of the {@link
 * Gazetteer}, read from its words alone (no parse): a whole run of capitalised words (after
 * "The") that one of them knows and that no person's, organisation's or country's name of the
 * knowledge base covers. The denominator of {@code dyad eval}'s place measure: events whose
 * sentence or dateline names a place should carry coordinates. Thread-safe.
 *
 * <p>Design decision: a measure, not a coder: it reads text the way a person skimming for
 * place names would, so that the coder's own reading is judged against something else.
 */
public final class PlaceNames {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’.-]*");
  /** The longest name tried, in words. */
  private static final int LONGEST = 4;

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;
  private final MentionFinder finder;

  public PlaceNames(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
    this.finder = MentionFinder.standard(kb);
  }

  /** The place names of a text, as written, in order. */
  public List<String> in(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().replaceAll("[.’']+$", "");
      boolean upper = Character.isUpperCase(word.codePointAt(0));
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT),
          upper ? "NNP" : "NN", "O", m.start(), m.start() + word.length()));
    }
    Sentence s = new Sentence(0, 0, text.length(), text, tokens, List.of(), List.of());
    List<Mention> mentions = finder.find(s);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && tokens.get(end).pos().equals("NNP")) {
        end++;
      }
      if (end == i) {
        i++;
        continue;
      }
      // the whole run of capitalised words, so that "Antony J. Blinken" names no Antony
      boolean the = end - i > 1 && tokens.get(i).lemma().equals("the");
      for (int first = i; first <= (the ? i + 1 : i); first++) {
        if (end - first <= LONGEST && free(mentions, first, end - 1)
            && known(Names.key(Names.pieces(s.span(first, end - 1))))) {
          out.add(s.span(first, end - 1));
          break;
        }
      }
      i = end;
    }
    return out;
  }

  /** A place the knowledge base or the gazetteer names, never a date ("in March", "on Sunday"). */
  private boolean known(String key) {
    return !CalendarNames.MONTHS.contains(key) && !CalendarNames.WEEKDAYS.contains(key)
        && (kb.placeNamed(key).isPresent() || !gazetteer.named(key).isEmpty());
  }

  /** No person's, organisation's or agent's name covers these tokens. */
  private static boolean free(List<Mention> mentions, int first, int last) {
    for (Mention m : mentions) {
      KnowledgeBase.Kind kind = m.name().kind();
      boolean actor = kind == KnowledgeBase.Kind.PERSON || kind == KnowledgeBase.Kind.ORG
          || kind == KnowledgeBase.Kind.AGENT || kind == KnowledgeBase.Kind.GOVERNMENT
          || kind == KnowledgeBase.Kind.COUNTRY || kind == KnowledgeBase.Kind.ADJECTIVE;
      if (actor && m.first() <= last && m.last() >= first) {
        return false;
      }
    }
    return true;
  }
}
