package org.dyad.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Annotates text with sentences, tokens, lemmas, part-of-speech and named-entity tags,
 * normalised dates and dependency graphs. Implementations are thread-safe: one instance is
 * built per process and shared.
 */
public interface Annotator {

  /**
   * Annotates every sentence of a text fully. Offsets of the result are offsets into
   * {@code text}.
   *
   * @param documentDate the date relative expressions ("on Sunday") are read against, or null
   */
  List<Sentence> annotate(String text, LocalDate documentDate);

  /**
   * Annotates a text in steps, asking {@code planner} before each costly one: every sentence
   * is tagged (tokens, lemmas, part of speech, names); the planner reads the tagged sentences
   * and says which to parse; then it reads them as parsed and says which to date. The others
   * come back without dependencies (see {@link Sentence#parsed()}) or without dates. The parse
   * and the dates cost most of the time, and a sentence that can hold no event needs neither.
   *
   * <p>The default annotates everything, whatever the planner says: right for annotators whose
   * every step is cheap.
   */
  default List<Sentence> annotate(String text, LocalDate documentDate, Planner planner) {
    return annotate(text, documentDate);
  }

  /** Which sentences the later steps annotate, by sentence index. */
  interface Planner {

    /** The sentences to parse, chosen from the tagged sentences (no dependencies, no dates). */
    Set<Integer> parse(List<Sentence> tagged);

    /** The sentences to date, chosen from the sentences as parsed. */
    Set<Integer> dates(List<Sentence> parsed);

    /**
     * How far the parse has come: {@code done} of the {@code of} sentences chosen are parsed.
     * Called on the annotating thread after each batch, so a long article shows progress.
     */
    default void parsed(int done, int of) {}
  }
}
