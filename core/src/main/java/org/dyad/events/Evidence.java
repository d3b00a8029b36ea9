package org.dyad.events;

/**
 * Where an event came from, so that anyone can check it: the sentence, the words that
 * triggered it (offsets into the original article text) and the dictionary entry that fired.
 *
 * @param rule the pattern id ({@code 041 noun "phone call"}), with the construction that
 *     applied it when not the plain one
 * @param ruleSource where that pattern is written, as {@code FILE:LINE} ({@code
 *     patterns.tsv:812}), so that a researcher can open the line; "" where the event was not
 *     coded by a pattern of a data file (an event read back from an older store)
 * @param speaker who said it, when the event was taken from reported speech; else null
 */
public record Evidence(int sentenceIndex, String sentence, int sentenceBegin, int sentenceEnd,
    String trigger, int triggerBegin, int triggerEnd, String rule, String ruleSource,
    String speaker) {

  public Evidence {
    ruleSource = ruleSource == null ? "" : ruleSource;
  }
}
