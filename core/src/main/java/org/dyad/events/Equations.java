package org.dyad.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * What a speaker says one act amounts to: "supporters say the intervention amounts to an
 * assassination attempt", "called it an act that constitutes aggression". The event noun names
 * no act of its own; it is the speaker's judgement of the act the equating verb's subject
 * names: a criticism (111) of whose act that is (rewrites.tsv "owned"), by whoever speaks or
 * acts in the clause above ({@link Judgements}). The story reports a charge, not an
 * assassination attempt; in the writer's own voice (no clause above) it is no event at all.
 * Pure and thread-safe.
 */
final class Equations {

  /** Verbs that say what their subject is: "amount to", "constitute", "equal". */
  private static final Set<String> EQUATING = Set.of("amount", "constitute", "equal");
  private static final CameoCode CRITICISM = CameoCode.of("111");

  private Equations() {}

  /**
   * The firing of event noun pattern {@code p} on noun {@code n} when an equating verb says
   * its subject is what the noun names: a 111 judgement (still traced to the noun's row) whose
   * target is that subject and whose source is who speaks above the verb. Empty otherwise.
   */
  static Optional<Firing> firing(Sentence s, int n, EventPattern p) {
    Dependency up = s.treeParent(n);
    if (up == null || up.governor() < 0 || !s.token(up.governor()).isVerb()) {
      return Optional.empty();
    }
    int verb = up.governor();
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    boolean equated = EQUATING.contains(lemma) && (lemma.equals("amount")
        ? up.relation().equals("obl:to") : up.relation().equals("obj"));
    List<Integer> acts = s.children(verb, "nsubj");
    if (!equated || acts.isEmpty()) {
      return Optional.empty();
    }
    EventPattern judged = new EventPattern(CRITICISM, EventPattern.Form.NOUN, p.words(),
        List.of(Judgements.SLOT), p.file(), p.line());
    Firing speaker = Judgements.firing(s, verb, judged);
    return Optional.of(new Firing(judged, n, speaker.anchor(), speaker.sources(), acts,
        "(equated)", -1));
  }
}
