package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.CheckedOutput.OutputFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is never lost in silence (issue 17); a closed pipe is quiet. */
class StandardOutputTest {

  private static final Path FULL = Path.of("/dev/full");

  @TempDir
  Path dir;

  private static OutputStream full() throws FileNotFoundException {
    assumeTrue(Files.exists(FULL), "skipped: no /dev/full on this system (Linux has one)");
    return new FileOutputStream(FULL.toFile());
  }

  /** Standard output whose reader went away: every write fails as a closed pipe does. */
  private static final class ClosedPipe extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }

  @Test
  void aFullDiskOnStandardOutputExitsThreeWithTheSystemsReason() throws IOException {
    Cli cli = Cli.runTo(full(), "--help");
    assertEquals(Main.EXIT_FAILED, cli.exit(), cli.err());
    assertTrue(cli.err().contains("dyad: standard output: No space left on device"), cli.err());
    assertEquals(1, cli.err().split("No space left", -1).length - 1, "told once: " + cli.err());
    assertTrue(!cli.err().contains("\tat "), "no stack trace: " + cli.err());
  }

  @Test
  void theFailureNamesTheSubcommand() throws IOException {
    Cli cli = Cli.runTo(full(), "sql", "--help");
    assertEquals(Main.EXIT_FAILED, cli.exit(), cli.err());
    assertTrue(cli.err().contains("dyad sql: standard output: No space left on device"),
        cli.err());
  }

  @Test
  void aClosedPipeIsQuiet() {
    Cli cli = Cli.runTo(new ClosedPipe(), "--help");
    assertEquals(Main.EXIT_CLOSED_PIPE, cli.exit(), cli.err());
    assertEquals("", cli.err());
  }

  @Test
  void whatIsWrittenArrives() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Cli cli = Cli.runTo(out, "--version");
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("dyad "));
  }

  @Test
  void aFileThatCannotBeWrittenIsNamed() throws IOException {
    full().close();
    Writer w = CheckedOutput.file(FULL);
    w.write("x");
    OutputFailure e = assertThrows(OutputFailure.class, w::flush);
    assertEquals("/dev/full: No space left on device", e.getMessage());
    // A close after the failure fails again, never as a success.
    assertThrows(OutputFailure.class, w::close);
  }

  @Test
  void aFileWhoseFolderCannotBeMadeIsNamed() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path target = blocker.resolve("events.jsonl");
    OutputFailure e = assertThrows(OutputFailure.class, () -> CheckedOutput.file(target));
    assertTrue(e.getMessage().startsWith(target + ": "), e.getMessage());
  }

  @Test
  void anOutOfRangeDayIsABadCommandLineNamingTheOption() {
    for (String[] args : new String[][] {{"events", "--to", "+99999-01-01"},
        {"events", "--from", "-0001-01-01"}, {"code", "--date", "+10000-01-01", "x.txt"}}) {
      Cli cli = Cli.run(args);
      assertEquals(Main.EXIT_USAGE, cli.exit(), cli.err());
      assertTrue(cli.err().contains("'" + args[1] + "'") && cli.err().contains(args[2]),
          cli.err());
    }
  }
}
