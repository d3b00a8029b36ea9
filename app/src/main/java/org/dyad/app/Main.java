package org.dyad.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.app.CheckedOutput.OutputFailure;
import org.dyad.store.Days;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: codes news articles into political event data. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Turns news articles into political event data (CAMEO): who did what to"
        + " whom, when.",
    subcommands = {CodeCommand.class, DemoCommand.class, ActorsCommand.class, EvalCommand.class,
        ExplainCommand.class, AccuracyCommand.class, IngestCommand.class, EventsCommand.class,
        StatsCommand.class, SqlCommand.class, ExportCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit status when some input was skipped. */
  static final int EXIT_SKIPPED = 1;
  /** Exit status for a bad command line. */
  static final int EXIT_USAGE = 2;
  /** Exit status when the run could not finish (output not writable). */
  static final int EXIT_FAILED = 3;
  /** Exit status when standard output was closed by its reader ({@code | head}): success. */
  static final int EXIT_CLOSED_PIPE = 0;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args, new FileOutputStream(FileDescriptor.out)));
  }

  /**
   * Runs the command line with {@code System.out} writing to {@code stdout} through a {@link
   * CheckedOutput}, so that no lost write goes unnoticed: a failed write ends the command with
   * "standard output: REASON" and {@link #EXIT_FAILED}; a reader that went away ({@code |
   * head}) ends it quietly. Restores {@code System.out} afterwards. Returns the exit status.
   */
  static int execute(String[] args, OutputStream stdout) {
    PrintStream previous = System.out;
    PrintStream checked = new PrintStream(new BufferedOutputStream(
        new CheckedOutput(CheckedOutput.STANDARD_OUTPUT, stdout), 8192), true,
        StandardCharsets.UTF_8);
    System.setOut(checked);
    CommandLine cli = commandLine();
    try {
      int exit = cli.execute(args);
      checked.flush();
      return exit;
    } catch (OutputFailure e) {
      return failed(cli, e);
    } finally {
      System.setOut(previous);
    }
  }

  /** Reports a failed write (but a closed pipe) on standard error; the exit status. */
  static int failed(CommandLine command, OutputFailure e) {
    if (e.closedPipe()) {
      return EXIT_CLOSED_PIPE;
    }
    if (!e.report()) {
      return EXIT_FAILED;
    }
    PrintWriter err = command.getErr();
    err.println(name(command) + ": " + e.getMessage());
    err.flush();
    return EXIT_FAILED;
  }

  /** "dyad code" for the code command's command line. */
  private static String name(CommandLine command) {
    return command.getParent() == null ? "dyad" : "dyad " + command.getCommandName();
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true));
    cli.registerConverter(LocalDate.class, text -> {
      try {
        return Days.parse(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    });
    // Help and version text are printed by picocli itself, outside the handler below.
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cli.setExecutionStrategy(parseResult -> {
      try {
        return run.execute(parseResult);
      } catch (OutputFailure e) {
        List<CommandLine> chain = parseResult.asCommandLineList();
        return failed(chain.get(chain.size() - 1), e);
      }
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof OutputFailure f) {
        return failed(commandLine, f);
      }
      commandLine.getErr().println("dyad: " + e.getMessage());
      return EXIT_FAILED;
    });
    return cli;
  }
}
