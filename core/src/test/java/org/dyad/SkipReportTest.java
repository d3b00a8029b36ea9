package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The skip report names what did not run and why: a test aborted by an assumption, a disabled
 * one, and a class whose {@code @BeforeAll} aborted (which Maven's reports count as nothing).
 */
class SkipReportTest {

  @TempDir
  Path dir;

  /** Run only by the launcher below (surefire leaves nested classes alone). */
  static class SomeSkip {
    @Test
    void runs() {}

    @Test
    void aborts() {
      Assumptions.abort("../shared/x not found");
    }

    @Test
    @Disabled("not today")
    void disabled() {}
  }

  /** Run only by the launcher below. */
  static class AllSkip {
    @BeforeAll
    static void needs() {
      Assumptions.abort("chromium is missing");
    }

    @Test
    void one() {}
  }

  private List<String> run(Class<?> tests) throws IOException {
    Path file = dir.resolve("target").resolve("skipped-tests.txt");
    // Without the registered listeners: the real report must not hear these.
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests))
        .build(), new SkipReport(file));
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  @Test
  void abortedAndDisabledTestsAreNamedWithWhy() throws IOException {
    List<String> lines = run(SomeSkip.class);
    assertEquals(List.of(
        "org.dyad.SkipReportTest$SomeSkip.aborts: ../shared/x not found",
        "org.dyad.SkipReportTest$SomeSkip.disabled: not today"),
        lines.stream().sorted().toList());
  }

  @Test
  void aClassSkippedInItsBeforeAllIsNamedOnce() throws IOException {
    assertEquals(List.of("org.dyad.SkipReportTest$AllSkip (every test): chromium is missing"),
        run(AllSkip.class));
  }
}
