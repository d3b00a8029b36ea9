package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.actors.Names;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.places.Gazetteer;

/**
 * Places an event from its own words: "in Cairo", "near Mosul", "in the Syrian city of
 * Aleppo", "near the border town of Kupiansk", "in the capital", attached to the event's verb
 * or noun. A name is looked up in the hand-typed {@code places.tsv} and the countries first,
 * then in the GeoNames {@link Gazetteer}. Thread-safe.
 *
 * <p>Design decision: the country an event takes place in, which places its actors ({@link
 * #country}), reads the hand-typed places and the countries only, as it always has: the big
 * gazetteer, full of towns whose names are also words and surnames, places events and never
 * actors.
 */
final class Locator {

  /** Prepositions that place: "in Cairo", "near Mosul", "outside Kyiv". */
  private static final List<String> LOCATIVES =
      List.of("in", "at", "near", "outside", "inside", "across", "throughout");
  /** Head nouns of a region's name: "Aleppo province", "the Donetsk region". */
  private static final Set<String> REGION_NOUNS = Set.of("province", "region", "state",
      "governorate", "oblast", "prefecture", "county", "district", "territory");
  /** Head nouns of a city's name: "Kharkiv city". */
  private static final Set<String> CITY_NOUNS = Set.of("city", "town", "village");
  /** Named-entity classes a place's name never has. */
  private static final Set<String> NOT_PLACES = Set.of("PERSON", "ORGANIZATION", "DATE", "TIME",
      "DURATION", "SET", "MONEY", "NUMBER", "ORDINAL", "PERCENT", "TITLE", "RELIGION",
      "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "NATIONALITY", "MISC");

  /** Named-entity classes of places. */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY",
      "STATE_OR_PROVINCE");

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;

  Locator(KnowledgeBase kb) {
    this(kb, Gazetteer.standard());
  }

  Locator(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
  }

  /**
   * The event's place from its own words, else the place its sentence names nearest to the
   * trigger (source {@code sentence}), or null when the sentence names none.
   */
  Location locate(ActorResolver.Context c, int trigger, int anchor) {
    Location known = find(c, trigger, anchor, false);
    Location own = known != null ? known : find(c, trigger, anchor, true);
    return own != null ? own : nearest(c, trigger);
  }

  /**
   * The place its sentence names nearest to a token: a location phrase on any word first
   * ("... after the attack in Peshawar"), then any capitalised place name that names no actor
   * ("a Kandahar official"), hand-typed places before the gazetteer's.
   */
  private Location nearest(ActorResolver.Context c, int trigger) {
    Sentence s = c.sentence();
    Location best = null;
    int distance = Integer.MAX_VALUE;
    for (Dependency d : s.dependencies()) {
      int to = Math.abs(d.dependent() - trigger);
      if (to < distance && (d.base().equals("obl") || d.base().equals("nmod"))
          && LOCATIVES.contains(d.subtype())) {
        Location l = find(c, d.governor(), d.governor(), false);
        l = l != null ? l : find(c, d.governor(), d.governor(), true);
        if (l != null) {
          best = l;
          distance = to;
        }
      }
    }
    if (best == null) {
      String story = c.antecedents().storyCountry().orElse(null);
      for (int i = 0; i < s.tokens().size(); i++) {
        int to = Math.abs(i - trigger);
        if (to >= distance) {
          continue;
        }
        Mention m = Mention.at(c.mentions(), i);
        Location l = m == null ? named(c, i, story, null, true)
            : m.name().kind() == KnowledgeBase.Kind.PLACE
            || m.name().kind() == KnowledgeBase.Kind.CAPITAL ? placeAt(c, i) : null;
        if (l != null) {
          best = l;
          distance = to;
        }
      }
    }
    return best == null ? null : best.from(Location.Source.SENTENCE);
  }

