package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.Coding;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.Result;
import org.dyad.actors.Mention;
import org.dyad.events.Event;
import org.dyad.events.Trace;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad explain}: how Dyad reads a sentence, for people who maintain dictionaries: the
 * parse, the dates, the knowledge-base names found, every pattern of every word that fired or
 * almost fired with how its actors resolved, and the events.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show how Dyad codes a text: parse, dates, actors, patterns tried, events.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The text to explain.")
  List<String> words;

  @Option(names = "--file", paramLabel = "FILE",
      description = "Explain an article file instead (header, boilerplate and all).")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date to read relative dates and offices against.")
  LocalDate date;

  @picocli.CommandLine.Mixin
  RunOptions run = new RunOptions();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Result<Article> read;
    List<Result<Article>> others = List.of();
    if (file != null) {
      // The reader every run uses: the file reads here as `dyad code` would read it.
      List<Result<Article>> all = ArticleSource.readAll(List.of(file),
          ArticleSource.Options.defaults());
      if (all.isEmpty()) {
        return Main.EXIT_SKIPPED;
      }
      read = all.get(0);
      others = all.subList(1, all.size());
      if (read.isSkipped()) {
        // Nothing to explain: say why before the seconds that loading the models takes.
        all.forEach(r -> r.diagnostics().forEach(err::println));
        return Main.EXIT_SKIPPED;
      }
    } else if (words != null && !words.isEmpty()) {
      String text = String.join(" ", words);
      read = Result.of(Article.ofText("explain", "command line", text, null));
    } else {
      err.println("dyad explain: give a TEXT to explain, or --file FILE");
      return Main.EXIT_USAGE;
    }
    Lazy<Pipeline> pipeline = run.pipeline(err);
    Coding.Outcome<Coding.Explanation> explained = new Coding(pipeline,
        Coding.Options.defaults().withDate(date)).explain(read);
    explained.result().diagnostics().forEach(err::println);
    others.forEach(r -> r.diagnostics().forEach(err::println));
    if (explained.result().isSkipped()) {
      return Main.EXIT_SKIPPED;
    }
    Coding.Explanation x = explained.result().value().get();
    out.println("Published: " + x.article().publishedDate().map(Object::toString)
        .orElse("unknown (give --date to resolve relative dates and offices)"));
    for (Pipeline.Explained sentence : x.sentences()) {
      out.print(describe(sentence));
    }
    return 0;
  }

  static String describe(Pipeline.Explained x) {
    Sentence s = x.sentence();
    StringBuilder b = new StringBuilder();
    b.append("\nSentence ").append(s.index()).append(" [").append(s.begin()).append('-')
        .append(s.end()).append("]: ").append(s.text()).append('\n');
    b.append("  tokens:");
    for (Token t : s.tokens()) {
      b.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos());
      if (!t.ner().equals("O")) {
        b.append('/').append(t.ner());
      }
    }
    b.append("\n  dependencies:");
    for (Dependency d : s.dependencies()) {
      b.append(' ').append(d.relation()).append('(')
          .append(d.governor() < 0 ? "ROOT" : word(s, d.governor())).append(", ")
          .append(word(s, d.dependent())).append(')');
    }
    b.append('\n');
    for (Timex t : s.timexes()) {
      b.append("  date: \"").append(s.span(t.first(), t.last())).append("\" = ")
          .append(t.value()).append(" (").append(t.type().toLowerCase(Locale.ROOT))
          .append(")\n");
    }
    for (Mention m : x.mentions()) {
      b.append("  name: \"").append(s.span(m.first(), m.last())).append("\" -> ")
          .append(m.name().kind().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(m.name().target()).append(" (").append(m.how()).append(", as \"")
          .append(m.name().written()).append("\")\n");
    }
    for (Trace t : x.traces()) {
      b.append("  pattern at ").append(word(s, t.token())).append(": ").append(t.rule())
          .append(" @ ").append(t.ruleSource()).append(" -- ").append(t.outcome()).append('\n');
      t.sources().forEach(a -> b.append("      source ").append(a).append('\n'));
      t.targets().forEach(a -> b.append("      target ").append(a).append('\n'));
    }
    if (x.events().isEmpty()) {
      b.append("  events: none\n");
    }
    for (Event e : x.events()) {
      b.append("  event: ").append(e.date().value() == null ? "no date" : e.date().value())
          .append(" (").append(e.date().source().name().toLowerCase(Locale.ROOT)).append(") ")
          .append(e.source().code()).append(' ').append(e.code()).append(' ')
          .append(e.cameo().name()).append(' ')
          .append(e.target() == null ? "-" : e.target().code())
          .append(" (").append(e.mode().label()).append(")")
          .append(e.location() == null ? "" : " in " + e.location().name() + ", "
              + e.location().country())
          .append(e.evidence().speaker() == null ? "" : " said by " + e.evidence().speaker())
          .append("  [").append(e.evidence().rule())
          .append(e.evidence().ruleSource().isEmpty() ? "" : " @ " + e.evidence().ruleSource())
          .append("]\n");
    }
    return b.toString();
  }

  private static String word(Sentence s, int i) {
    return s.token(i).word() + "-" + i;
  }
}
