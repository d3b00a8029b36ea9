package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an article has named so far, in reading order, for resolving later references: "he"
 * and "she" to the last person, a bare surname to the person first named in full, "the group"
 * or "the movement" to the last organisation, and "police" or "protesters" that the text
 * places nowhere to the country of the story. Per-article state: create one for each article;
 * not thread-safe.
 */
public final class Antecedents {

  private record Sighting(int sentence, int token, ActorRef actor, String surname) {
    boolean before(int s, int t) {
      return sentence < s || sentence == s && token < t;
    }
  }

  private final List<Sighting> people = new ArrayList<>();
  private final List<Sighting> organisations = new ArrayList<>();
  private String storyCountry;

  /** The country the article is mostly about ({@link StoryCountry}), once it is known. */
  public void storyCountry(String iso) {
    this.storyCountry = iso;
  }

  /** Where a generic actor the text places nowhere is: the story's country, if known. */
  public Optional<String> storyCountry() {
    return Optional.ofNullable(storyCountry);
  }

  /** A person named at a position; {@code surname} is the last word of the name as written. */
  public void person(int sentence, int token, ActorRef actor, String surname) {
    people.add(new Sighting(sentence, token, actor, Names.norm(surname)));
  }

  /** An organisation (armed group, party, agency) named at a position. */
  public void organisation(int sentence, int token, ActorRef actor) {
    organisations.add(new Sighting(sentence, token, actor, ""));
  }

  /** The person named last before a position. */
  public Optional<ActorRef> lastPersonBefore(int sentence, int token) {
    return last(people, sentence, token);
  }

  /** The organisation named last before a position. */
  public Optional<ActorRef> lastOrganisationBefore(int sentence, int token) {
    return last(organisations, sentence, token);
  }

  /** The person named earlier with this surname ("Smith" after "John Smith"), if just one. */
  public Optional<ActorRef> personBySurname(String surname, int sentence, int token) {
    String key = Names.norm(surname);
    ActorRef found = null;
    for (Sighting s : people) {
      if (s.before(sentence, token) && s.surname().equals(key)
          && !s.actor().text().equalsIgnoreCase(surname)) {
        if (found != null && !found.id().equals(s.actor().id())) {
          return Optional.empty();
        }
        found = s.actor();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<ActorRef> last(List<Sighting> list, int sentence, int token) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).before(sentence, token)) {
        return Optional.of(list.get(i).actor());
      }
    }
    return Optional.empty();
  }
}
