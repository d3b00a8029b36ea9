package org.dyad.events;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The purpose of a summons. CoreNLP reads "Japan summoned the Chinese ambassador to protest the
 * ships" as object control (the ambassador protests), as it does for "urged X to leave". But a
 * government summons an envoy to protest, complain or express concern itself: the protest is
 * the summoner's, aimed at the one summoned. Other purposes ("summoned the envoy to explain")
 * are the envoy's, and keep the parser's reading.
 */
final class Summons {

  /** Verbs that call an envoy in ("called in" takes its particle). */
  private static final Set<String> SUMMONING = Set.of("summon", "convoke", "call");

  /** What a summoner does to the one summoned: protest and disapproval. */
  private static final Set<String> SUMMONER_ACTS = Set.of("protest", "complain", "condemn",
      "denounce", "criticize", "criticise", "lodge", "register", "convey", "deliver", "express",
      "voice", "reprimand", "rebuke");

  private Summons() {}

  /**
   * The summoning verb whose purpose {@code v} is and whose subject does it, or -1: {@code v}
   * is one of the summoner's acts, the open complement of a summoning verb with an object.
   */
  static int summoner(Sentence s, int v) {
    if (!SUMMONER_ACTS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (Dependency d : s.parents(v)) {
      int g = d.governor();
      if (!d.base().equals("xcomp") || g < 0 || s.children(g, "obj").isEmpty()) {
        continue;
      }
      String lemma = s.token(g).lemma().toLowerCase(Locale.ROOT);
      boolean callIn = !lemma.equals("call") || s.children(g, "compound:prt").stream()
          .anyMatch(p -> s.token(p).lemma().equalsIgnoreCase("in"));
      if (SUMMONING.contains(lemma) && callIn) {
        return g;
      }
    }
    return -1;
  }
}
