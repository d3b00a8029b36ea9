package org.dyad.nlp;

/**
 * One token of an annotated sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the text as written
 * @param lemma the dictionary form
 * @param pos the Penn Treebank part-of-speech tag
 * @param ner the coarse named-entity tag ("PERSON", "ORGANIZATION", "DATE", "O", ...)
 * @param begin offset of the first character in the article text
 * @param end offset after the last character in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin,
    int end) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /** Past tense or past participle: the event already happened. */
  public boolean isPast() {
    return pos.equals("VBD") || pos.equals("VBN");
  }
}
