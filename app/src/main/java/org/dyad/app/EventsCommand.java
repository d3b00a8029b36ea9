package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actors.KnowledgeBase;
import org.dyad.store.ActorTerm;
import org.dyad.store.EventFilter;
import org.dyad.store.Queries;
import org.dyad.store.ResultWriter;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad events}: lists the store's deduplicated events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List the deduplicated events of the store, filtered.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done", "2:bad command line or no store",
        "3:the store is locked by an ingest or failed"})
final class EventsCommand implements Callable<Integer> {

  @Option(names = "--actor", paramLabel = "NAME|CODE",
      description = "Source or target: a code or its prefix (IRN, IRNGOV), an actor id, or"
          + " words of a name; a country's name, adjective or capital finds its code's events"
          + " (Iran, Iranian, Tehran: IRN), a person's or organisation's name its events.")
  String actor;

  @Option(names = "--source", paramLabel = "NAME|CODE", description = "The same, as source.")
  String source;

  @Option(names = "--target", paramLabel = "NAME|CODE", description = "The same, as target.")
  String target;

  @Option(names = "--code", paramLabel = "CAMEO",
      description = "A CAMEO code or root and its children: 04, 041.")
  String code;

  @Option(names = "--quad", paramLabel = "1..4", defaultValue = "0",
      description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal"
          + " conflict, 4 material conflict.")
  int quad;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events from this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events up to this day.")
  LocalDate to;

  @Option(names = "--text", paramLabel = "WORDS",
      description = "Words that must each appear in a sentence reporting the event.")
  String text;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "List at most N events (default: all).")
  int limit;

  @Option(names = "--format", defaultValue = "table",
      description = "table (default), jsonl (with each event's mentions) or csv.")
  String format;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Optional<ResultWriter.Format> f = ResultWriter.Format.of(format);
    if (f.isEmpty()) {
      err.println("dyad events: --format must be table, jsonl or csv, not '" + format + "'");
      return Main.EXIT_USAGE;
    }
    EventFilter filter;
    try {
      List<String> words = text == null ? List.of()
          : Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
      // The knowledge base is loaded only when an actor is asked for by name.
      KnowledgeBase kb = actor == null && source == null && target == null ? null
          : KnowledgeBase.standard();
      filter = new EventFilter(ActorTerm.known(actor, kb), ActorTerm.known(source, kb),
          ActorTerm.known(target, kb), code, quad, from, to, words, limit);
    } catch (IllegalArgumentException e) {
      err.println("dyad events: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    try (Store db = store.openForReading("events", err)) {
      if (db == null) {
        return store.failure;
      }
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      int n = new Queries(db).events(filter, f.get(), out);
      out.flush();
      err.println(n + " event" + (n == 1 ? "" : "s"));
      return 0;
    } catch (SQLException e) {
      err.println("dyad events: the query failed: " + IngestCommand.firstLine(e));
      return Main.EXIT_FAILED;
    }
  }
}
