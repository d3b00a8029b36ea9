package org.dyad.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.Tsv;

/**
 * The groups an article says its unknown people belong to, read from the whole article before
 * any sentence is coded: "Al-Ghazali is a senior member of AQAP", "Adan, deputy leader of
 * al-Shabaab,", "al-Faqih is an AQIM associate". A designation or an arrest names the person
 * first and the group further down; the person is then coded as the group's
 * ({@link ActorResolver}, resolved "affiliation"), with the group's country, or, for a group of
 * no one country, the one country the describing sentence names ("planned the attack in
 * Tunis").
 *
 * <p>Design decision: only people the knowledge base does not know, and only by the last word
 * of the name; a surname that two descriptions give two groups stays unknown.
 */
public final class Affiliations {

  private static final Set<String> MEMBER_WORDS = new HashSet<>();

  static {
    Tsv.resource(Affiliations.class, "member-words.txt", 1)
        .forEach(r -> MEMBER_WORDS.add(r.get(0)));
  }

  private final ActorResolver resolver;

  public Affiliations(ActorResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Reads every sentence's descriptions into {@code antecedents}.
   *
   * @param named the knowledge-base mentions of each sentence, in order
   */
  public void read(List<Sentence> sentences, List<List<Mention>> named, LocalDate date,
      Antecedents antecedents) {
    Map<String, ActorRef> found = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (!s.parsed()) {
        continue;
      }
      ActorResolver.Context c = new ActorResolver.Context(s, named.get(k), date, antecedents);
      for (int h = 0; h < s.tokens().size(); h++) {
        if (!MEMBER_WORDS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int person = describedPerson(s, h);
        if (person < 0 || isKnown(c, person)) {
          continue;
        }
        Optional<ActorRef> group = groupOf(c, h);
        if (group.isEmpty()) {
          continue;
        }
        String surname = s.token(person).word().toLowerCase(Locale.ROOT);
        ActorRef before = found.putIfAbsent(surname, group.get());
        if (before != null && !before.code().equals(group.get().code())) {
          ambiguous.add(surname);
        }
      }
    }
    ambiguous.forEach(found::remove);
    found.forEach(antecedents::affiliation);
  }

  /** The person a member word describes: its copular subject or the name it stands beside. */
  private static int describedPerson(Sentence s, int h) {
    boolean copular = !s.children(h, "cop").isEmpty();
    for (int subject : copular ? s.children(h, "nsubj") : List.<Integer>of()) {
      if (s.token(subject).ner().equals("PERSON")) {
        return subject;
      }
    }
    Dependency up = s.treeParent(h);
    if (up != null && up.relation().equals("appos") && up.governor() >= 0
        && s.token(up.governor()).ner().equals("PERSON")) {
      return up.governor();
    }
    return -1;
  }

  private boolean isKnown(ActorResolver.Context c, int person) {
    return c.mentions().stream().anyMatch(m -> m.covers(person));
  }

  /** The group the member word's own modifiers name, placed if it has no one country. */
  private Optional<ActorRef> groupOf(ActorResolver.Context c, int h) {
    Sentence s = c.sentence();
    for (Dependency d : s.children(h)) {
      if (!d.relation().equals("nmod:of") && !d.relation().equals("compound")) {
        continue;
      }
      Optional<ActorRef> r = resolver.resolve(c, d.dependent());
      if (r.isEmpty() || r.get().code() == null || r.get().resolvedBy().equals("context")) {
        continue;
      }
      ActorRef group = r.get();
      if (group.country() == null) {
        Set<String> named = resolver.placement().countriesNamed(c, s.tokens().size());
        if (named.size() == 1) {
          return resolver.placement().placedIn(group, named.iterator().next());
        }
      }
      return Optional.of(group);
    }
    return Optional.empty();
  }
}
