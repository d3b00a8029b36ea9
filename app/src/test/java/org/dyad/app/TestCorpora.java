package org.dyad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.dyad.TestShared;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleSource;

/**
 * Every article the tests have, for the checks that two ways of annotating agree on all of
 * them: the samples, the golden articles, and from {@code ../shared} when it is there the real
 * articles of {@code corpus/dev}, {@code corpus/voa} and {@code corpus/usgov}, the sentences of
 * the PLOVER gold records and of PETRARCH2's validation suite.
 */
record TestCorpora(List<Article> articles, boolean shared) {

  private static final Path SAMPLES = Path.of("../samples/news");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/articles");

  static TestCorpora read() throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Path> dirs = new ArrayList<>(List.of(SAMPLES, GOLDEN));
    List<Optional<Path>> corpora = List.of(TestShared.optional("corpus/dev"),
        TestShared.optional("corpus/voa/articles"), TestShared.optional("corpus/usgov/articles"));
    Optional<Path> plover = TestShared.optional("testdata/plover/PLOVER_GSR_CAMEO.txt");
    Optional<Path> suite = TestShared.optional("testdata/" + PetrarchSuite.RECORDS);
    corpora.forEach(c -> c.ifPresent(dirs::add));
    List<Path> inputs = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.getFileName().toString()
                .matches("[0-9a-f]{16}\\.txt|input\\..*|[vg][0-9]+\\.txt"))
            .sorted().forEach(inputs::add);
      }
    }
    for (Result<Article> r
        : ArticleSource.readAll(inputs, ArticleSource.Options.defaults())) {
      r.value().ifPresent(articles::add);
    }
    if (plover.isPresent()) {
      for (PloverGold.Record r : PloverGold.read(plover.get())) {
        articles.add(Article.ofText(r.id(), "PLOVER_GSR_CAMEO.txt", r.text(), PloverGold.DATE));
      }
    }
    if (suite.isPresent()) {
      List<Diagnostic> problems = new ArrayList<>();
      for (PetrarchSuite.Record r : PetrarchSuite.read(suite.get(), problems)) {
        articles.add(Article.ofText(r.id(), "PETR.UnitTest.records.xml", r.text(), r.date()));
      }
    }
    boolean shared = corpora.stream().allMatch(Optional::isPresent) && plover.isPresent()
        && suite.isPresent();
    return new TestCorpora(List.copyOf(articles), shared);
  }
}
