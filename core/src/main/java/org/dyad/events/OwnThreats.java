package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A warning of the speaker's own act of force: "Pyongyang warned it could resume missile
 * tests", "the army warned that it would launch strikes". It names no one who will suffer: a
 * threat (13) to the world at large (target "*"), where a bare "warn" wants an object. The
 * parser often reads the pronoun as the warning's object ("warned it" with the act hung on as
 * dep), so a pronoun object followed by a modal clause with no subject is the same shape. An
 * act aimed at someone ("warned it would strike Seoul") keeps the usual rules. Pure functions.
 */
final class OwnThreats {

  /** The construction an own-act warning's events name. */
  static final String MARK = "(warning of its own act)";
  private static final Set<String> SELF = Set.of("it", "they", "we");
  private static final Set<String> MODALS =
      Set.of("will", "would", "wo", "shall", "could", "can", "may", "might");
  /** Military acts (shows of force and tests, assaults, fighting, mass violence): not arrests. */
  private static final Set<Integer> FORCE = Set.of(15, 18, 19, 20);

  private OwnThreats() {}

  /**
   * The firing as a warning with no target when it is a threat (13) verb whose complement is
   * the speaker's own future or possible military act (15, 18-20) with no target of its own;
   * else the firing unchanged.
   */
  static Firing of(Sentence s, Firing f, PatternMatcher matcher) {
    if (f.pattern().code().rootNumber() != 13 || f.pattern().form() != EventPattern.Form.VERB
        || f.targets().size() > 1 || f.targets().size() == 1 && !self(s, f.targets().get(0))) {
      return f;
    }
    boolean pronounObject = f.targets().size() == 1;
    for (Dependency d : s.children(f.trigger())) {
      String rel = d.base();
      int c = d.dependent();
      if (!(rel.equals("ccomp") || rel.equals("dep")) || !s.token(c).isVerb() || !modal(s, c)) {
        continue;
      }
      List<Integer> subjects = s.children(c, "nsubj");
      boolean own = subjects.isEmpty() ? pronounObject && rel.equals("dep")
          : !pronounObject && subjects.size() == 1 && self(s, subjects.get(0));
      if (own && forceWithoutTarget(s, c, matcher)) {
        EventPattern p = f.pattern();
        return new Firing(new EventPattern(p.code(), p.form(), p.words(), List.of(), p.file(),
            p.line(), p.elements()), f.trigger(), f.anchor(), f.sources(), List.of(),
            (f.construction() + " " + MARK).strip(), f.speakerVerb());
      }
    }
    return f;
  }

  private static boolean self(Sentence s, int token) {
    return SELF.contains(s.token(token).word().toLowerCase(Locale.ROOT));
  }

  private static boolean modal(Sentence s, int verb) {
    return s.children(verb, "aux").stream()
        .anyMatch(a -> MODALS.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
  }

  /** Whether the clause's verb or its object is an act of force whose pattern holds. */
  private static boolean forceWithoutTarget(Sentence s, int verb, PatternMatcher matcher) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    heads.addAll(s.children(verb, "obj"));
    boolean force = false;
    for (int h : heads) {
      for (EventPattern p : matcher.candidates(s.token(h))) {
        int root = p.code().rootNumber();
        if (matcher.holds(s, h, p)) {
          if (!FORCE.contains(root)) {
            break; // the longest pattern that holds decides the token's act
          }
          Firing act = s.token(h).isVerb() ? Arguments.ofVerb(s, h, p)
              : Arguments.ofNoun(s, h, p, matcher::isLightVerb);
          if (!act.targets().isEmpty()) {
            return false; // "would strike Seoul": aimed at someone
          }
          force = true;
          break;
        }
      }
    }
    return force;
  }
}
