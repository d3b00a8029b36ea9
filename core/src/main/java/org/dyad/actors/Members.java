package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Sentence;

/**
 * The country of a group the text names by some of its members: "sanctions against eleven
 * people, including seven Russians", "dozens of civilians, among them three Turks". The
 * members' nationality places the whole group, where the story's country would otherwise be
 * guessed. Read from the words, since the parser often hangs "including ..." on another noun.
 * Pure.
 */
final class Members {

  private Members() {}

  /** The words that introduce members of the group just named. */
  private static final Set<String> INTRODUCERS = Set.of("including", "among");
  /** How many words after "including" the members' nationality may stand ("seven Russians"). */
  private static final int REACH = 3;

  /** The country of the members named right after a plural group noun at {@code head}. */
  static Optional<String> countryOf(KnowledgeBase kb, Sentence s, List<Mention> mentions,
      int head) {
    if (!s.token(head).pos().equals("NNS")) {
      return Optional.empty();
    }
    int k = head + 1;
    if (k < s.tokens().size() && s.token(k).word().equals(",")) {
      k++;
    }
    if (k >= s.tokens().size()
        || !INTRODUCERS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int introducer = k;
    return mentions.stream()
        .filter(m -> m.first() > introducer && m.first() <= introducer + REACH)
        .filter(m -> m.name().kind() == KnowledgeBase.Kind.COUNTRY
            || m.name().kind() == KnowledgeBase.Kind.ADJECTIVE)
        .map(m -> StoryCountry.countryOf(kb, m)).filter(java.util.Objects::nonNull).findFirst();
  }
}
