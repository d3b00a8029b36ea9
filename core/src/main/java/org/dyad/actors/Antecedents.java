package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.dyad.ingest.Span;

/**
 * What an article has named so far, in reading order, for resolving later references: "he"
 * and "she" to the last person, a bare surname to the person first named in full, "the group"
 * or "the movement" to the last organisation, "the Secretary" or "the Foreign Minister" to the
 * last person named with that title, "we" outside quotation marks to the institution the
 * article speaks for, and "police" or "protesters" that the text places nowhere to the country
 * of the story. Per-article state: create one for each article; not thread-safe.
 */
public final class Antecedents {

  /** The shortest surname a spelling variant refers back to. */
  private static final int MIN_VARIANT_LENGTH = 5;

  /** {@code surname}: the last word of a person's name, or the title it was named with. */
  private record Sighting(int sentence, int token, ActorRef actor, String surname) {
    boolean before(int s, int t) {
      return sentence < s || sentence == s && token < t;
    }
  }

  private final List<Sighting> people = new ArrayList<>();
  private final List<Sighting> organisations = new ArrayList<>();
  private final List<Sighting> titled = new ArrayList<>();
  private final List<Sighting> voices = new ArrayList<>();
  private final List<Span> quotations = new ArrayList<>();
  private final java.util.Map<Span, ActorRef> quoteSpeakers = new java.util.HashMap<>();
  private final java.util.Map<Integer, ActorRef> subjects = new java.util.HashMap<>();
  private final java.util.Map<Integer, ActorRef> groups = new java.util.HashMap<>();
  private final java.util.TreeMap<Integer, List<ActorRef>> pairs = new java.util.TreeMap<>();
  private String storyCountry;
  private String coalitionLeader;
  private final java.util.Map<String, ActorRef> affiliations = new java.util.HashMap<>();

  /** The country the article is mostly about ({@link StoryCountry}), once it is known. */
  public void storyCountry(String iso) {
    this.storyCountry = iso;
  }

  /** The group the article says a person of that (lower-case) surname belongs to. */
  public void affiliation(String surname, ActorRef group) {
    affiliations.put(surname, group);
  }

