package org.dyad.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Whom a stance aimed at a thing is aimed at ({@code rewrites.tsv} "owned" and "placed"):
 * "condemned the attack", "welcomed the anniversary of relations between A and B", "called for
 * the release of President X". The thing's agent, its own words, an actor named inside it,
 * where it happened, the story's country, in that order. Thread-safe.
 */
final class Owners {

  /** The phrases of a thing that name who did it or whom it concerns ({@link #ownerPhrases}). */
  private static final List<String> OWNER_SLOTS =
      List.of("agent", "by", "with", "to", "against", "on", "from", "of", "between", "for");

  /**
   * The phrases that say where a thing happened: "in Madaen", and for forces put somewhere,
   * "drills around Taiwan", "ships near the islands", "exercises off the coast", "a bomb at
   * the base".
   */
  private static final List<String> PLACES = List.of("in", "around", "near", "off", "at");
  /** Roots of attacks (assault, fight, mass violence): placed by their sentence alone. */
  private static final Set<String> ATTACK_ROOTS = Set.of("18", "19", "20");
  /** What "its" can stand for: a country, its government or an organisation. */
  private static final Set<KnowledgeBase.Kind> OWNING_KINDS = Set.of(KnowledgeBase.Kind.ORG,
      KnowledgeBase.Kind.COUNTRY, KnowledgeBase.Kind.ADJECTIVE, KnowledgeBase.Kind.CAPITAL,
      KnowledgeBase.Kind.GOVERNMENT);

  private final ActorResolver resolver;
  private final Rewrites rewrites;

  Owners(ActorResolver resolver, Rewrites rewrites) {
    this.resolver = resolver;
    this.rewrites = rewrites;
  }

  /**
   * The targets of a stance: for a thing that no name covers, its agent first ("violence by
   * Russia in Mali" is Russia's, though the resolver would read the place), then what its
   * words resolve to (its possessive, adjective, "of" or place).
   */
  List<ActorRef> ownedFirst(ActorResolver.Context c, Firing firing) {
    Sentence s = c.sentence();
    List<Integer> things = new ArrayList<>(firing.targets());
    things.removeIf(t -> c.mentions().stream().anyMatch(m -> m.covers(t))
        || !s.token(t).ner().equals("O") || !s.token(t).pos().startsWith("NN"));
    int verb = firing.pattern().form() == EventPattern.Form.VERB && !things.isEmpty()
        ? firing.anchor() : -1;
    List<ActorRef> agents = resolver.resolveEach(c, agentsOf(s, things, verb));
    agents.removeIf(a -> a.code() == null);
    return agents.isEmpty() ? resolver.resolveEach(c, firing.targets()) : agents;
  }

  /**
   * Whom a stance aimed at a thing is aimed at (rewrites.tsv "owned" and "placed"): an actor
   * named on or inside the thing, nearest first; for a "placed" code, else the country where
   * it happened, else the story's country. A state source's own country is never the default:
   * "the United States condemns the attack" names no target in a story on the United States.
   * Pronouns are not things: "condemned it" is someone's, not the story's.
   */
  List<ActorRef> owners(ActorResolver.Context c, Firing firing,
      List<ActorRef> sources) {
    Sentence s = c.sentence();
    List<Integer> things = new ArrayList<>(firing.targets());
    things.removeIf(t -> s.token(t).pos().startsWith("PRP") || s.token(t).pos().startsWith("W"));
    if (things.isEmpty()) {
      return List.of();
    }
    Set<String> sides = new LinkedHashSet<>();
    sources.forEach(source -> sides.add(source.country()));
    for (List<Integer> group : ownerPhrases(s, things)) {
      List<ActorRef> found = resolver.resolveEach(c, group);
      found.removeIf(a -> a.code() == null);
      // "welcomed the anniversary of relations between the United States and Pakistan": the
      // source's own side is not whom the stance is aimed at, when another is named.
      if (found.stream().anyMatch(a -> !sides.contains(a.country()))) {
        found.removeIf(a -> sides.contains(a.country()));
      }
      // "the support from Pakistani law enforcement and government personnel": two parts of
      // one country are one party to the stance (one row a pair, the coding guide).
      Set<String> countries = new LinkedHashSet<>();
      found.removeIf(a -> a.country() != null && !countries.add(a.country()));
      if (!found.isEmpty()) {
        return found;
      }
    }
    List<ActorRef> its = possessor(c, things, sides);
    if (!its.isEmpty()) {
      return its;
    }
    if (!rewrites.placedThing(firing.pattern().code())) {
      return List.of();
    }
    return placed(c, things, firing.anchor(), sources, false);
  }

