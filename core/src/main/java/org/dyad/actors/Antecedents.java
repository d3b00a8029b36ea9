package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people an article has named so far, in reading order, for resolving "he" and "she".
 * Per-article state: create one for each article; not thread-safe.
 */
public final class Antecedents {

  private record Sighting(int sentence, int token, ActorRef actor) {}

  private final List<Sighting> people = new ArrayList<>();

  public void person(int sentence, int token, ActorRef actor) {
    people.add(new Sighting(sentence, token, actor));
  }

  /** The person named last before a position. */
  public Optional<ActorRef> lastPersonBefore(int sentence, int token) {
    for (int i = people.size() - 1; i >= 0; i--) {
      Sighting s = people.get(i);
      if (s.sentence() < sentence || s.sentence() == sentence && s.token() < token) {
        return Optional.of(s.actor());
      }
    }
    return Optional.empty();
  }
}
