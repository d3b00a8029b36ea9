package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The title words written with a person's name ("Iraqi Foreign Minister Zebari", "Zebari,
 * Iraq's foreign minister": "foreign minister") and the definite titles that refer back to such
 * a person ("the Foreign Minister", "The Secretary"). Read from tokens and names alone, no
 * parse, so a sentence the annotation planner leaves unparsed records the same titles. Stateless
 * and thread-safe.
 *
 * <p>A title is a run of singular nouns and knowledge-base agent words ("foreign minister",
 * "secretary of state"); the country or organisation beside it ("Iraqi", "Iraq's") is not part
 * of it. Titles are lower case, words separated by one space.
 */
public final class Titles {

  /**
   * Words that make a title another office than the bare one: "the President" is not the vice
   * president, "the Minister" not the prime minister.
   */
  private static final Set<String> RANKS = Set.of("vice", "deputy", "prime", "assistant",
      "under", "acting", "former", "associate", "senior", "first", "second");
  private static final Set<String> NAME_NER = Set.of("O", "TITLE");

  private Titles() {}

  /**
   * The titles written with a person named over tokens {@code first..last}: the title words
   * right before the name ("Secretary Kerry", "Iraqi Foreign Minister Zebari"), and of them the
   * words up to an office the knowledge base knows ("Saudi Foreign Minister Prince Faisal":
   * "foreign minister prince" and "foreign minister"); a definite apposition before the name
   * ("the Foreign Minister of Saudi Arabia, Prince Faisal") or after it ("Zebari, Iraq's
   * foreign minister,"). Empty when the name has no title.
   */
  public static List<String> of(Sentence s, int first, int last, List<Mention> mentions) {
    List<String> titles = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<Integer> officeEnds = new ArrayList<>();
    int i = first - 1;
    while (i >= 0) {
      Mention agent = agentAt(mentions, i);
      if (agent != null) {
        before.addAll(0, words(s, agent.first(), agent.last()));
        officeEnds.replaceAll(e -> e + agent.last() - agent.first() + 1);
        officeEnds.add(agent.last() - agent.first() + 1);
        i = agent.first() - 1;
      } else if (isTitleNoun(s.token(i), mentions)) {
        before.add(0, lower(s.token(i)));
        officeEnds.replaceAll(e -> e + 1);
        i--;
      } else {
        break;
      }
    }
    if (!before.isEmpty()) {
      titles.add(String.join(" ", before));
      for (int end : officeEnds) {
        add(titles, String.join(" ", before.subList(0, end)));
      }
    }
    if (i >= 0 && s.token(i).word().equals(",")) {
      appositionBefore(s, i, mentions).ifPresent(t -> add(titles, t));
    }
    apposition(s, last, mentions).ifPresent(t -> add(titles, t));
    return titles;
  }

  private static void add(List<String> titles, String title) {
    if (!titles.contains(title)) {
      titles.add(title);
    }
  }

  /**
   * "the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal": the definite title
   * before the comma at {@code comma}, its country left out.
   */
  private static Optional<String> appositionBefore(Sentence s, int comma, List<Mention> mentions) {
    int i = comma - 1;
    boolean placed = false;
    while (i >= 0 && placeAt(mentions, i) != null) {
      i = placeAt(mentions, i).first() - 1;
      placed = true;
    }
    if (placed) {
      if (i >= 0 && lower(s.token(i)).equals("the")) {
        i--;
      }
      if (i < 0 || !lower(s.token(i)).equals("of")) {
        return Optional.empty();
      }
      i--;
    }
    List<String> title = new ArrayList<>();
    i = titleWordsBefore(s, i, mentions, title);
    return !title.isEmpty() && i >= 0 && lower(s.token(i)).equals("the")
        ? Optional.of(String.join(" ", title)) : Optional.empty();
  }

