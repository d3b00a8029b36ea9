package org.dyad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says who holds a store that cannot be opened because of DuckDB's file lock. DuckDB lets one
 * process write a file and no other open it meanwhile, or several processes read it and none
 * write: its error names the holder's program and process id, and says when the holder only
 * reads ("you would be able to open this database in read-only mode"). Where the system shows
 * a process's command line ({@code /proc} on Linux), a Dyad holder is named by its command:
 * {@code dyad serve}, {@code dyad ingest}.
 */
final class StoreLock {

  private static final Pattern HELD = Pattern.compile(
      "Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");
  /** The main class and the jar that start the {@code dyad} command. */
  private static final List<String> DYAD = List.of("org.dyad.app.Main", "dyad.jar");

  private StoreLock() {}

  /** True when {@code e} is DuckDB's lock error. */
  static boolean isLock(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Could not set lock") || m.contains("Conflicting lock");
  }

  /** The user's message for the lock error {@code e} met opening {@code path}. */
  static String message(Path path, SQLException e) {
    String m = String.valueOf(e.getMessage());
    Matcher held = HELD.matcher(m);
    String who = held.find() ? holder(held.group(1), held.group(2), commandLine(held.group(2)))
        : null;
    if (m.contains("read-only mode")) {
      // The holder only reads: a writer is refused, readers are not.
      boolean serve = who != null && who.startsWith("dyad serve");
      return "the store " + path + " is open for reading in another process ("
          + (who != null ? who : "dyad serve, sql, events or export") + ")"
          + (serve ? ", the dashboard" : "") + "; DuckDB lets no process write a store while"
          + " another has it open: " + (serve ? "the server opens it for each request and"
          + " was busy for seconds; try again in a moment" : "try again when that process"
          + " finishes");
    }
    return "the store " + path + " is being written by another dyad process ("
        + (who != null ? who : "an ingest") + "); DuckDB lets no other process read it"
        + " meanwhile: try again when that process finishes";
  }

  /**
   * The holder as a user knows it: {@code dyad serve, PID 4242}, else the program DuckDB
   * names: {@code /usr/bin/java, PID 4242}.
   */
  static String holder(String program, String pid, Optional<List<String>> commandLine) {
    Optional<String> dyad = commandLine.flatMap(StoreLock::dyadCommand);
    return dyad.map(c -> "dyad " + c).orElse(program) + ", PID " + pid;
  }

  /**
   * The dyad subcommand a command line runs ({@code serve}, {@code ingest}), when it runs the
   * dyad command: the first word after the jar or the main class.
   */
  static Optional<String> dyadCommand(List<String> args) {
    for (int i = 0; i < args.size() - 1; i++) {
      String a = args.get(i);
      if (DYAD.stream().anyMatch(d -> a.equals(d) || a.endsWith("/" + d))) {
        String next = args.get(i + 1);
        return next.startsWith("-") ? Optional.empty() : Optional.of(next);
      }
    }
    return Optional.empty();
  }

  /** The process's command line, where the system shows it ({@code /proc} on Linux). */
  private static Optional<List<String>> commandLine(String pid) {
    Path cmdline = Path.of("/proc", pid, "cmdline");
    try {
      if (!Files.isReadable(cmdline)) {
        return Optional.empty();
      }
      String all = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
      return Optional.of(Arrays.asList(all.split("\0")));
    } catch (IOException | SecurityException e) {
      return Optional.empty(); // the holder is still named by its program
    }
  }
}
