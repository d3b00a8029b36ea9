package org.dyad.events;

import java.util.Optional;
import org.dyad.nlp.Sentence;

/**
 * A refusal told as a negated future: "the rebels said they would not observe the truce", "Egypt
 * will not attend the talks with Israel", "is not ready to hold talks". The coding guide codes a
 * refusal as the rejection (12x), not as the negated act; which acts' refusals are coded, and
 * as what, is data (rewrites.tsv "refused"). A negated act in the past ("did not attend the
 * talks") did not happen: it stays negated, and so does a negated act of a code no row names
 * ("will not attack": no rejection of anyone). Pure functions.
 */
final class Refusals {

  private Refusals() {}

  /**
   * The rejection a fired pattern's act becomes when the text refuses it for the future, or
   * empty.
   *
   * @param reported whether the act is inside reported speech ("said they would not ...")
   */
  static Optional<CameoCode> refusal(Sentence s, Firing f, boolean reported, Rewrites rewrites) {
    if (!negated(s, f) || Modality.of(s, f.anchor(), reported) != Mode.FUTURE) {
      return Optional.empty();
    }
    return rewrites.refused(f.pattern().code());
  }

  /** The mode of a fired pattern's act that is no refusal: negated, else as its clause says. */
  static Mode mode(Sentence s, Firing f, boolean reported) {
    return negated(s, f) ? Mode.NEGATED : Modality.of(s, f.anchor(), reported);
  }

  private static boolean negated(Sentence s, Firing f) {
    return Modality.negated(s, f.trigger()) || Modality.negated(s, f.anchor());
  }
}