  /**
   * The country an event takes place in, from a place on its words or on one of its
   * participants ("strikes on ISIL in Syria", read either way by the parser), or null. Reads
   * the hand-typed places and the countries only (see the class's design note).
   */
  String country(ActorResolver.Context c, int trigger, int anchor, List<Integer> participants) {
    Location l = find(c, trigger, anchor, false);
    for (int i = 0; l == null && i < participants.size(); i++) {
      l = find(c, participants.get(i), participants.get(i), false);
    }
    return l == null ? null : l.country();
  }

  /**
   * The place of the article's dateline ("KABUL", "WASHINGTON, D.C."), or empty: the
   * hand-typed places, then the gazetteer's, preferring the story's country.
   */
  Optional<Location> dateline(String dateline, String storyCountry) {
    if (dateline == null || dateline.isBlank()) {
      return Optional.empty();
    }
    String words = dateline.split(",")[0].strip();
    String key = Names.key(Names.pieces(words));
    Optional<Location> known = kb.placeNamed(key).map(p -> known(p, words));
    if (known.isEmpty()) {
      known = kb.lookup(key).stream().filter(n -> n.kind() == KnowledgeBase.Kind.COUNTRY)
          .findFirst().map(n -> country(n.target(), words));
    }
    return known.or(() -> gazetteer.resolve(key, storyCountry, null).map(e -> of(e, words)))
        .map(l -> l.from(Location.Source.DATELINE).withText(dateline.strip()));
  }

  private Location find(ActorResolver.Context c, int trigger, int anchor, boolean gazette) {
    Sentence s = c.sentence();
    for (int head : new int[] {trigger, anchor}) {
      for (String prep : LOCATIVES) {
        for (int place : s.prepositional(head, prep)) {
          Location l = at(c, place, gazette);
          if (l == null) {
            for (Dependency d : s.children(place)) {
              if (d.relation().equals("nmod:of") || d.base().equals("appos")) {
                l = at(c, d.dependent(), gazette);
                if (l != null) {
                  break;
                }
              }
            }
          }
          if (l != null) {
            return l;
          }
        }
      }
    }
    return null;
  }

