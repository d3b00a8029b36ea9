package org.dyad.events;

import java.util.Locale;
import java.util.SortedMap;
import org.dyad.nlp.Sentence;

/**
 * A killing told through the weapon of an army: "Syrian mortar fire killed five civilians",
 * "retaliatory fire by Pakistani troops killed seven soldiers". A harm verb (kill, wound,
 * injure: 18) whose subject is itself a use of military force (a noun of root 19 that fired:
 * "fire", "mortar fire", "shelling", "air strike") is that use of force, coded as the noun
 * codes it; the verb only tells what it did. Pure and thread-safe.
 *
 * <p>Design decision: a bare "attack" names no weapon (a suicide attack and an ambush alike
 * "killed"), so it leaves the verb's code; bombs and blasts are 18 already.
 */
final class Weapons {

  private Weapons() {}

  /** The firing coded as its subject's weapon, or the firing itself. */
  static Firing told(Sentence s, Firing verb, SortedMap<Integer, Firing> all) {
    if (verb.pattern().form() != EventPattern.Form.VERB
        || !verb.pattern().code().root().equals("18")) {
      return verb;
    }
    // The parser may give the verb both the weapon and, through its "by", who fired it.
    Firing noun = verb.sources().stream().map(all::get)
        .filter(n -> n != null && n.pattern().form() == EventPattern.Form.NOUN
            && n.pattern().code().root().equals("19")
            && !s.token(n.trigger()).lemma().toLowerCase(Locale.ROOT).equals("attack"))
        .findFirst().orElse(null);
    if (noun == null) {
      return verb;
    }
    EventPattern p = verb.pattern();
    EventPattern coded = new EventPattern(noun.pattern().code(), p.form(), p.words(),
        p.targets(), p.file(), p.line(), p.elements());
    String weapon = "(weapon: " + noun.pattern().id() + ")";
    String construction = verb.construction().isEmpty() ? weapon
        : verb.construction() + " " + weapon;
    return new Firing(coded, verb.trigger(), verb.anchor(), verb.sources(), verb.targets(),
        construction, verb.speakerVerb());
  }
}
