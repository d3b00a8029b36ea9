package org.dyad.spark;

import org.dyad.Pipeline;

/**
 * The one {@link Pipeline} of a JVM (an executor, or the driver in local mode), built on first
 * use and shared by every task the JVM runs: CoreNLP's models take seconds and gigabytes to
 * load, and the pipeline is thread-safe.
 */
final class Coders {

  private static volatile Pipeline pipeline;

  private Coders() {}

  /** The JVM's pipeline: {@link Pipeline#standard()}, built once. */
  static Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (Coders.class) {
        p = pipeline;
        if (p == null) {
          p = Pipeline.standard();
          pipeline = p;
        }
      }
    }
    return p;
  }
}
