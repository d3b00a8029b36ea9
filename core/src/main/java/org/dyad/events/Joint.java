package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorRef;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * What two or more actors say or do as one, as readouts of calls and meetings tell it ("The
 * two agreed ...", "They discussed ..."): a view they share, a demand they make together, and
 * the topic of their consultation. Pure and thread-safe.
 *
 * <p>Agreeing with each other is not a pledge of one to the other when what they agree on is
 * what others must do: "the two agreed on the need for a ceasefire" and "agreed that an
 * inquiry must begin" are a demand by each of them, toward whoever must act (the coding
 * guide's row per speaker, target {@code *} when no actor is named).
 */
final class Joint {

  /** Agents of armed sides: rebels, separatists, insurgents, militias. */
  private static final Set<String> ARMED = Set.of("REB", "SEP", "INS", "UAF");

  /** Nouns by which speakers weigh what they agree on: "the need for", "the importance of". */
  private static final Set<String> VIEW_NOUNS = Set.of("need", "importance");
  /** Modals that ask it of someone only when the clause names who is to act. */
  private static final Set<String> OBLIGATION_AUX = Set.of("should", "ought");
  /** How a consultation names its topic: "discussed X", "conferred about X", "talked over X". */
  private static final Set<String> TOPIC_RELATIONS = Set.of("obj", "obl:about", "obl:on",
      "obl:over", "obl:regarding", "nmod:about");

  private static final CameoCode BACKING = CameoCode.of("051");

  private Joint() {}

  /**
   * Whether the verb's content is a view about what must happen: "agreed on the need for a
   * ceasefire", "agreed on the importance of a unified approach".
   *
   * <p>Design decision: "A and B agree that disputes should be resolved through arbitration"
   * stays a paired 030, as the PETRARCH suite codes it: a principle both accept, asking it of
   * no one. "Must", or "should" with someone to act ("that all countries should do their
   * utmost"), makes the agreed clause a demand ({@link #demand}).
   */
  static boolean sharedView(Sentence s, Firing f) {
    int v = f.anchor();
    return v == f.trigger() && s.children(v, "obl:on").stream().anyMatch(
        i -> VIEW_NOUNS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * The demand that speakers who agree together make: a need for a thing ("agreed on the need
   * for a ceasefire": toward no one named), a clause that must come about ("agreed that an
   * investigation must begin") or one that someone should bring about ("agreed that all
   * countries should press for access"), toward the clause's subject when it is an actor, as
   * a firing of {@code demand} whose trigger is the need or the modal and whose anchor is the
   * verb of agreeing; its construction says which. Empty for a view with no demand in it ("the need to
   * address grievances", "the importance of unity"): the speakers' own aims, not a demand.
   */
  static Optional<Firing> demand(Sentence s, Firing f, CameoCode demand) {
    int v = f.anchor();
    if (v != f.trigger() || f.pattern().form() != EventPattern.Form.VERB) {
      return Optional.empty();
    }
    for (int need : s.children(v, "obl:on")) {
      boolean forThing = s.token(need).lemma().equalsIgnoreCase("need")
          && !s.prepositional(need, "for").isEmpty();
      if (forThing) {
        return Optional.of(firing(s, f, demand, need, List.of(), "(agreed: need for)"));
      }
    }
    for (int c : s.children(v, "ccomp")) {
      List<Integer> obliged = Arguments.isPassive(s, c) ? List.of() : s.children(c, "nsubj");
      if (obliged.stream().anyMatch(i -> s.token(i).pos().startsWith("PRP") || s.children(i,
          "nmod:poss").stream().anyMatch(p -> s.token(p).pos().startsWith("PRP")))) {
        continue; // "agreed that they (their countries) must cooperate": their own intent
      }
      for (int aux : s.children(c, "aux")) {
        String modal = s.token(aux).lemma().toLowerCase(Locale.ROOT);
        if (modal.equals("must") || OBLIGATION_AUX.contains(modal) && !obliged.isEmpty()) {
          // Only a name is whom it is asked of: "an inquiry must begin", "all countries
          // should ..." ask it of no one in particular (the guide's "*").
          List<Integer> named = obliged.stream()
              .filter(i -> s.token(i).pos().startsWith("NNP")).toList();
          return Optional.of(firing(s, f, demand, aux, named,
              "(agreed: " + modal + " " + s.token(c).word() + ")"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The backing that speakers who agree that someone has a right give that one: "agreed that
   * Israel has the right to defend itself" is each speaker's support for Israel (051), not a
   * pledge of one speaker to the other.
   */
  static Optional<Firing> backing(Sentence s, Firing f) {
    int v = f.anchor();
    if (v != f.trigger() || f.pattern().form() != EventPattern.Form.VERB) {
      return Optional.empty();
    }
    for (int c : s.children(v, "ccomp")) {
      List<Integer> held = new ArrayList<>(s.children(c, "obj"));
      for (Dependency d : s.children(c)) {
        if (d.base().equals("ccomp") || d.base().equals("xcomp")) {
          held.addAll(s.children(d.dependent(), "nsubj")); // parsed "has [the right to act]"
        }
      }
      boolean right = s.token(c).lemma().equalsIgnoreCase("have")
          && held.stream().anyMatch(o -> s.token(o).lemma().equalsIgnoreCase("right"));
      List<Integer> holders = s.children(c, "nsubj");
      if (right && !holders.isEmpty()
          && holders.stream().noneMatch(i -> s.token(i).pos().startsWith("PRP"))) {
        return Optional.of(firing(s, f, BACKING, c, holders, "(agreed: has the right)"));
      }
    }
    return Optional.empty();
  }

  private static Firing firing(Sentence s, Firing f, CameoCode demand, int trigger,
      List<Integer> targets, String construction) {
    EventPattern asked = new EventPattern(demand, EventPattern.Form.VERB,
        List.of(s.token(f.anchor()).lemma().toLowerCase(Locale.ROOT)), List.of(),
        f.pattern().file(), f.pattern().line());
    return new Firing(asked, trigger, f.anchor(), f.sources(), targets, construction, -1);
  }

  /**
   * Drops the consultations that are only the topic of another: "They conferred about the
   * talks with Iran", "discussed the negotiations with North Korea". The talks are not held by
   * those who discuss them, and the party the talks are with is not whom they consult: their
   * consultation is with each other, or with whom the verb names.
   */
  static void dropTopics(Sentence s, Map<Integer, Firing> all) {
    for (Firing topic : List.copyOf(all.values())) {
      if (topic.pattern().form() != EventPattern.Form.NOUN || !consults(topic)) {
        continue;
      }
      for (Dependency d : s.parents(topic.trigger())) {
        Firing verb = d.governor() < 0 ? null : all.get(d.governor());
        if (verb != null && verb.pattern().form() == EventPattern.Form.VERB && consults(verb)
            && TOPIC_RELATIONS.contains(d.relation())) {
          all.remove(topic.trigger());
          List<Integer> own = new ArrayList<>(verb.targets());
          own.removeIf(t -> s.parents(t).stream()
              .anyMatch(p -> p.governor() == topic.trigger()));
          all.put(verb.trigger(), new Firing(verb.pattern(), verb.trigger(), verb.anchor(),
              verb.sources(), own, verb.construction(), verb.speakerVerb()));
          break;
        }
      }
    }
  }

  /**
   * Whether the act's target is its sources themselves: "accused each other", "blamed one
   * another".
   */
  static boolean reciprocal(Sentence s, Firing f) {
    for (int t : f.targets()) {
      boolean other = Set.of("other", "another").contains(
          s.token(t).lemma().toLowerCase(Locale.ROOT));
      if (other && s.children(t).stream().anyMatch(d -> Set.of("each", "one")
          .contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An armed side the text places only by the story's country ("the government and the
   * rebels accused each other"): in civil conflict a party in its own right, as a bare sector
   * ("officials", "scholars") is not.
   */
  static boolean armed(ActorRef a) {
    return a.code() != null && a.country() != null
        && ARMED.contains(a.code().substring(a.country().length()));
  }

  private static boolean consults(Firing f) {
    return f.pattern().code().root().equals("04");
  }
}