  private Location at(ActorResolver.Context c, int token, boolean gazette) {
    Location l = placeAt(c, token);
    if (l != null || !gazette) {
      return l;
    }
    Mention m = Mention.at(c.mentions(), token);
    if (m != null) {
      return null; // an actor's name: never a gazetteer town
    }
    Sentence s = c.sentence();
    Token t = s.token(token);
    String story = c.antecedents().storyCountry().orElse(null);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("capital") && !capitalised(t)) {
      return capital(c, token, story);
    }
    if (REGION_NOUNS.contains(lemma) || CITY_NOUNS.contains(lemma)) {
      Gazetteer.Kind kind = REGION_NOUNS.contains(lemma) ? Gazetteer.Kind.REGION
          : Gazetteer.Kind.CITY;
      for (int part : s.children(token, "compound")) {
        if (part < token && capitalised(s.token(part))) {
          Location named = named(c, part, story, kind, false);
          if (named != null) {
            return named;
          }
        }
      }
      return null;
    }
    return named(c, token, story, null, false);
  }

  /** "the capital", "the Syrian capital", "Syria's capital": the country's capital city. */
  private Location capital(ActorResolver.Context c, int token, String story) {
    Sentence s = c.sentence();
    String country = null;
    int first = token;
    for (Dependency d : s.children(token)) {
      if (d.dependent() < first && (d.base().equals("det") || d.base().equals("amod")
          || d.relation().equals("nmod:poss"))) {
        first = d.dependent();
      }
      Mention m = Mention.at(c.mentions(), d.dependent());
      if (country == null && m != null && (m.name().kind() == KnowledgeBase.Kind.COUNTRY
          || m.name().kind() == KnowledgeBase.Kind.ADJECTIVE)) {
        country = m.name().target();
      }
    }
    String where = country != null ? country : story;
    if (where == null) {
      return null;
    }
    String words = s.span(first, token);
    return gazetteer.capital(where).map(e -> of(e, words)).orElse(null);
  }

  /**
   * The gazetteer's place of the capitalised name a token heads: the run of capitalised words
   * around it ("Bandar Abbas", "Mazar-i-Sharif").
   *
   * @param tagged whether the token must be tagged a place by the named-entity recogniser: a
   *     name that no location phrase introduces may be any capitalised word ("Police", a town
   *     in Poland, opening a sentence)
   */
  private Location named(ActorResolver.Context c, int token, String story, Gazetteer.Kind kind,
      boolean tagged) {
    Sentence s = c.sentence();
    if (!capitalised(s.token(token)) || tagged && !PLACE_TAGS.contains(s.token(token).ner())) {
      return null;
    }
    int first = token;
    int last = token;
    while (first > 0 && capitalised(s.token(first - 1))
        && Mention.at(c.mentions(), first - 1) == null) {
      first--;
    }
    while (last + 1 < s.tokens().size() && capitalised(s.token(last + 1))
        && Mention.at(c.mentions(), last + 1) == null) {
      last++;
    }
    for (int i = first; i <= last; i++) {
      if (NOT_PLACES.contains(s.token(i).ner())) {
        return null;
      }
    }
    String words = s.span(first, last);
    return gazetteer.resolve(Names.key(Names.pieces(words)), story, kind)
        .filter(e -> inView(c, story, e.country())).map(e -> of(e, words)).orElse(null);
  }

  /**
   * Whether a gazetteer place's country is one the text has in view: the story's, or one its
   * sentence names. A name shared with a far-off town or province ("in the Gulf": Papua New
   * Guinea's Gulf Province) places nothing; the hand-typed places and the countries are the
   * text's own words and are not held to it.
   */
  private static boolean inView(ActorResolver.Context c, String story, String country) {
    if (story == null || story.equals(country)) {
      return true;
    }
    return c.mentions().stream().anyMatch(m -> (m.name().kind() == KnowledgeBase.Kind.COUNTRY
        || m.name().kind() == KnowledgeBase.Kind.ADJECTIVE)
        && country.equals(m.name().target()));
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }

  private Location placeAt(ActorResolver.Context c, int token) {
    for (Mention m : c.mentions()) {
      if (!m.covers(token)) {
        continue;
      }
      KnowledgeBase.Name name = m.name();
      String words = c.sentence().span(m.first(), m.last());
      String key = Names.key(Names.pieces(words));
      Optional<KnowledgeBase.Place> place = name.kind() == KnowledgeBase.Kind.PLACE
          ? kb.place(name.target()) : kb.placeNamed(key);
      if (place.isPresent()) {
        return known(place.get(), words);
      }
      if (name.kind() == KnowledgeBase.Kind.COUNTRY) {
        return country(name.target(), words);
      }
    }
    return null;
  }

  /** A hand-typed place, with the first-level region of the gazetteer's row nearest to it. */
  private Location known(KnowledgeBase.Place p, String words) {
    String adm1 = gazetteer.near(p.id(), p.country(), p.lat(), p.lon())
        .map(Gazetteer.Entry::adm1).filter(a -> !a.isEmpty()).orElse(null);
    return new Location(p.name(), p.country(), adm1, p.lat(), p.lon(),
        p.kind().equals("region") ? Location.Precision.REGION : Location.Precision.CITY, words,
        Location.Source.PHRASE);
  }

  private Location country(String code, String words) {
    double[] centre = kb.centroid(code).orElse(null);
    return new Location(kb.country(code).map(KnowledgeBase.Country::name).orElse(code), code,
        null, centre == null ? null : centre[0], centre == null ? null : centre[1],
        Location.Precision.COUNTRY, words, Location.Source.PHRASE);
  }

  private static Location of(Gazetteer.Entry e, String words) {
    return new Location(e.name(), e.country(), e.adm1().isEmpty() ? null : e.adm1(), e.lat(),
        e.lon(), e.kind() == Gazetteer.Kind.REGION ? Location.Precision.REGION
            : Location.Precision.CITY, words, Location.Source.PHRASE);
  }
}
