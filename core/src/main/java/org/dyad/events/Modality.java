package org.dyad.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * How a clause presents its act: conditions are not events, negations and auxiliaries make
 * an act negated, future or hypothetical, an obligation ("must withdraw") is laid on someone,
 * and an act in the complement of an appeal, intent, demand, refusal, threat, denial or
 * accusation is not a fact. What CAMEO makes of each is data ({@link Rewrites}). Pure
 * functions.
 */
final class Modality {

  private static final int MAX_CLIMB = 3;
  /**
   * Roots whose object is an act only asked, demanded, refused, threatened or left ("rejected
   * talks with X", "walked away from negotiations with X": no talks are held); not 03: "agreed
   * to a ceasefire" is one. Only the codes that rewrites.tsv lets govern their complement, and
   * 16.
   */
  private static final java.util.Set<Integer> ASKS = java.util.Set.of(2, 10, 12, 13, 16);
  /**
   * Reducing relations (16) ends the act it names ("walked away from negotiations", "suspended
   * aid"), though its complement clause stays a fact ("..., blaming the US for ...").
   */
  private static final int ENDS = 16;
  private static final int MAX_CONDITION_CLIMB = 8;
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "whether");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "wo");
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");
  private static final Set<String> MODAL_AUX =
      Set.of("may", "might", "could", "should", "can", "must", "ought");

  private Modality() {}

  /** True when the token lies in a clause introduced by if, unless, until or whether. */
  static boolean isConditional(Sentence s, int token) {
    int node = token;
    for (int depth = 0; depth < MAX_CONDITION_CLIMB && node >= 0; depth++) {
      for (int m : s.children(node, "mark")) {
        if (CONDITIONS.contains(s.token(m).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      Dependency up = s.treeParent(node);
      node = up == null ? -1 : up.governor();
    }
    return false;
  }

  /**
   * True when the event's verb tells a running total since a time ("has committed $7 billion
   * since 2021", "have fought four wars since independence"): a perfect with a "since" phrase
   * sums up acts of the past, not the story's news. A total counts something: the verb's
   * object (or passive subject) is a number or amount, so "has granted asylum to five
   * officers ... since the invasion" (the parse hanging the "since" phrase on the wrong verb)
   * stays news.
   */
  /**
   * {@link #isTally(Sentence, int)} for a firing, less the judgements ({@link Judgements}): a
   * judged noun inside a running total ("has committed $7 billion since the beginning of
   * Russia's unprovoked invasion") is the speaker's word passed now on the act, not a past act
   * the total sums up.
   */
  static boolean isTally(Sentence s, Firing f) {
    return !f.pattern().targets().contains(Judgements.SLOT) && isTally(s, f.anchor());
  }

  static boolean isTally(Sentence s, int anchor) {
    boolean perfect = s.children(anchor, "aux").stream().anyMatch(a ->
        s.token(a).lemma().equalsIgnoreCase("have"));
    return perfect && s.children(anchor).stream().anyMatch(d ->
        d.relation().endsWith(":since"))
        && s.children(anchor).stream().anyMatch(d -> (d.relation().equals("obj")
            || d.relation().equals("nsubj:pass")) && counted(s, d.dependent()));
  }

  private static final Set<String> COUNT_NOUNS = Set.of("dozen", "dozens", "hundred",
      "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions");

  /** A number, an amount ("$2 billion") or a noun with a number on it ("four wars"). */
  private static boolean counted(Sentence s, int token) {
    String tag = s.token(token).pos();
    if (tag.equals("CD") || tag.equals("$")
        || COUNT_NOUNS.contains(s.token(token).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return !s.children(token, "nummod").isEmpty();
  }

  /**
   * True when the token's clause, or the clause it is joined to ("since insurgents captured
   * the city and drove out the army"), is introduced by "since": the act is the start of a
   * period the story measures from ("the worst violence since insurgents captured Mosul last
   * month"), background the story recalls, not its news (the coding guide). "Since" before a
   * noun ("since the attack") is a time, not a clause, and is left alone.
   */
  static boolean isRecalled(Sentence s, int token) {
    int node = token;
    for (int depth = 0; depth < MAX_CLIMB && node >= 0; depth++) {
      for (int m : s.children(node, "mark")) {
        if (s.token(m).lemma().equalsIgnoreCase("since")) {
          return true;
        }
      }
      Dependency up = s.treeParent(node);
      node = up != null && (up.base().equals("conj") || up.base().equals("xcomp"))
          ? up.governor() : -1;
    }
    return false;
  }

  /** Nouns whose "of" names a past act the story marks, not news of its own. */
  private static final Set<String> MARKERS = Set.of("anniversary", "commemoration");

  /**
   * True when the token is what an anniversary or commemoration is of ("rallies marking the
   * second anniversary of Mubarak's resignation", "the commemoration of the 1994 genocide"):
   * the act lies in the past the story recalls, background, not this story's event (the
   * coding guide).
   */
  static boolean isCommemorated(Sentence s, int token) {
    Dependency up = s.treeParent(token);
    return up != null && up.relation().startsWith("nmod:of")
        && MARKERS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Predicates that announce the act in their complement as the subject's intent, like a
   * future ("is ready to contribute troops", "is willing to withdraw", "is prepared to impose
   * martial law"): CAMEO codes the intent (03) or the threat (13), not the act.
   */
  private static final Set<String> READY = Set.of("ready", "willing", "prepared");

  /**
   * Future or hypothetical from the auxiliaries of the event's verb and of the verbs whose
   * complement it is ("will continue to support"), or a predicate of readiness ({@link
   * #READY}). "Would" is the future of reported speech
   * ("said it would withdraw"), and hypothetical elsewhere. A clause that completes a noun
   * denied by "no" ("there was no sign that the rebels would reverse the decision", "no
   * indication that troops will withdraw") is hypothetical: the text says the act is not
   * in view.
   */
  static Mode of(Sentence s, int anchor, boolean reported) {
    int node = anchor;
    for (int depth = 0; depth <= MAX_CLIMB && node >= 0; depth++) {
      if (ofDeniedNoun(s, node) || awaited(s, node)) {
        return Mode.HYPOTHETICAL;
      }
      if (depth > 0 && ready(s, node)) {
        return Mode.FUTURE;
      }
      for (int aux : s.children(node, "aux")) {
        String a = s.token(aux).lemma().toLowerCase(Locale.ROOT);
        if (FUTURE_AUX.contains(a) || a.equals("would") && reported) {
          return Mode.FUTURE;
        }
        if (MODAL_AUX.contains(a) || a.equals("would")) {
          return Mode.HYPOTHETICAL;
        }
      }
      Dependency up = s.treeParent(node);
      node = up != null && up.base().equals("xcomp") ? up.governor() : -1;
    }
    return Mode.ASSERTED;
  }

  /** Verbs of waiting, expecting and wishing: the act in their complement has not happened. */
  private static final Set<String> AWAITING = Set.of("wait", "await", "expect", "hope", "wish",
      "want", "anticipate");

  /**
   * Whether the clause headed by the node is what its governor waits for, expects or wishes
   * ("waiting for Gbagbo to give up", "expect the rebels to withdraw", "hope the army will
   * leave"): an act in view, not one that happened.
   */
  private static boolean awaited(Sentence s, int node) {
    Dependency up = s.treeParent(node);
    if (up == null || !(up.base().equals("xcomp") || up.base().equals("ccomp")
        || up.relation().equals("advcl:to") || up.relation().equals("advcl:for"))) {
      return false;
    }
    return AWAITING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the clause headed by the node completes a noun that "no" denies ("no sign that"). */
  private static boolean ofDeniedNoun(Sentence s, int node) {
    Dependency up = s.treeParent(node);
    if (up == null || !(up.base().equals("ccomp") || up.base().equals("acl"))
        || !s.token(up.governor()).isNoun()) {
      return false;
    }
    return s.children(up.governor(), "det").stream().anyMatch(d ->
        s.token(d).word().equalsIgnoreCase("no"));
  }

  /** "Is ready", "are willing", "was prepared" (a copula or passive "be": the army that
   * "prepared to resume shelling" readies itself, an act of its own). */
  private static boolean ready(Sentence s, int node) {
    return READY.contains(s.token(node).word().toLowerCase(Locale.ROOT))
        && (!s.children(node, "cop").isEmpty() || !s.children(node, "aux:pass").isEmpty());
  }

  /**
   * The auxiliary that makes the act an obligation ("must withdraw", "should stop", "ought
   * to leave"), or -1. "Has to" and "needs to" are left out: CoreNLP parses them as verbs.
   */
  static int obligation(Sentence s, int anchor) {
    for (int aux : s.children(anchor, "aux")) {
      if (OBLIGATION_AUX.contains(s.token(aux).lemma().toLowerCase(Locale.ROOT))) {
        return aux;
      }
    }
    return -1;
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** Whether a negation ("not", "never", "no") hangs on the token. */
  static boolean negated(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      if ((d.base().equals("advmod") || d.base().equals("neg") || d.base().equals("det"))
          && NEGATIONS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger of a fired pattern that asks, demands or threatens the act a noun
   * names as its object ("called for the release of X", "demanded the withdrawal",
   * "threatened an attack"), or -1: such an act is no more a fact than one in a complement
   * clause. Not what is alleged: "accused X of the attack" is coded as reported.
   *
   * @param trigger the noun that names the act
   * @param fired the patterns that fired in the sentence, by trigger token
   */
  static int askedBy(Sentence s, int trigger, Map<Integer, Firing> fired, Rewrites rewrites) {
    Dependency object = s.treeParent(trigger);
    if (object != null && s.token(trigger).isNoun()
        && (object.base().equals("obj") || object.base().equals("obl"))) {
      Firing governor = fired.get(object.governor());
      if (governor != null && governor.trigger() == object.governor()
          && ASKS.contains(governor.pattern().code().rootNumber())
          && (rewrites.governsComplement(governor.pattern().code())
              || governor.pattern().code().rootNumber() == ENDS)) {
        return object.governor();
      }
    }
    return -1;
  }

  /**
   * The trigger of a fired pattern whose complement holds the token and which makes it a
   * non-fact ({@link Rewrites#governsComplement}: what is asked, offered, demanded, refused,
   * threatened, denied or alleged), or -1.
   *
   * @param fired the patterns that fired in the sentence, by trigger token
   */
  static int governor(Sentence s, int token, Map<Integer, Firing> fired, Rewrites rewrites) {
    int node = token;
    for (int depth = 0; depth < MAX_CLIMB; depth++) {
      Dependency up = s.treeParent(node);
      // "denied attacking" reaches the parser as dep(denied, attacking): a complement too.
      if (up == null || !(up.base().equals("xcomp") || up.base().equals("ccomp")
          || up.base().equals("dep"))) {
        return -1;
      }
      Firing governor = fired.get(up.governor());
      if (governor != null && rewrites.governsComplement(governor.pattern().code())) {
        return up.governor();
      }
      node = up.governor();
    }
    return -1;
  }
}
