package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A stated need for the speaker's own act on a condition another must meet: "the two leaders
 * reiterated the need to take further action if Russia continues to fail to de-escalate",
 * "stressed the need to impose costs unless Iran returns to the talks". It asks nothing of the
 * others who hear it: it tells the one the condition names what will follow, a threat (130),
 * aimed (rewrites.tsv "clause") at whom the condition names. A need for another's act ("urged
 * Iran to return to talks if it wants relief"), or one on a condition no one is named in ("if
 * the situation worsens"), stays the demand. Pure functions.
 */
final class Warnings {

  /** The threat a conditional need becomes. */
  static final CameoCode THREAT = CameoCode.of("130");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  private Warnings() {}

  /** The event code of a firing: a threat for a conditional need, else the pattern's. */
  static CameoCode code(Sentence s, Firing f) {
    return conditional(s, f) ? THREAT : f.pattern().code();
  }

  /** The rule an event of the firing names. */
  static String rule(Sentence s, Firing f) {
    return (conditional(s, f) ? THREAT + " conditional: " : "") + f.pattern().id();
  }

  /**
   * Whether the firing is a demand (10) stating a need ("need" the trigger's object or its
   * "on" phrase) whose act, done by no one the clause names, is bound to a condition on a
   * named party: an "if" or "unless" clause with a proper-noun subject.
   */
  static boolean conditional(Sentence s, Firing f) {
    if (f.pattern().code().rootNumber() != 10) {
      return false;
    }
    for (Dependency d : s.children(f.trigger())) {
      if (!s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).equals("need")
          || !(d.base().equals("obj") || d.relation().equals("obl:on"))) {
        continue;
      }
      int need = d.dependent();
      for (Dependency c : s.children(f.trigger())) {
        if (c.base().equals("xcomp") && s.children(c.dependent(), "nsubj:xsubj").stream()
            .allMatch(x -> x == need) && onCondition(s, c.dependent())) {
          return true;
        }
      }
      for (Dependency c : s.children(need)) {
        if ((c.base().equals("acl") || c.base().equals("xcomp"))
            && s.children(c.dependent(), "nsubj").isEmpty() && onCondition(s, c.dependent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The heads whose actors a demand with no target of its own is aimed at (rewrites.tsv
   * "clause"): for a conditional need, the named subjects of its condition ("if Russia fails
   * to ..."); else the subjects of the clause it takes ({@link Doers#clauseSubjects}).
   */
  static List<Integer> parties(Sentence s, Firing f) {
    List<Integer> named = new ArrayList<>();
    if (f.construction().contains(OwnThreats.MARK)) {
      return named; // "warned it would resume tests": the clause's subject is the speaker
    }
    if (conditional(s, f)) {
      List<Integer> verbs = new ArrayList<>(s.children(f.trigger(), "xcomp"));
      for (Dependency d : s.children(f.trigger())) {
        if (d.base().equals("obj") || d.relation().equals("obl:on")) {
          verbs.addAll(s.children(d.dependent(), "acl"));
          verbs.addAll(s.children(d.dependent(), "xcomp"));
        }
      }
      for (int v : verbs) {
        for (int clause : conditions(s, v)) {
          s.children(clause, "nsubj").stream()
              .filter(n -> s.token(n).pos().startsWith("NNP")).forEach(named::add);
        }
      }
    }
    return named.isEmpty() ? Doers.clauseSubjects(s, f.anchor()) : named;
  }

  /** Whether an if/unless clause on the verb has a named party as its subject. */
  private static boolean onCondition(Sentence s, int verb) {
    return conditions(s, verb).stream().anyMatch(c -> s.children(c, "nsubj").stream()
        .anyMatch(n -> s.token(n).pos().startsWith("NNP")));
  }

  /** The if/unless clauses on the verb. */
  private static List<Integer> conditions(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.base().equals("advcl") && s.children(d.dependent(), "mark").stream().anyMatch(m ->
          CONDITIONS.contains(s.token(m).lemma().toLowerCase(Locale.ROOT)))) {
        out.add(d.dependent());
      }
    }
    return out;
  }
}
