package org.dyad;

/** One CoreNLP-backed pipeline per test JVM: loading the models takes seconds. */
public final class TestPipeline {

  private static Pipeline pipeline;

  private TestPipeline() {}

  public static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipeline.standard();
    }
    return pipeline;
  }
}
