package org.dyad;

import java.util.Comparator;
import java.util.List;
import org.dyad.ingest.Article;
import org.dyad.nlp.Sentence;

/**
 * The limit on sentence length: a "sentence" over {@link #MAX_TOKENS} tokens is text without
 * sentence ends (a table, a list, a page run together). Its parse would take minutes and mean
 * nothing, so it is neither parsed nor dated, hence not coded, and the article's diagnostics
 * say so once (README "Limits"). News sentences rarely pass 80 tokens.
 */
final class SentenceLimit {

  /** The longest sentence, in tokens, that is parsed and coded. */
  static final int MAX_TOKENS = 250;

  private SentenceLimit() {}

  static boolean over(Sentence s) {
    return s.tokens().size() > MAX_TOKENS;
  }

  /** Adds one warning naming how many sentences were left out and the longest, or none. */
  static void report(Article article, List<Sentence> sentences, List<Diagnostic> notes) {
    List<Sentence> over = sentences.stream().filter(SentenceLimit::over).toList();
    if (over.isEmpty()) {
      return;
    }
    Sentence longest = over.stream()
        .max(Comparator.comparingInt(x -> x.tokens().size())).orElseThrow();
    notes.add(Diagnostic.warning(article.source(), 0, over.size() + " sentence"
        + (over.size() == 1 ? " is" : "s are") + " longer than " + MAX_TOKENS
        + " tokens and not coded (the longest, sentence " + (longest.index() + 1) + " at"
        + " character " + longest.begin() + ", has " + longest.tokens().size() + " tokens):"
        + " a text without sentence ends cannot be parsed; split it into sentences"));
  }
}
