package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Which patterns fire in a parsed sentence, and with which arguments: on each token the first
 * pattern whose elements hold ({@link PatternMatcher}), its source and target heads ({@link
 * Arguments}, and the speaker for an agentless act of violence in reported speech: {@link
 * ReportedSpeech#withSpeaker}), unless the clause is a condition or the token a light verb whose
 * object is an event noun; then, across the sentence, less the acts that lie in the complement
 * of an appeal, intent, demand, refusal, threat, denial or accusation. Thread-safe.
 */
final class Firings {

  private final PatternMatcher matcher;
  private final ReportedSpeech speech;
  private final Rewrites rewrites;

  Firings(PatternMatcher matcher, ReportedSpeech speech, Rewrites rewrites) {
    this.matcher = matcher;
    this.speech = speech;
    this.rewrites = rewrites;
  }

  /**
   * What was tried on one token: the firing, if a pattern fired, and for explanations each
   * pattern with its outcome (null for the one that fired).
   */
  record Attempt(Firing firing, List<Tried> tried) {}

  record Tried(EventPattern pattern, String outcome) {}

  /**
   * Tries a token's patterns, longest first: the first whose elements hold fires, unless the
   * token is a light verb whose object is an event noun (the noun codes) or its clause is a
   * condition ("if Iran attacks"); the patterns after it are not tried.
   *
   * @param trace whether to say why each pattern did not fire (costs strings)
   */
  Attempt attempt(Sentence s, int token, boolean trace) {
    Token t = s.token(token);
    List<Tried> tried = new ArrayList<>();
    Firing firing = null;
    String blocked = null;
    for (EventPattern p : matcher.candidates(t)) {
      if (firing != null || blocked != null) {
        if (trace) {
          tried.add(new Tried(p, "not fired: " + matcher.miss(s, token, p).orElse(
              firing != null ? firing.pattern().id() + " matches more words" : blocked)));
        }
        continue;
      }
      Optional<String> miss = trace ? matcher.miss(s, token, p)
          : matcher.holds(s, token, p) ? Optional.empty() : Optional.of("");
      if (miss.isPresent()) {
        if (trace) {
          tried.add(new Tried(p, "not fired: " + miss.get()));
        }
        continue;
      }
      Firing f = null;
      if (t.isVerb() && matcher.isLightVerb(t) && matcher.hasEventNounObject(s, token)
          && !matcher.predicates(s, token, p)) {
        blocked = "a light verb whose object is an event noun; the noun codes";
      } else {
        f = speech.withSpeaker(s, t.isVerb() ? Arguments.ofVerb(s, token, p)
            : Strays.mend(s, Arguments.ofNoun(s, token, p, matcher::isLightVerb)));
        if (Modality.isConditional(s, f.anchor())) {
          // "until the West lifted restrictions", "if Iran attacks": not an event.
          blocked = "inside an if, unless, until or whether clause: a condition, not an event";
        } else if (Modality.isRecalled(s, f.anchor())) {
          blocked = "inside a since clause: the start of a period, background, not news";
        } else if (Modality.isCommemorated(s, f.anchor())) {
          blocked = "what an anniversary or commemoration is of: history, not news";
        } else if (Descriptions.described(s, f)) {
          blocked = "a will or intent the clause says someone has: a description, not an act";
        } else {
          firing = OwnThreats.of(s, f, matcher); // "warned it could resume tests": at no one
        }
      }
      if (trace) {
        tried.add(new Tried(p, firing != null ? null : "not fired: " + blocked));
      }
    }
    return new Attempt(firing, tried);
  }

  /**
   * The patterns that fire in a sentence, by trigger token, less the acts that lie in the
   * complement of a pattern that makes them non-facts ({@link Rewrites#governsComplement}):
   * what was asked, offered, refused, threatened, denied or alleged is not an event; nor are
   * talks that a consultation is about ({@link Joint#dropTopics}).
   */
  SortedMap<Integer, Firing> of(Sentence s) {
    SortedMap<Integer, Firing> all = new TreeMap<>();
    for (Token t : s.tokens()) {
      Firing f = attempt(s, t.index(), false).firing();
      if (f != null) {
        all.put(t.index(), f);
      }
    }
    all.values().removeIf(f -> Modality.governor(s, f.anchor(), all, rewrites) >= 0
        || Modality.askedBy(s, f.trigger(), all, rewrites) >= 0);
    Joint.dropTopics(s, all);
    // "mortar fire killed five civilians": the killing is the weapon's use of force (Weapons).
    SortedMap<Integer, Firing> told = new TreeMap<>(all);
    told.replaceAll((t, f) -> Weapons.told(s, f, all));
    all.putAll(told);
    // "expressed concern about China's provocative actions", "described the shelling as
    // aggressive actions": a judgement the words pass on an act that another stance of its
    // clause is aimed at, or says again, is that stance's: one event.
    all.values().removeIf(f -> f.pattern().targets().contains(Judgements.SLOT)
        && all.values().stream().anyMatch(g -> g != f && (g.targets().contains(f.trigger())
            || g.anchor() == f.anchor() && g.pattern().code().root().equals("11"))));
    return all;
  }

  private static final java.util.Set<String> CLAUSE_LINKS =
      java.util.Set.of("advcl", "xcomp", "conj", "acl", "dep");

  /**
   * Whether a demand's clause hangs on a protest's ("rallied demanding reforms", "gathered to
   * call for reforms and to protest the verdict"): on its verb, on a word of its ("rallied in
   * Lima demanding ...", which the parser may read as Lima's), or the protest on the demand.
   * {@link EventCoder} codes such a demand by the protesters as the protest, one event.
   */
  static boolean linked(Sentence s, Firing demand, Firing protest) {
    for (org.dyad.nlp.Dependency d : s.dependencies()) {
      boolean link = d.dependent() == demand.anchor() && (d.governor() == protest.anchor()
          || d.governor() >= 0 && s.parents(d.governor()).stream()
              .anyMatch(up -> up.governor() == protest.anchor()))
          || d.governor() == demand.anchor() && d.dependent() == protest.anchor();
      if (link && CLAUSE_LINKS.contains(d.base())) {
        return true;
      }
    }
    return false;
  }
}
