package org.dyad.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Placement;
import org.dyad.nlp.Sentence;

/**
 * The sides of a use of force that the text tells through the weapon or the victims rather
 * than by naming them: "a suicide car bombing at the checkpoint killed seven" names no
 * attacker, and "mortar fire killed five civilians in [a Turkish town]" places the victims by
 * where they fell. Pure and thread-safe.
 */
final class Assailants {

  /**
   * Nouns that name an attack or its weapon and never an accident: "a blast" or "a bombing"
   * killed someone, so someone attacked. "Fire" and "explosion" are left out (a house fire, a
   * gas explosion), and so are the strikes, raids and shelling of armies, whose side the
   * story's country does not tell ("one strike struck an ISIL unit" is the coalition's).
   */
  private static final Set<String> ATTACKS = Set.of("attack", "bombing", "bomb", "blast",
      "rocket", "mortar", "ambush", "gunfire");

  /** Words for a batch of attacks, whose "of" is the attack: "a series of blasts". */
  private static final Set<String> BATCHES = Set.of("series", "wave", "string", "spate");

  /** Words that make an explosion deliberate: "coordinated explosions". */
  private static final Set<String> PLANNED = Set.of("coordinated", "simultaneous");

  private Assailants() {}

  static boolean force(EventPattern pattern) {
    return pattern.code().isForce();
  }

  /**
   * The attacker of a use of force whose subject is the attack itself and names no one ("a
   * suicide car bombing killed seven", "coordinated blasts killed five"): an unnamed side of
   * the country where the attack took place, else of the story's country (the coding guide
   * places generic actors in the story's country). Empty for any other event or subject.
   */
  static Optional<ActorRef> unnamed(ActorResolver resolver, ActorResolver.Context c,
      Firing firing, String where) {
    if (!force(firing.pattern()) || firing.pattern().form() != EventPattern.Form.VERB
        || firing.sources().size() != 1) {
      return Optional.empty();
    }
    int subject = attackIn(c.sentence(), firing.sources().get(0));
    if (subject < 0) {
      return Optional.empty();
    }
    String text = c.sentence().token(subject).word();
    Optional<ActorRef> side = where != null
        ? Optional.of(resolver.placement().countryAt(where, text))
        : resolver.storyCountry(c, text);
    // A sentence that names another country leaves the attacker open: "rockets were fired at
    // Israel from Gaza, one strike killing three Israelis" strikes from across the border.
    Set<String> named = resolver.placement().countriesNamed(c, Integer.MAX_VALUE);
    return side.filter(a -> named.stream().allMatch(iso -> iso.equals(a.country())));
  }

  /**
   * The attack noun a subject names, through a batch ("a coordinated series of explosions":
   * "explosions"), or -1. An explosion is an attack only when it or its batch is coordinated
   * or simultaneous: a lone explosion may be an accident.
   */
  private static int attackIn(Sentence s, int subject) {
    int noun = subject;
    boolean planned = planned(s, subject);
    if (BATCHES.contains(lemma(s, subject)) && s.prepositional(subject, "of").size() == 1) {
      noun = s.prepositional(subject, "of").get(0);
      planned |= planned(s, noun);
    }
    boolean attack = ATTACKS.contains(lemma(s, noun))
        || planned && lemma(s, noun).equals("explosion");
    return s.token(noun).pos().startsWith("NN") && attack ? noun : -1;
  }

  private static boolean planned(Sentence s, int noun) {
    return s.children(noun, "amod").stream().anyMatch(m -> PLANNED.contains(lemma(s, m)));
  }

  private static String lemma(Sentence s, int token) {
    return s.token(token).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The victim of a use of force that only the story placed, in the country where the attack
   * took place when that is neither the victim's nor the attacker's: "Syrian mortar fire killed
   * five civilians in [a Turkish town]" kills Turks, whatever country the story is about.
   */
  static ActorRef victimAt(Placement placement, EventPattern pattern, ActorRef victim,
      ActorRef attacker, String where) {
    if (!force(pattern) || victim == null || where == null
        || !"context".equals(victim.resolvedBy()) || victim.country() == null
        || where.equals(victim.country()) || where.equals(attacker.country())) {
      return victim;
    }
    return placement.movedTo(victim, where).orElse(victim);
  }
}