  /**
   * Adds to the front of {@code title} the title words standing before token {@code i}, read
   * leftwards (agent names of the knowledge base, office nouns), and gives the index of the
   * token before them.
   */
  private static int titleWordsBefore(Sentence s, int i, List<Mention> mentions,
      List<String> title) {
    while (i >= 0) {
      Mention agent = agentAt(mentions, i);
      if (agent != null) {
        title.addAll(0, words(s, agent.first(), agent.last()));
        i = agent.first() - 1;
      } else if (isTitleNoun(s.token(i), mentions)) {
        title.add(0, lower(s.token(i)));
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The title of a definite phrase that has no country or organisation of its own, headed by
   * {@code head}: "the Secretary", "The Foreign Minister", "the Secretary and Foreign Minister"
   * (for "Minister"); empty for "the Iranian foreign minister", "the President of Iraq", a
   * plural, a name, or a lower-case noun the knowledge base has no office for ("the plan").
   */
  public static Optional<String> definite(Sentence s, int head, List<Mention> mentions) {
    Token h = s.token(head);
    if (!h.pos().equals("NN") && !h.pos().equals("NNP") || !NAME_NER.contains(h.ner())) {
      return Optional.empty();
    }
    Mention own = agentAt(mentions, head);
    // A title the knowledge base does not know is written as one: "the Secretary", not "the
    // plan".
    if (own == null
        && (!isTitleNoun(h, mentions) || !Character.isUpperCase(h.word().charAt(0)))) {
      return Optional.empty();
    }
    int last = own == null ? head : own.last();
    if (last + 1 < s.tokens().size() && s.token(last + 1).word().equalsIgnoreCase("of")) {
      return Optional.empty();
    }
    List<String> title = new ArrayList<>(own == null ? List.of(lower(h))
        : words(s, own.first(), own.last()));
    int i = (own == null ? head : own.first()) - 1;
    i = titleWordsBefore(s, i, mentions, title);
    if (i < 0) {
      return Optional.empty();
    }
    String opener = lower(s.token(i));
    boolean coordinated = opener.equals("and") && i > 0 && definite(s, i - 1, mentions)
        .isPresent();
    return opener.equals("the") || coordinated ? Optional.of(String.join(" ", title))
        : Optional.empty();
  }

  /**
   * Whether a definite title refers to a person named with the {@code recorded} title: the
   * same words ("the Prime Minister", "Prime Minister Maliki"), or its last words with no rank
   * before them ("the Minister" for "Foreign Minister Zebari", "the Secretary" for "Secretary of
   * State Blinken", not "the President" for "Vice President Biden").
   */
  public static boolean refersTo(String definite, String recorded) {
    if (recorded.equals(definite)) {
      return true;
    }
    String core = recorded;
    int of = recorded.indexOf(" of ");
    if (!definite.contains(" of ") && of > 0) {
      core = recorded.substring(0, of);
    }
    if (!core.equals(definite) && !core.endsWith(" " + definite)) {
      return false;
    }
    String extra = core.substring(0, core.length() - definite.length()).trim();
    for (String w : extra.split(" ")) {
      if (RANKS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "Zebari, Iraq's foreign minister," / "Zebari, the foreign minister.": the title after. */
  private static Optional<String> apposition(Sentence s, int last, List<Mention> mentions) {
    int n = s.tokens().size();
    int i = last + 1;
    if (i >= n || !s.token(i).word().equals(",")) {
      return Optional.empty();
    }
    i++;
    // Skip what places the title ("the", "Iraq's", "Iraqi"): it is not part of it.
    while (i < n && (lower(s.token(i)).equals("the") || s.token(i).pos().equals("POS")
        || placeAt(mentions, i) != null)) {
      Mention place = placeAt(mentions, i);
      i = place == null ? i + 1 : place.last() + 1;
    }
    List<String> title = new ArrayList<>();
    while (i < n) {
      Mention agent = agentAt(mentions, i);
      if (agent != null) {
        title.addAll(words(s, agent.first(), agent.last()));
        i = agent.last() + 1;
      } else if (isTitleNoun(s.token(i), mentions)) {
        title.add(lower(s.token(i)));
        i++;
      } else {
        break;
      }
    }
    boolean closed = i == n || Set.of(",", ".", ";").contains(s.token(i).word());
    return !title.isEmpty() && closed ? Optional.of(String.join(" ", title)) : Optional.empty();
  }

  /** A singular noun that names nothing by itself: a title word ("Secretary", "envoy"). */
  private static boolean isTitleNoun(Token t, List<Mention> mentions) {
    return (t.pos().equals("NN") || t.pos().equals("NNP")) && NAME_NER.contains(t.ner())
        && Character.isLetter(t.word().codePointAt(0)) && Mention.at(mentions, t.index()) == null;
  }

  private static List<String> words(Sentence s, int first, int last) {
    List<String> out = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      out.add(lower(s.token(i)));
    }
    return out;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static Mention agentAt(List<Mention> mentions, int token) {
    Mention m = Mention.at(mentions, token);
    return m != null && m.name().kind() == KnowledgeBase.Kind.AGENT ? m : null;
  }

  /** A country, its adjective or its government: what places a title in a country. */
  private static Mention placeAt(List<Mention> mentions, int token) {
    Mention m = Mention.at(mentions, token);
    return m != null && Set.of(KnowledgeBase.Kind.COUNTRY, KnowledgeBase.Kind.ADJECTIVE,
        KnowledgeBase.Kind.GOVERNMENT, KnowledgeBase.Kind.CAPITAL).contains(m.name().kind())
        ? m : null;
  }
}
