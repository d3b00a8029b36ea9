package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds knowledge-base names in a sentence: longest match first over normalised name pieces,
 * then a transliteration-tolerant match for person names the tagger found but the KB does not
 * spell the same way ("Velyati" for "Velayati"). Thread-safe.
 *
 * <p>Design decision: the fuzzy step is deliberately narrow: the name must have at least two
 * pieces (or be a one-word name of Dyad's own files, which lists one only when it is
 * unambiguous in international news: "Haniyah" for "Haniyeh"), all but one piece must be equal, and the one that differs must be long (5+ letters)
 * and one edit away in the way transliterations differ: a letter dropped, added or swapped,
 * or one vowel for another inside the word, never a change of the first letter ("Terry" is
 * not "Kerry") nor of a final vowel ("Franco" is not "Franca"). A known name inside a longer
 * person name ("Mojtaba Khamenei", "Michelle Obama") is not that person unless the whole name
 * is a spelling of one of theirs.
 */
public final class MentionFinder {

  private static final int FUZZY_MIN_LENGTH = 5;

  private final KnowledgeBase kb;
  private final List<List<String>> honorifics;

  /**
   * A finder over a knowledge base.
   *
   * @param honorifics titles that may stand before a name, each as its normalised words
   */
  public MentionFinder(KnowledgeBase kb, List<List<String>> honorifics) {
    this.kb = kb;
    List<List<String>> longestFirst = new java.util.ArrayList<>(honorifics);
    longestFirst.sort(Comparator.comparingInt((List<String> h) -> h.size()).reversed());
    this.honorifics = List.copyOf(longestFirst);
  }

  /** A finder with the honorifics shipped with Dyad ({@code honorifics.txt}). */
  public static MentionFinder standard(KnowledgeBase kb) {
    List<List<String>> titles = new ArrayList<>();
    for (org.dyad.Tsv.Row r : org.dyad.Tsv.resource(MentionFinder.class, "honorifics.txt", 1)) {
      titles.add(Names.pieces(r.get(0)).stream().map(Names.Piece::norm).toList());
    }
    return new MentionFinder(kb, titles);
  }

  /** The pieces of a person's name without the titles before it ("Ayatollah", "Gen."). */
  List<Names.Piece> withoutTitles(List<Names.Piece> run) {
    int start = 0;
    boolean stripped = true;
    while (stripped && start < run.size() - 1) {
      stripped = false;
      for (List<String> title : honorifics) {
        if (start + title.size() < run.size() && matchesAt(run, start, title)) {
          start += title.size();
          stripped = true;
          break;
        }
      }
    }
    return run.subList(start, run.size());
  }

