package org.dyad.spark;

import org.dyad.Lazy;
import org.dyad.Pipeline;

/**
 * The one {@link Pipeline} of a JVM (an executor, or the driver in local mode), built on first
 * use and shared by every task the JVM runs: CoreNLP's models take seconds and gigabytes to
 * load, and the pipeline is thread-safe.
 */
final class Coders {

  private static final Lazy<Pipeline> PIPELINE = Lazy.of(Pipeline::standard);

  private Coders() {}

  /** The JVM's pipeline: {@link Pipeline#standard()}, built once. */
  static Pipeline pipeline() {
    return PIPELINE.get();
  }
}
