package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Who the people of a readout are once it stops naming them. A readout names the two people
 * of a call or meeting once ("Secretary Kerry called Iraqi Foreign Minister Zebari") and then
 * writes "He noted ...", "The two agreed ...", "They discussed ...". Read per sentence, from
 * the parse of its main verb:
 *
 * <ul>
 *   <li>the <b>subject</b>: the person who is the subject of the main verb. A "he" or "she"
 *       that opens the next sentence is that person, not simply the last person named: in
 *       "... the meeting between PM Maliki and President Barzani. He noted ..." the "He" is
 *       the subject of the sentence before, the Secretary (centring on the subject, as a
 *       reader does).
 *   <li>the <b>pair</b>: two people the main verb puts together: its subject and its object or
 *       "with" phrase ("Kerry called Zebari", "Blinken spoke with the Foreign Minister",
 *       "The Secretary thanked the Foreign Minister"), or two coordinated subjects ("The
 *       Secretary and the Foreign Minister discussed"). "The two", "both", "the two leaders",
 *       "the leaders" and "the two sides" are the last pair; "they" is a pair only when the
 *       sentence before or its own main clause told one (otherwise "they" is left alone: it
 *       is as often protesters or troops).
 * </ul>
 *
 * <p>Design decision: people only. A pair or subject of countries ("Iraq and Kuwait ... the
 * two nations") is another kind of reference, left unresolved, so that a readout's "the two
 * nations" (Iraq and Kuwait) is not taken for its two callers. Stateless; per-article state
 * lives in {@link Antecedents}.
 */
public final class Participants {

  /** Plural nouns that, with "the two", "both" or a bare "the", name the two of a pair. */
  private static final Set<String> PAIR_NOUNS = Set.of("leader", "side", "minister", "man",
      "woman", "official", "diplomat", "president", "counterpart", "secretary", "delegation",
      "head", "envoy", "premier", "chancellor");
  /** How an actor is found when it can only be a person (a name is tagged PERSON). */
  private static final Set<String> PERSON_FOUND = Set.of("pronoun", "surname", "title", "pair",
      "role");
  private static final Set<String> OPENING_PRONOUNS = Set.of("he", "she");
  private static final Set<String> THEY = Set.of("they", "them");

  private final ActorResolver resolver;

  public Participants(ActorResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Records the subject person and the pair of a parsed sentence in its context's
   * antecedents, for later sentences (and later words of this one) to refer to.
   */
  public void remember(ActorResolver.Context c) {
    Sentence s = c.sentence();
    if (!s.parsed()) {
      return;
    }
    for (Dependency root : s.dependencies()) {
      if (!root.relation().equals("root")) {
        continue;
      }
      int verb = root.dependent();
      List<ActorRef> subjects = people(c, s.children(verb, "nsubj"));
      if (!subjects.isEmpty()) {
        c.antecedents().subject(s.index(), subjects.get(0));
      }
      group(c, s.children(verb, "nsubj")).ifPresent(g -> c.antecedents().groupSubject(
          s.index(), g));
      List<ActorRef> pair = new ArrayList<>(subjects);
      if (pair.size() == 1) {
        List<Integer> others = new ArrayList<>(s.children(verb, "obj"));
        others.addAll(s.children(verb, "iobj"));
        others.addAll(s.prepositional(verb, "with"));
        people(c, others).stream().filter(o -> !o.id().equals(pair.get(0).id())).findFirst()
            .ifPresent(pair::add);
      }
      if (pair.size() >= 2) {
        c.antecedents().pair(s.index(), pair.get(0), pair.get(1));
      }
    }
  }

  /**
   * The group one plural common noun subject names ("demonstrators broke through police
   * barriers"), with a code: not a person, not a pair.
   */
  private Optional<ActorRef> group(ActorResolver.Context c, List<Integer> heads) {
    if (heads.size() != 1 || !c.sentence().token(heads.get(0)).pos().equals("NNS")) {
      return Optional.empty();
    }
    List<ActorRef> named = resolver.resolveAll(c, heads.get(0));
    return named.size() == 1 && named.get(0).code() != null
        && !PERSON_FOUND.contains(named.get(0).resolvedBy())
        ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** The distinct people, with a code, that the heads name, in order. */
  private List<ActorRef> people(ActorResolver.Context c, List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      for (ActorRef a : resolver.resolveAll(c, h)) {
        boolean person = PERSON_FOUND.contains(a.resolvedBy())
            || c.sentence().token(h).ner().equals("PERSON");
        if (person && a.code() != null && out.stream().noneMatch(o -> o.id().equals(a.id()))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * The pair a phrase names, if it names one and the article told one: "the two", "both",
   * "the two leaders", "the leaders" (the last pair told), "they" (the pair of the sentence
   * before or of this one).
   */
  static List<ActorRef> pairNamed(ActorResolver.Context c, int head) {
    Sentence s = c.sentence();
    Token t = s.token(head);
    String word = t.word().toLowerCase(Locale.ROOT);
    int k = s.index();
    List<ActorRef> pair;
    if (t.pos().startsWith("PRP") && THEY.contains(word)) {
      pair = c.antecedents().quoted(t.begin()) ? List.of()
          : c.antecedents().pairBetween(k - 1, k + 1);
      if (pair.isEmpty() && word.equals("they") && firstWord(s, head)
          && !c.antecedents().quoted(t.begin())) {
        // "About 10,000 demonstrators broke through police barriers. They demanded ...": a
        // "They" opening a sentence with no pair told is the group the sentence before had
        // as its subject, as a reader takes it; it keeps how that group was found.
        return c.antecedents().groupSubjectOf(k - 1)
            .map(g -> g.withText(t.word(), g.resolvedBy())).stream().toList();
      }
    } else {
      pair = namesPair(s, head) ? c.antecedents().pairBetween(0, k + 1) : List.of();
    }
    String text = ActorResolver.phrase(s, head);
    return pair.stream().map(a -> a.withText(text, "pair")).toList();
  }

  /**
   * A word whose actor an earlier sentence's parse decides: "he" or "she" (its subject) or a
   * word that may name a pair. For deciding which sentences to parse.
   */
  public static boolean refersBack(Token t) {
    return t.pos().startsWith("PRP") && OPENING_PRONOUNS.contains(
        t.word().toLowerCase(Locale.ROOT)) || mayNamePair(t);
  }

  /**
   * A plural title placed in several countries names one actor in each: "his counterparts
   * from Germany, Russia and Ukraine" are Germany's, Russia's and Ukraine's ministers, where
   * the resolver's one actor is the first country's.
   */
  static List<ActorRef> eachCountry(ActorResolver r, ActorResolver.Context c, int head,
      ActorRef one) {
    Sentence s = c.sentence();
    List<ActorRef> out = new ArrayList<>(List.of(one));
    String code = one.code();
    if (!s.token(head).pos().equals("NNS") || code == null || one.country() == null
        || !one.resolvedBy().equals("country+agent") || !code.startsWith(one.country())) {
      return out;
    }
    String agent = code.substring(one.country().length());
    List<Integer> places = new ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("nmod:from") || d.relation().equals("nmod:of")) {
        places.add(d.dependent());
        places.addAll(s.children(d.dependent(), "conj"));
      }
    }
    for (int p : places) {
      r.resolve(c, p).filter(a -> a.country() != null && a.country().equals(a.code()))
          .filter(a -> out.stream().noneMatch(o -> a.country().equals(o.country())))
          .ifPresent(a -> out.add(new ActorRef(a.country() + agent, a.country() + agent,
              a.country(), a.name() + " " + agent, one.text(), true, "country+agent")));
    }
    return out;
  }

  /**
   * Whether a word may name a pair, read from its tag alone (no parse): "two", "both",
   * "they", "them", or a plural of {@link #PAIR_NOUNS}. For deciding which sentences to parse.
   */
  static boolean mayNamePair(Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    return word.equals("two") || word.equals("both")
        || t.pos().startsWith("PRP") && THEY.contains(word)
        || t.pos().equals("NNS") && PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** "the two", "both" standing alone, or "the two leaders", "both sides", "the leaders". */
  static boolean namesPair(Sentence s, int head) {
    Token t = s.token(head);
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean definite = has(s, head, "det", "the");
    if (word.equals("two") && (definite || head > 0
        && s.token(head - 1).word().equalsIgnoreCase("the"))) {
      return s.children(head).stream().noneMatch(d -> d.base().equals("nmod"));
    }
    if (word.equals("both") && s.children(head).isEmpty()) {
      return true;
    }
    if (!t.pos().equals("NNS") || !PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean two = has(s, head, "nummod", "two") || has(s, head, "det", "both");
    // "the leaders" alone; "Iraqi leaders", "the leaders of both parties" are others.
    boolean bare = definite && s.children(head).stream().allMatch(d -> d.base().equals("det")
        || d.base().equals("punct") || d.base().equals("cc") || d.base().equals("conj")
        || d.base().equals("acl") || d.base().equals("acl:relcl"));
    return two || bare;
  }

  /**
   * Whether a "he" or "she" opens its sentence: its first word, or the subject of its main
   * verb with no person named before it.
   */
  static boolean opensSentence(Sentence s, int head) {
    Token t = s.token(head);
    if (!OPENING_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (firstWord(s, head)) {
      return true;
    }
    for (Dependency d : s.parents(head)) {
      if (d.relation().equals("nsubj") && s.parents(d.governor()).stream()
          .anyMatch(p -> p.relation().equals("root"))) {
        return s.tokens().subList(0, head).stream()
            .noneMatch(x -> x.ner().equals("PERSON") || x.pos().startsWith("PRP"));
      }
    }
    return false;
  }

  /** Whether the word is the sentence's first word (punctuation and quotes aside). */
  private static boolean firstWord(Sentence s, int head) {
    return s.tokens().stream().filter(x -> x.word().codePoints().anyMatch(Character::isLetter))
        .findFirst().map(x -> x.index() == head).orElse(false);
  }

  private static boolean has(Sentence s, int head, String relation, String lemma) {
    for (int d : s.children(head, relation)) {
      if (s.token(d).word().equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    return false;
  }
}
