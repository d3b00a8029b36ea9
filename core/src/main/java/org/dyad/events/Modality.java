package org.dyad.events;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * How a clause presents its act, and what CAMEO makes of it: conditions are not events,
 * auxiliaries make an act future or hypothetical, an act announced for the future is an
 * intent or a threat, and an act of violence a speaker calls for is a threat. Pure functions.
 */
final class Modality {

  private static final int MAX_CLIMB = 3;
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
   * Future or hypothetical from the auxiliaries of the event's verb and of the verbs whose
   * complement it is ("will continue to support"). "Would" is the future of reported speech
   * ("said it would withdraw"), and hypothetical elsewhere.
   */
  static Mode of(Sentence s, int anchor, boolean reported) {
    int node = anchor;
    for (int depth = 0; depth <= MAX_CLIMB && node >= 0; depth++) {
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

  /**
   * What an act announced for the future is in CAMEO: an intent to cooperate (03x) or a
   * threat (13x). "Portugal will support Turkey's bid" is 032, "will give Tanzania a grant"
   * 033, "will attack" 138; other codes stay as they are.
   */
  static CameoCode intentFor(CameoCode code) {
    return switch (code.rootNumber()) {
      case 4 -> CameoCode.of("036");
      case 5 -> CameoCode.of("032");
      case 6 -> CameoCode.of("031");
      case 7 -> CameoCode.of("033");
      case 8 -> CameoCode.of("035");
      case 16 -> CameoCode.of("131");
      case 17 -> CameoCode.of("137");
      case 15, 18, 19, 20 -> CameoCode.of("138");
      default -> code;
    };
  }

  /** What saying that an act should happen amounts to: material conflict is a threat. */
  static CameoCode threatFor(CameoCode code) {
    int root = code.rootNumber();
    if (root >= 18) {
      return CameoCode.of("138");
    }
    if (root >= 15) {
      return CameoCode.of("130");
    }
    return code;
  }
}