  private static boolean matchesAt(List<Names.Piece> run, int start, List<String> title) {
    for (int k = 0; k < title.size(); k++) {
      if (!run.get(start + k).norm().replace(".", "").equals(title.get(k))) {
        return false;
      }
    }
    return true;
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
      if (best != null && !partOfLongerName(best, pieces, i, bestLength, tokens)
          && !opposed(pieces, i)) {
        out.add(best);
        i += bestLength;
      } else {
        i++;
      }
    }
    addFuzzyPersons(sentence, out);
    out.sort(Comparator.comparingInt(Mention::first));
    out.removeIf(m -> regionOfAnotherCountry(m, out, tokens));
    return out;
  }

  /**
   * True when the piece at {@code start} is what an "anti-" word of its own token is against:
   * "anti-ISIL fighters" fight ISIL and are not ISIL, nor are "anti-government protesters" the
   * government. A name that begins with the prefix ("Anti-Slavery International") starts at
   * "anti" and still matches.
   */
  private static boolean opposed(List<Names.Piece> pieces, int start) {
    return start > 0 && pieces.get(start - 1).token() == pieces.get(start).token()
        && pieces.get(start - 1).norm().equals("anti");
  }

  /**
   * True when a country's name follows a city of another country and a comma, as a region of
   * that country does: "Atlanta, Georgia" (the US state), "Brazzaville, Congo" (the city's
   * Congo, whichever Congo the bare name means). A list goes on after it ("Cairo, Jordan and
   * Qatar") and a possessive makes it an actor ("in Cairo, Jordan's king said"): both keep it.
   */
  private boolean regionOfAnotherCountry(Mention m, List<Mention> found, List<Token> tokens) {
    if (m.name().kind() != KnowledgeBase.Kind.COUNTRY || m.first() < 2
        || !tokens.get(m.first() - 1).word().equals(",")) {
      return false;
    }
    int next = m.last() + 1;
    if (next < tokens.size()) {
      String after = tokens.get(next).word().toLowerCase(Locale.ROOT);
      boolean listGoesOn = after.equals("and") || after.equals("or") || after.equals("'s")
          || after.equals(",") && found.stream().anyMatch(o -> o.first() == next + 1
              && o.name().kind() != KnowledgeBase.Kind.PERSON);
      if (listGoesOn) {
        return false;
      }
    }
    String country = kb.countryOf(m.name().target());
    return found.stream().anyMatch(city -> city.last() == m.first() - 2
        && (city.name().kind() == KnowledgeBase.Kind.CAPITAL
        || city.name().kind() == KnowledgeBase.Kind.PLACE)
        && country != null && !country.equals(StoryCountry.countryOf(kb, city)));
  }

  /**
   * True when a person match is only part of a name: it ends inside a token ("Park Jin" of
   * "Park Jin-young"), or the person-tagged run around it has more name words and the whole
   * run is not a spelling of one of the person's names.
   */
  private boolean partOfLongerName(Mention m, List<Names.Piece> pieces, int start, int length,
      List<Token> tokens) {
    if (PLACES.contains(m.name().kind())) {
      return placeInAName(m, tokens);
    }
    if (m.name().kind() != KnowledgeBase.Kind.PERSON) {
      return false;
    }
    int end = start + length;
    if (end < pieces.size() && pieces.get(end).token() == pieces.get(end - 1).token()
        || start > 0 && pieces.get(start - 1).token() == pieces.get(start).token()) {
      return true;
    }
    int first = m.first();
    int last = m.last();
    while (first > 0 && tokens.get(first - 1).ner().equals("PERSON")) {
      first--;
    }
    while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals("PERSON")) {
      last++;
    }
    if (first == m.first() && last == m.last()) {
      return false;
    }
    List<Names.Piece> run = withoutTitles(Names.pieces(
        tokens.subList(first, last + 1).stream().map(Token::word).toList()));
    if (run.size() == length) {
      return false; // only titles around it: "Ayatollah Khamenei"
    }
    for (KnowledgeBase.Name name : kb.personNamesOf(m.name().target())) {
      if (name.pieces().size() == run.size() && spellingOf(name.pieces(), run)) {
        return false;
      }
    }
    return true;
  }

  /** The kinds of name that stand for a country or a place. */
  private static final Set<KnowledgeBase.Kind> PLACES = EnumSet.of(
      KnowledgeBase.Kind.COUNTRY, KnowledgeBase.Kind.CAPITAL, KnowledgeBase.Kind.PLACE);

  /**
   * True when a country's or place's name is a word of a person's or an organisation's name
   * that the knowledge base does not know: next to a person-tagged capitalised word ("Jordan
   * Bardella", "Chad Daybell", "Paris Hilton", "George Washington") or after a capitalised word
   * of the same organisation ("George Washington University"). An organisation named after its
   * country, first ("Kenya Airways") or after "of" ("the Bank of Israel"), keeps the country.
   */
  private static boolean placeInAName(Mention m, List<Token> tokens) {
    int before = m.first() - 1;
    int after = m.last() + 1;
    if (before >= 0 && personWord(tokens.get(before))
        || after < tokens.size() && personWord(tokens.get(after))) {
      return true;
    }
    return before >= 0 && tokens.get(before).ner().equals("ORGANIZATION")
        && tokens.get(m.first()).ner().equals("ORGANIZATION")
        && Character.isUpperCase(tokens.get(before).word().charAt(0));
  }

  private static boolean personWord(Token t) {
    return t.ner().equals("PERSON") && Character.isUpperCase(t.word().charAt(0));
  }

  /** Each piece equal, or a first name spelled otherwise ("Sergei" for "Sergey"). */
  private static boolean spellingOf(List<Names.Piece> name, List<Names.Piece> run) {
    for (int k = 0; k < name.size(); k++) {
      String a = name.get(k).norm();
      String b = run.get(k).norm();
      if (!a.equals(b) && (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)
          || Names.distance(a, b, 2) > 2)) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepts(KnowledgeBase.Name name, List<Names.Piece> window,
      List<Token> tokens) {
    if (name.caseSensitive() && !sameText(name.pieces(), window)) {
      return false;
    }
    // A proper name is capitalised in the text too: "the West" is a grouping, "from the
    // west" a direction; "Jordan" a country, "jordan" nothing. Lower-case pieces of a name
    // ("bin" of "Mohammed bin Salman") may be written either way.
    for (int k = 0; k < window.size(); k++) {
      if (Character.isUpperCase(name.pieces().get(k).text().codePointAt(0))
          && !Character.isUpperCase(window.get(k).text().codePointAt(0))) {
        return false;
      }
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
        List<Names.Piece> run = withoutTitles(Names.pieces(
            tokens.subList(first, last + 1).stream().map(Token::word).toList()));
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
    for (KnowledgeBase.Name name : kb.personNamesLike(run)) {
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

  private static final String VOWELS = "aeiouy";

  /**
   * One edit of the kind transliterations make: a letter added, dropped or swapped with its
   * neighbour after the first letter, or one vowel for another inside the word.
   */
  static boolean transliteration(String x, String y) {
    if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)
        || Names.distance(x, y, 1) != 1) {
      return false;
    }
    if (x.length() != y.length()) {
      return true;
    }
    int i = 0;
    while (x.charAt(i) == y.charAt(i)) {
      i++;
    }
    boolean swap = i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1)
        && x.charAt(i + 1) == y.charAt(i);
    return swap || i < x.length() - 1 && VOWELS.indexOf(x.charAt(i)) >= 0
        && VOWELS.indexOf(y.charAt(i)) >= 0;
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
          || !transliteration(x, y)) {
        return false;
      }
    }
    return true;
  }
}
