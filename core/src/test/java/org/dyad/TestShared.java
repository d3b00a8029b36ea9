package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Test access to the shared folder beside the checkout, and the one rule every test follows
 * when something it needs is missing: skip with a message, except under CI, where it fails.
 * Core's and app's tests use it alike (app reads core's test jar).
 */
public final class TestShared {

  private TestShared() {}

  /**
   * Whether the tests run under CI: the environment variable {@code CI} is {@code true} (any
   * case) or {@code 1}. The one rule for every test; {@code .ci/run} sets it.
   */
  public static boolean ci() {
    return ci(System.getenv("CI"));
  }

  static boolean ci(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("1");
  }

  /**
   * Skips the calling test with {@code message}, or fails it under CI: what a required test
   * needs is always there in CI, so a skip there would hide a test that never ran.
   */
  public static void require(boolean present, String message) {
    if (present) {
      return;
    }
    if (ci()) {
      throw new AssertionError(message + " (CI is set: a required test may not skip)");
    }
    Assumptions.abort(message + "; test skipped");
  }

  /**
   * The shared folder beside the checkout ({@code ../shared/...}). Absent, the test is skipped
   * with a message, except under CI, where it fails.
   */
  public static Path path(String relative) {
    Optional<Path> found = find(relative);
    Path here = Path.of("").toAbsolutePath();
    require(found.isPresent(), "../shared/" + relative + " not found beside the checkout (from "
        + here + ")");
    return found.orElseThrow();
  }

  /**
   * The shared file or folder when it is there, for tests whose other parts need nothing from
   * it: absent, that part is left out with a message on standard error, except under CI, where
   * the test fails.
   */
  public static Optional<Path> optional(String relative) {
    Optional<Path> found = find(relative);
    if (found.isEmpty()) {
      String message = "../shared/" + relative + " not found beside the checkout (from "
          + Path.of("").toAbsolutePath() + ")";
      if (ci()) {
        throw new AssertionError(message + " (CI is set: every part of the test must run)");
      }
      System.err.println(message + "; the part of the test that reads it is left out");
    }
    return found;
  }

  /** The shared file or folder when it is there, for tests that read it only when present. */
  public static Optional<Path> find(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