  /**
   * Whose a thing is when only "its" says so: "discussed Iran's nuclear program and its
   * destabilizing behavior", "costs on the Russian Government in response to its malign
   * activities". "Its" is the country, government or organisation named last before it in the
   * sentence (never a person, a generic sector or a place); when that is the source's own side
   * ("Russia defended its drills") the thing is the source's and the stance aims at no one.
   */
  private List<ActorRef> possessor(ActorResolver.Context c, List<Integer> things,
      Set<String> sides) {
    Sentence s = c.sentence();
    for (int t : things) {
      for (int p : s.children(t, "nmod:poss")) {
        if (!s.token(p).pos().equals("PRP$") || !s.token(p).word().equalsIgnoreCase("its")) {
          continue;
        }
        for (int i = p - 1; i >= 0; i--) {
          Mention m = Mention.at(c.mentions(), i);
          if (m == null || m.last() != i || !OWNING_KINDS.contains(m.name().kind())) {
            continue;
          }
          int head = m.last();
          Dependency up = s.treeParent(head);
          if (m.name().kind() == KnowledgeBase.Kind.ADJECTIVE && up != null
              && up.base().equals("amod")) {
            head = up.governor(); // "the Russian Government"
          }
          List<ActorRef> found = resolver.resolveEach(c, List.of(head));
          found.removeIf(a -> a.code() == null);
          if (!found.isEmpty()) {
            return found.stream().anyMatch(a -> sides.contains(a.country())) ? List.of() : found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whom a show or use of force that takes no target ({@code patterns.tsv} "-") is aimed at,
   * for a "placed" code: the country where it is put or done ("building up its forces in
   * Mali", "drills around Taiwan", "detonated a car bomb at the base" in a story on Somalia),
   * as for a stance aimed at a thing. Forces put somewhere are a posture toward that place's
   * country; a state's own country is never the default, nor is its armed forces': "the
   * Chinese army held drills" at home aims at no one, "militants detonated a bomb" at home
   * at their country. An attack noun whose pattern names target words that the sentence
   * leaves empty is aimed only at a country the sentence places it in.
   */
  List<ActorRef> where(ActorResolver.Context c, Firing firing, List<ActorRef> sources) {
    boolean said = firing.pattern().form() == EventPattern.Form.NOUN
        && !firing.pattern().targets().isEmpty();
    if (said && (!ATTACK_ROOTS.contains(firing.pattern().code().root())
        || sources.stream().allMatch(a -> a.code() == null))) {
      return List.of();
    }
    Sentence s = c.sentence();
    List<Integer> things = new ArrayList<>(List.of(firing.trigger()));
    if (firing.pattern().form() == EventPattern.Form.VERB) {
      things.addAll(s.children(firing.anchor(), "obj"));
    }
    List<ActorRef> at = placed(c, things, firing.anchor(), sources, true);
    // An attack noun whose own target words are missing ("carried out airstrikes in the Gaza
    // Strip") is aimed at the country the sentence places it in; not, unsaid, the story's.
    return said && !at.isEmpty() && at.get(0).resolvedBy().equals("context") ? List.of() : at;
  }

  /**
   * The country where the things happened, else the story's country; never a state source's
   * own country ({@code arms}: nor its armed forces').
   */
  private List<ActorRef> placed(ActorResolver.Context c, List<Integer> things, int anchor,
      List<ActorRef> sources, boolean arms) {
    Sentence s = c.sentence();
    Set<String> own = new LinkedHashSet<>();
    for (ActorRef source : sources) {
      if (source.country() != null && (source.code().equals(source.country())
          || source.code().equals(source.country() + "GOV")
          || arms && source.code().equals(source.country() + "MIL"))) {
        own.add(source.country());
      }
    }
    for (ActorRef place : resolver.resolveEach(c, placesOf(s, things, anchor))) {
      if (place.code() != null && place.country() != null && !own.contains(place.country())) {
        return List.of(place);
      }
    }
    return resolver.storyCountry(c, s.token(things.get(0)).word())
        .filter(story -> !own.contains(story.country()))
        .map(List::of).orElse(List.of());
  }

  /**
   * Where, inside a thing that a stance is aimed at, the actor it belongs to may be named: one
   * group a phrase kind, by level from the thing down, nearest first, the agent first: who
   * did it ("the use of violence by the regime", "elections imposed by X"), whom it concerns
   * ("the release of President X", "relations between A and B"). A level is the thing's
   * phrases, then those of the nouns and clauses that hang on it. The thing's own modifiers
   * ("China's drills", "Russian interference") are the resolver's, read before this.
   */
  private static List<List<Integer>> ownerPhrases(Sentence s, List<Integer> things) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> level = things;
    for (int depth = 0; depth < Arguments.MAX_NESTING && !level.isEmpty(); depth++) {
      for (String slot : OWNER_SLOTS) {
        List<Integer> found = new ArrayList<>();
        for (int o : level) {
          found.addAll(s.prepositional(o, slot));
        }
        if (!found.isEmpty()) {
          out.add(found);
        }
      }
      List<Integer> next = new ArrayList<>();
      for (int o : level) {
        for (Dependency d : s.children(o)) {
          if (d.base().equals("nmod") || d.base().equals("acl")) {
            next.add(d.dependent());
          }
        }
      }
      level = next;
    }
    return out;
  }

  /**
   * Who did a thing, by its own words: "violence by the regime", "elections imposed by X";
   * {@code verb} is the active verb aimed at the thing, or -1.
   */
  private static List<Integer> agentsOf(Sentence s, List<Integer> things, int verb) {
    List<Integer> out = new ArrayList<>();
    if (verb >= 0 && !Arguments.isPassive(s, verb)) {
      // the parser often hangs the thing's "by" on an active verb: "condemned the use of
      // force by Belarus"
      out.addAll(s.prepositional(verb, "by"));
    }
    for (int t : things) {
      List<Integer> heads = new ArrayList<>(List.of(t));
      heads.addAll(s.children(t, "acl"));
      for (int h : heads) {
        out.addAll(s.prepositional(h, "agent"));
        out.addAll(s.prepositional(h, "by"));
      }
    }
    return out;
  }

  /**
   * Where a thing happened, nearest first: a place on the thing or on a noun or clause that
   * hangs on it ("the attack in Madaen", "an end to the violence in Sudan", "atrocities
   * committed in Qusayr"), then a place on the verb of the stance ("condemned the attack
   * today in Madaen").
   */
  private static List<Integer> placesOf(Sentence s, List<Integer> things, int verb) {
    List<Integer> out = new ArrayList<>();
    List<Integer> level = things;
    for (int depth = 0; depth < Arguments.MAX_NESTING && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int o : level) {
        PLACES.forEach(p -> out.addAll(s.prepositional(o, p)));
        for (Dependency d : s.children(o)) {
          if (d.base().equals("nmod") || d.base().equals("acl")) {
            next.add(d.dependent());
          }
        }
      }
      level = next;
    }
    if (verb >= 0) {
      PLACES.forEach(p -> out.addAll(s.prepositional(verb, p)));
    }
    return out;
  }
}
