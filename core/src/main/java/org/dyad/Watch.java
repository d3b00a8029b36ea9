package org.dyad;

/**
 * Hears how far the coding of one article has come, on the coding thread ({@link
 * Pipeline#code(org.dyad.ingest.Article, Pipeline.Timings, Watch)}): a long article (megabytes
 * on one line) takes minutes, and a progress bar counting articles would stand still.
 */
public interface Watch {

  /** Nobody watching. */
  Watch NONE = (stage, done, of) -> { };

  /**
   * {@code stage} ("tagging", "parsing") has done {@code done} of {@code of} sentences;
   * {@code of} is 0 while the number is not known yet (the tagger splits the sentences).
   */
  void progress(String stage, int done, int of);
}
