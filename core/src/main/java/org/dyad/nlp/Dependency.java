package org.dyad.nlp;

/**
 * A typed dependency between two tokens of a sentence (0-based indices; governor -1 is the root).
 * Relations are Universal Dependencies as CoreNLP's enhanced++ graph writes them, with the
 * preposition folded in: {@code obl:with}, {@code nmod:of}, {@code nsubj:pass}.
 */
public record Dependency(String relation, int governor, int dependent) {

  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype, usually a preposition: {@code with} for {@code obl:with}; "" when none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
