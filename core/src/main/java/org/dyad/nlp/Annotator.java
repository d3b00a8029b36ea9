package org.dyad.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * Annotates text with sentences, tokens, lemmas, part-of-speech and named-entity tags,
 * normalised dates and dependency graphs. Implementations are thread-safe: one instance is
 * built per process and shared.
 */
public interface Annotator {

  /**
   * Annotates a text. Offsets of the result are offsets into {@code text}.
   *
   * @param documentDate the date relative expressions ("on Sunday") are read against, or null
   */
  List<Sentence> annotate(String text, LocalDate documentDate);
}
