package org.dyad.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.Tsv;
import org.dyad.nlp.Sentence;

/**
 * Offices that English news names bare for one country: "the Secretary of State", "the State
 * Department" are the United States' even in a story on Russia, so the story's country must
 * not place them. From {@code national-offices.tsv}; immutable and thread-safe.
 *
 * <p>Design decision: only a capitalised office not followed by "for" ("Secretary of State for
 * Defence" is British), and only where no modifier of the phrase placed it: "the Vatican's
 * Secretary of State" keeps its own country.
 */
final class NationalOffices {

  private static final Map<String, String> OFFICES = load();

  private NationalOffices() {}

  /** The country of the bare office an agent mention names, or empty. */
  static Optional<String> countryOf(Sentence s, Mention m) {
    if (m.name().kind() != KnowledgeBase.Kind.AGENT
        || !Character.isUpperCase(s.token(m.first()).word().charAt(0))
        || (m.last() + 1 < s.tokens().size()
            && s.token(m.last() + 1).word().equalsIgnoreCase("for"))) {
      return Optional.empty();
    }
    return Optional.ofNullable(OFFICES.get(s.span(m.first(), m.last()).toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> load() {
    Map<String, String> offices = new HashMap<>();
    for (Tsv.Row r : Tsv.resource(NationalOffices.class, "national-offices.tsv", 2)) {
      offices.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1));
    }
    return Map.copyOf(offices);
  }
}
