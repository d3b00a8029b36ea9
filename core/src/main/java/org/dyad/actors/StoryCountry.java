package org.dyad.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Sentence;

/**
 * The country an article is mostly about: where a generic actor of the story ("police
 * arrested dozens of people", "protesters clashed with troops") is, when its own words place
 * it nowhere. Every country the article names votes: by name, adjective, capital or
 * government, through a place in it, through a known actor's country; a country named after
 * "in", "near" or another locative preposition ("the unfolding events in Burkina Faso") votes
 * twice, since it says where things happen, and the dateline's place votes twice; the seat of
 * an international organisation the sentence names ("In New York, the U.N. Security Council
 * agreed ...", {@link Seats}) does not vote. The most votes win; a tie goes to the country
 * named first. Pure and thread-safe.
 *
 * <p>Design decision: votes over the whole article, not the nearest earlier country. News
 * names the other side of every dyad ("Japan summoned the Chinese ambassador"), so the last
 * country named is often the wrong one; where the story happens is named again and again.
 */
public final class StoryCountry {

  private static final Set<String> LOCATIVES =
      Set.of("in", "near", "across", "throughout", "inside", "outside");

  private final KnowledgeBase kb;

  public StoryCountry(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The story's country, if the article names any.
   *
   * @param sentences the article's sentences, with {@code mentions} found in each, in order
   * @param dateline the dateline's place as written ("KABUL"), or ""
   */
  public Optional<String> of(List<Sentence> sentences, List<List<Mention>> mentions,
      String dateline) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    placeOf(dateline).ifPresent(iso -> votes.merge(iso, 2, Integer::sum));
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Set<Mention> seats = Seats.of(kb, mentions.get(i));
      for (Mention m : mentions.get(i)) {
        String iso = countryOf(kb, m);
        if (iso != null && !seats.contains(m)) {
          boolean locative = m.first() > 0 && LOCATIVES.contains(
              s.token(m.first() - 1).word().toLowerCase(Locale.ROOT));
          votes.merge(iso, locative ? 2 : 1, Integer::sum);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The country a mention names or lies in; null for agents and actors without one. */
  static String countryOf(KnowledgeBase kb, Mention m) {
    KnowledgeBase.Name n = m.name();
    return switch (n.kind()) {
      case COUNTRY, ADJECTIVE, CAPITAL, GOVERNMENT -> kb.countryOf(n.target());
      case PLACE -> kb.place(n.target()).map(KnowledgeBase.Place::country).orElse(null);
      case PERSON, ORG -> kb.actor(n.target()).map(a -> kb.countryOf(a.code())).orElse(null);
      case AGENT -> null;
    };
  }

  private Optional<String> placeOf(String dateline) {
    if (dateline == null || dateline.isBlank()) {
      return Optional.empty();
    }
    String key = Names.key(Names.pieces(dateline.split(",")[0]));
    return kb.placeNamed(key).map(KnowledgeBase.Place::country);
  }
}
