package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds knowledge-base names in a sentence: longest match first over normalised name pieces,
 * then a transliteration-tolerant match for person names the tagger found but the KB does not
 * spell the same way ("Velyati" for "Velayati"). Thread-safe.
 *
 * <p>Design decision: the fuzzy step is deliberately narrow: the name must have at least two
 * pieces, all but one piece must be equal, and the one that differs must be long (5+ letters)
 * and one edit away. Two different people whose names differ in a whole word stay apart.
 */
public final class MentionFinder {

  private static final int FUZZY_MIN_LENGTH = 5;

  private final KnowledgeBase kb;

  public MentionFinder(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The mentions of a sentence, in token order, not overlapping. */
  public List<Mention> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Names.Piece> pieces = Names.pieces(tokens.stream().map(Token::word).toList());
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      Mention best = null;
      int bestLength = 0;
      for (int len = Math.min(kb.longestName(), pieces.size() - i); len >= 1 && best == null;
          len--) {
        List<Names.Piece> window = pieces.subList(i, i + len);
        for (KnowledgeBase.Name name : kb.lookup(Names.key(window))) {
          if (accepts(name, window, tokens)) {
            best = new Mention(window.get(0).token(), window.get(len - 1).token(), name,
                sameText(name.pieces(), window) ? "exact" : "normalized");
            bestLength = len;
            break;
          }
        }
      }
      if (best != null) {
        out.add(best);
        i += bestLength;
      } else {
        i++;
      }
    }
    addFuzzyPersons(sentence, out);
    out.sort(Comparator.comparingInt(Mention::first));
    return out;
  }

  private static boolean accepts(KnowledgeBase.Name name, List<Names.Piece> window,
      List<Token> tokens) {
    if (name.caseSensitive() && !sameText(name.pieces(), window)) {
      return false;
    }
    if (name.kind() == KnowledgeBase.Kind.AGENT) {
      return tokens.get(window.get(window.size() - 1).token()).isNoun();
    }
    return true;
  }

  private static boolean sameText(List<Names.Piece> a, List<Names.Piece> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).text().equals(b.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Person-tagged token runs that no exact name covers, matched to one KB person. */
  private void addFuzzyPersons(Sentence sentence, List<Mention> found) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).ner().equals("PERSON")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON")) {
        j++;
      }
      final int first = i;
      final int last = j;
      boolean covered = found.stream().anyMatch(m -> m.first() <= last && first <= m.last()
          && (m.name().kind() == KnowledgeBase.Kind.PERSON
              || m.name().kind() == KnowledgeBase.Kind.ORG));
      if (!covered) {
        List<Names.Piece> run = Names.pieces(
            tokens.subList(first, last + 1).stream().map(Token::word).toList());
        KnowledgeBase.Name match = fuzzyPerson(run);
        if (match != null) {
          found.removeIf(m -> m.first() <= last && first <= m.last());
          found.add(new Mention(first, last, match, "fuzzy"));
        }
      }
      i = j + 1;
    }
  }

  private KnowledgeBase.Name fuzzyPerson(List<Names.Piece> run) {
    KnowledgeBase.Name match = null;
    for (KnowledgeBase.Name name : kb.personNames()) {
      if (name.pieces().size() != run.size() || !similar(name.pieces(), run)) {
        continue;
      }
      if (match != null && !match.target().equals(name.target())) {
        return null;
      }
      match = name;
    }
    return match;
  }

  private static boolean similar(List<Names.Piece> a, List<Names.Piece> b) {
    int differing = 0;
    for (int k = 0; k < a.size(); k++) {
      String x = a.get(k).norm();
      String y = b.get(k).norm();
      if (x.equals(y)) {
        continue;
      }
      if (++differing > 1 || Math.min(x.length(), y.length()) < FUZZY_MIN_LENGTH
          || Names.distance(x, y, 1) > 1) {
        return false;
      }
    }
    return true;
  }
}
