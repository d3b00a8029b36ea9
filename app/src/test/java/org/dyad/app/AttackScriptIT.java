package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code scripts/attack.sh}, which replays every defect of issue 17 against the packaged
 * jar (standard output to a full disk, unreadable folders, symbolic link loops, out-of-range
 * days, and the server's and SQL's parts), so that {@code ./dyad test} fails on a regression.
 * Failsafe runs it after the jar is packaged.
 */
class AttackScriptIT {

  @Test
  void theAttackScriptPasses() throws IOException, InterruptedException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path script = root.resolve("scripts/attack.sh");
    assertTrue(Files.isRegularFile(script), "missing " + script);
    assumeTrue(onPath("bash"), "skipped: no bash on PATH to run scripts/attack.sh");
    Path log = Files.createTempFile("dyad-attack", ".log");
    try {
      Process p = new ProcessBuilder("bash", script.toString()).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      p.getOutputStream().close();
      // A bound on a hung script, not a speed check.
      boolean ended = p.waitFor(15, TimeUnit.MINUTES);
      if (!ended) {
        p.destroyForcibly();
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(ended, "scripts/attack.sh did not end:\n" + out);
      System.out.println(out);
      assertEquals(0, p.exitValue(), "scripts/attack.sh failed:\n" + out);
      assertTrue(out.contains("PASS "), out);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
