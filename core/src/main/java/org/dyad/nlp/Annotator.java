package org.dyad.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
   * Annotates a text in two steps: every sentence is tagged (tokens, lemmas, part of speech,
   * names), then {@code planner} reads the tagged sentences and says which need a dependency
   * parse and which need their dates. The others come back without dependencies or dates (see
   * {@link Sentence#parsed()}). The parse and the dates cost most of the time, and a sentence
   * that can hold no event needs neither.
   *
   * <p>The default annotates everything, whatever the plan: right for annotators whose every
   * step is cheap.
   */
  default List<Sentence> annotate(String text, LocalDate documentDate,
      Function<List<Sentence>, Plan> planner) {
    return annotate(text, documentDate);
  }

  /**
   * What the second step does, by sentence index.
   *
   * @param parse the sentences to parse
   * @param dates the sentences whose dates are read
   */
  record Plan(Set<Integer> parse, Set<Integer> dates) {
    public Plan {
      parse = Set.copyOf(parse);
      dates = Set.copyOf(dates);
    }
  }
}
