package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dyad: " + e.getMessage());
      return EXIT_FAILED;
    });
    return cli;
  }
}