  /** The group of a person the knowledge base does not know ({@link Affiliations}). */
  public Optional<ActorRef> affiliation(String surname) {
    return Optional.ofNullable(affiliations.get(surname.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The country leading the coalition the article speaks of ({@link Coalitions}). */
  public void coalitionLeader(String iso) {
    this.coalitionLeader = iso;
  }

  /** Where "coalition forces" are from: the coalition's leader, if the article tells it. */
  public Optional<String> coalitionLeader() {
    return Optional.ofNullable(coalitionLeader);
  }

  /** Where a generic actor the text places nowhere is: the story's country, if known. */
  public Optional<String> storyCountry() {
    return Optional.ofNullable(storyCountry);
  }

  /** A person named at a position; {@code surname} is the last word of the name as written. */
  public void person(int sentence, int token, ActorRef actor, String surname) {
    people.add(new Sighting(sentence, token, actor, Names.norm(surname)));
  }

  /**
   * A person named at a position with a title ({@link Titles#of}: "Secretary Kerry", "Zebari,
   * Iraq's foreign minister"), for a later definite title to refer back to.
   */
  public void titled(int sentence, int token, ActorRef actor, String title) {
    titled.add(new Sighting(sentence, token, actor, title));
  }

  /**
   * The person named last before a position with a title a definite title refers to ({@link
   * Titles#refersTo}): "the Foreign Minister" after "Iraqi Foreign Minister Zebari".
   */
  public Optional<ActorRef> lastTitledBefore(String definite, int sentence, int token) {
    return last(titled, sentence, token, s -> Titles.refersTo(definite, s.surname()));
  }

  /**
   * A sentence in which a country, government or organisation speaks in the present tense
   * outside quotation marks ("The United States condemns ..."): the voice of a statement.
   */
  public void voice(int sentence, ActorRef actor) {
    voices.add(new Sighting(sentence, -1, actor, ""));
  }

  /** The institution that spoke last in a sentence before this one: who "we" is. */
  public Optional<ActorRef> voiceBefore(int sentence) {
    return last(voices, sentence, -1);
  }

  /** The person who is the subject of a sentence's main verb ({@link Participants}). */
  public void subject(int sentence, ActorRef person) {
    subjects.put(sentence, person);
  }

  /**
   * The person who was the subject of a sentence's main verb: who a "He" opening the next
   * sentence is.
   */
  public Optional<ActorRef> subjectOf(int sentence) {
    return Optional.ofNullable(subjects.get(sentence));
  }

  /**
   * The group, named by a plural noun ("demonstrators", "the rebels"), that is the active
   * subject of a sentence's main verb ({@link Participants}).
   */
  public void groupSubject(int sentence, ActorRef group) {
    groups.put(sentence, group);
  }

  /**
   * The group that was the active subject of a sentence's main verb: who a "They" opening the
   * next sentence is.
   */
  public Optional<ActorRef> groupSubjectOf(int sentence) {
    return Optional.ofNullable(groups.get(sentence));
  }

  /** The two people a sentence has meet, call or speak to each other ({@link Participants}). */
  public void pair(int sentence, ActorRef first, ActorRef second) {
    pairs.put(sentence, List.of(first, second));
  }

  /**
   * The two people of the last call or meeting told at or after sentence {@code from} and
   * before sentence {@code before}: who "the two" are. Empty when none was.
   */
  public List<ActorRef> pairBetween(int from, int before) {
    var last = pairs.lowerEntry(before);
    return last == null || last.getKey() < from ? List.of() : last.getValue();
  }

  /** The article's quotations, offsets into its text, once they are known. */
  public void quotations(List<Span> spans) {
    quotations.addAll(spans);
  }

  /** Who said a quotation, once a sentence it shares names the speaker ({@code QuoteFinder}). */
  public void quoteSpeaker(Span quote, ActorRef speaker) {
    quoteSpeakers.putIfAbsent(quote, speaker);
  }

  /** Who said the quotation that covers an offset: who "we" inside it is. */
  public Optional<ActorRef> speakerOfQuoteAt(int offset) {
    return quoteSpeakers.entrySet().stream().filter(e -> e.getKey().covers(offset))
        .map(java.util.Map.Entry::getValue).findFirst();
  }

  /** Whether a quotation covers an offset of the article's text. */
  public boolean quoted(int offset) {
    return quotations.stream().anyMatch(q -> q.covers(offset));
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

  /**
   * The person named earlier with this surname ("Smith" after "John Smith"), if just one; else
   * the one whose surname this is a spelling of ("Haniyah" after "Ismail Haniyeh", "Qasem"
   * after "Naim Qassem": one transliteration edit, {@link MentionFinder#transliteration}, in a
   * surname of five letters or more).
   */
  public Optional<ActorRef> personBySurname(String surname, int sentence, int token) {
    String key = Names.norm(surname);
    Optional<ActorRef> same = onlyPerson(sentence, token, surname, key::equals);
    if (same.isPresent() || key.length() < MIN_VARIANT_LENGTH) {
      return same;
    }
    return onlyPerson(sentence, token, surname, known -> known.length() >= MIN_VARIANT_LENGTH
        && MentionFinder.transliteration(known, key));
  }

  /** The one person sighted before a position whose surname {@code which} accepts. */
  private Optional<ActorRef> onlyPerson(int sentence, int token, String written,
      Predicate<String> which) {
    ActorRef found = null;
    for (Sighting s : people) {
      if (s.before(sentence, token) && which.test(s.surname())
          && !s.actor().text().equalsIgnoreCase(written)) {
        if (found != null && !found.id().equals(s.actor().id())) {
          return Optional.empty();
        }
        found = s.actor();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<ActorRef> last(List<Sighting> list, int sentence, int token) {
    return last(list, sentence, token, s -> true);
  }

  /** The actor of the last sighting before a position that {@code which} accepts. */
  private static Optional<ActorRef> last(List<Sighting> list, int sentence, int token,
      java.util.function.Predicate<Sighting> which) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).before(sentence, token) && which.test(list.get(i))) {
        return Optional.of(list.get(i).actor());
      }
    }
    return Optional.empty();
  }
}
