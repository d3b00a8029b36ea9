package org.dyad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Writes each test, or whole test class, that did not run (aborted by an assumption, such as
 * {@link TestShared#require}, or disabled) with why, one line each, to
 * {@code target/skipped-tests.txt} of the module under test; {@code ./dyad test} lists them
 * after the build ({@code scripts/test-summary.sh}). Maven's reports cannot: a class skipped
 * in its {@code @BeforeAll} shows there as "0 tests run, 0 skipped". Registered for every
 * module that reads core's test jar ({@code META-INF/services}).
 */
public final class SkipReport implements TestExecutionListener {

  private final Path file;

  /** The report of the module the tests run in ({@code target/skipped-tests.txt}). */
  public SkipReport() {
    this(Path.of("target", "skipped-tests.txt"));
  }

  SkipReport(Path file) {
    this.file = file;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    record(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  /** {@code class.method} for a test, {@code class (every test)} for a class. */
  static String name(TestIdentifier test) {
    return test.getSource().map(s -> s instanceof MethodSource m
        ? m.getClassName() + "." + m.getMethodName()
        : s instanceof ClassSource c ? c.getClassName() + " (every test)"
        : test.getDisplayName()).orElse(test.getDisplayName());
  }

  private synchronized void record(TestIdentifier test, String reason) {
    String line = name(test) + ": " + (reason == null ? "no reason given"
        : reason.replace('\n', ' ')) + "\n";
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the skip report " + file + ": "
          + e.getMessage(), e);
    }
  }
}
