package org.dyad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test access to the shared folder beside the checkout. */
public final class TestShared {

  private TestShared() {}

  /**
   * The shared folder beside the checkout ({@code ../shared/...}). Absent, the test is skipped
   * with a message, except under {@code CI=true}, where it fails: CI always has it.
   */
  public static Path path(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    String message = "../shared/" + relative + " not found beside the checkout (from " + here
        + ")";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + "; CI must have it");
    }
    Assumptions.abort(message + "; test skipped");
    return null;
  }
}
