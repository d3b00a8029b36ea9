package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.events.Event;
import org.dyad.events.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes article files into events. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles into events: plain-text and HTML files, JSON lines, WARC and"
        + " WET archives (any of them gzip-compressed, told apart by content), directories"
        + " walked recursively, and standard input (-).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input was coded", "1:some input was skipped (see messages)",
        "2:bad command line", "3:the run could not finish"})
final class CodeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
      description = "Articles to code; - reads standard input.")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "Output format: jsonl (default) or tsv.")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write events here instead of standard output.")
  Path out;

  @Option(names = "--quotes", paramLabel = "PATH",
      description = "Also write the articles' direct quotations, with their speakers, here"
          + " (JSON lines).")
  Path quotes;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of every article, overriding what the files say.")
  LocalDate date;

  @picocli.CommandLine.Mixin
  RunOptions run = new RunOptions();

  @picocli.CommandLine.Mixin
  InputOptions input = new InputOptions();


  @Override
  public Integer call() throws IOException {
    EventWriter.Format f;
    try {
      f = EventWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("dyad code: --format must be jsonl or tsv, not '" + format + "'");
      return Main.EXIT_USAGE;
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Lazy<Pipeline> pipeline = run.pipeline(err);
    Writer sink = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : openOut(out);
    CorpusRun.Summary summary;
    Writer quoteSink = quotes == null ? null : openOut(quotes);
    try (EventWriter writer = new EventWriter(sink, f)) {
      summary = new CorpusRun(pipeline, err, run.threadCount(), input.sourceOptions())
          .run(inputs, date, coded -> {
            for (Event e : coded.events()) {
              writer.write(e, coded.republished());
            }
            sink.flush();
            if (quoteSink != null) {
              for (Quote q : coded.quotes()) {
                quoteSink.write(EventWriter.quoteJson(q));
                quoteSink.write('\n');
              }
            }
          });
    } finally {
      if (out != null) {
        sink.close();
      }
      if (quoteSink != null) {
        quoteSink.close();
      }
    }
    err.println(summary.line() + (out != null ? "; events in " + out : ""));
    return summary.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
  }

  /**
   * A new file for output (its folder created); a failure to create or write it names the file
   * ({@link CheckedOutput}).
   */
  static Writer openOut(Path path) {
    return CheckedOutput.file(path);
  }
}
