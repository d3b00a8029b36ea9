package org.dyad.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Diagnostic;
import org.dyad.Lazy;
import org.dyad.Pipeline;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;
import org.dyad.petrarch.PetrarchDictionary;
import picocli.CommandLine.Option;

/** The options every coding command shares: threads, and dictionaries for the knowledge base. */
final class RunOptions {

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Articles coded at once (default: one per core).")
  int threads;

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "Add a PETRARCH/Phoenix .actors or .agents dictionary to the knowledge"
          + " base (repeatable; Dyad's own names win where both know one).")
  List<Path> dictionaries = new ArrayList<>();

  /** The number of coding threads: as asked, else one per core. */
  int threadCount() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The pipeline with the imported dictionaries, built on first use (CoreNLP's models and the
   * knowledge base take seconds, and a run may code nothing). The dictionaries are read now: a
   * dictionary's bad lines are reported and skipped; one that cannot be read at all stops the
   * run before it starts.
   */
  Lazy<Pipeline> pipeline(PrintStream err) throws IOException {
    if (dictionaries.isEmpty()) {
      return Lazy.of(Pipeline::standard);
    }
    List<DictionaryEntry> imported = new ArrayList<>();
    for (Path file : dictionaries) {
      PetrarchDictionary.Imported d;
      try {
        d = PetrarchDictionary.read(file);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new IOException("cannot read dictionary " + file + ": no such file", e);
      } catch (IOException e) {
        throw new IOException("cannot read dictionary " + file + ": " + e.getMessage(), e);
      }
      for (Diagnostic problem : d.problems()) {
        err.println(problem);
      }
      err.println(file + ": " + d.actors().size() + " actors, " + d.roleCount()
          + " dated roles, " + d.agents().size() + " agents imported, " + d.problems().size()
          + " lines skipped or warned");
      imported.addAll(d.entries());
    }
    return Lazy.of(() -> Pipeline.withKnowledgeBase(KnowledgeBase.standardWith(imported)));
  }
}
