package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Who does an act whose clause the parse leaves without an actor for a subject: the "of" of
 * an event noun, the subject of the verb a purpose clause or conjunct depends on, the subject
 * of a demanded clause; and whether an act is in support of someone. Pure and thread-safe.
 */
final class Doers {

  /** Verbs whose purpose clause is their subject's act: "used water cannon to disperse". */
  private static final Set<String> INSTRUMENT_VERBS = Set.of("use", "employ");
  /** Nouns for what someone does, whose doer a participle names: "steps taken by the EU". */
  private static final Set<String> STEP_NOUNS =
      Set.of("step", "measure", "action", "move", "effort", "decision");

  private Doers() {}

  /**
   * Who does the act an event noun names, from its "of" phrase, when the pattern does not take
   * its target from "of": "the withdrawal of U.S. forces from Syria", "the retreat of the
   * rebels". For "the release of prisoners" ("of" a target slot) the phrase is the target.
   */
  static List<Integer> nounDoers(Sentence s, Firing f) {
    if (f.pattern().form() != EventPattern.Form.NOUN || f.pattern().targets().contains("of")) {
      return List.of();
    }
    return s.prepositional(f.trigger(), "of");
  }

  /**
   * The subjects of the verb an active clause depends on, for a clause whose own subject names
   * no actor: the purpose of using a thing ("police used water cannon to disperse the crowd":
   * the parse gives "disperse" the cannon as its subject), or a conjunct ("Egyptians gathered
   * in several towns to call for reforms and to protest": the parse may give it the towns). A
   * passive clause with no agent says nothing of who acted: empty.
   *
   * <p>Design decision: only "use" and "employ" for a purpose clause. Other verbs with an
   * object and a "to" clause ("spared no effort to liberate") say what the subject intends,
   * which is not an act.
   */
  static List<Integer> governingSubjects(Sentence s, int v) {
    if (!s.token(v).isVerb() || Arguments.isPassive(s, v)) {
      return List.of();
    }
    for (Dependency d : s.parents(v)) {
      if (d.governor() < 0 || !s.token(d.governor()).isVerb()) {
        continue;
      }
      String lemma = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
      boolean purpose = (d.base().equals("xcomp") || d.base().equals("advcl"))
          && INSTRUMENT_VERBS.contains(lemma);
      if (purpose || d.base().equals("conj")) {
        return Arguments.subjects(s, d.governor());
      }
    }
    return List.of();
  }

  /**
   * The agent of a passive participle on a noun for what someone does, when that noun stands
   * where an actor should: "the steps taken by the United States and the EU to increase the
   * costs to Russia", "measures adopted by Brussels to punish Moscow". Other things a
   * participle names a giver or maker of ("rockets supplied by Iran") say nothing of who acted.
   */
  static List<Integer> participleAgents(Sentence s, int thing) {
    List<Integer> out = new ArrayList<>();
    if (!STEP_NOUNS.contains(s.token(thing).lemma().toLowerCase(Locale.ROOT))) {
      return out;
    }
    List<Integer> participles = new ArrayList<>(s.children(thing, "acl"));
    for (Dependency d : s.parents(thing)) {
      if (d.base().equals("nsubj")) {
        participles.add(d.governor()); // the parser may read "steps taken by" as a clause
      }
    }
    for (int p : participles) {
      if (p >= 0 && s.token(p).pos().equals("VBN")) {
        out.addAll(s.children(p, "obl:by"));
        out.addAll(s.children(p, "obl:agent"));
      }
    }
    return out;
  }

  /**
   * Whether an act is said to be in support of something: "a rally in support of the leader",
   * "marched backing the army". Such a protest is for someone, not against the state.
   */
  static boolean inSupport(Sentence s, Firing f) {
    for (int head : List.of(f.trigger(), f.anchor())) {
      for (Dependency d : s.children(head)) {
        String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        boolean phrase = (d.relation().equals("nmod:in") || d.relation().equals("obl:in"))
            && lemma.equals("support");
        boolean participle = (d.base().equals("acl") || d.base().equals("advcl"))
            && (lemma.equals("back") || lemma.equals("support"));
        if (phrase || participle) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The subjects of the clauses a verb takes as its complement, in the active: "demanded the
   * speaker resign", "demanded that Israel withdraw" (the speaker, Israel).
   */
  static List<Integer> clauseSubjects(Sentence s, int v) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(v, "ccomp")) {
      if (!Arguments.isPassive(s, c)) {
        out.addAll(s.children(c, "nsubj"));
      }
    }
    return out;
  }
}
