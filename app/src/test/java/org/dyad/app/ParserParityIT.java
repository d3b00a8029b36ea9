package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.Article;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Dyad's parse ({@code edu.stanford.nlp.parser.nndep.SharedScores}, the enhanced++ graph alone)
 * gives every sentence of every corpus the tests have ({@link TestCorpora}) the same tokens,
 * dependencies and dates as CoreNLP's own {@code depparse} annotator ({@link
 * CoreNlpAnnotator#reference()}): it is faster, never different.
 */
class ParserParityIT {

  @Test
  void dyadsParseIsCoreNlpsParse() throws IOException {
    TestCorpora corpora = TestCorpora.read();
    CoreNlpAnnotator dyad = new CoreNlpAnnotator();
    assertEquals(java.util.Optional.empty(), dyad.sharedScoresRefused(),
        "the parser kept CoreNLP's scoring: see SharedScores.install");
    CoreNlpAnnotator reference = CoreNlpAnnotator.reference();
    int sentences = 0;
    int dependencies = 0;
    List<String> differences = new ArrayList<>();
    for (Article a : corpora.articles()) {
      List<Sentence> expected = reference.annotate(a.codableText(), a.published());
      List<Sentence> actual = dyad.annotate(a.codableText(), a.published());
      assertEquals(expected.size(), actual.size(), a.id() + ": sentences");
      for (int i = 0; i < expected.size(); i++) {
        sentences++;
        dependencies += expected.get(i).dependencies().size();
        if (!expected.get(i).equals(actual.get(i))) {
          differences.add(a.id() + " sentence " + i + ": " + expected.get(i).text()
              + "\n  CoreNLP: " + expected.get(i).dependencies()
              + "\n  Dyad:    " + actual.get(i).dependencies());
        }
      }
    }
    System.out.printf("parser parity: %d articles, %d sentences, %d dependencies%n",
        corpora.articles().size(), sentences, dependencies);
    assertTrue(sentences >= (corpora.shared() ? 1200 : 150), "only " + sentences + " sentences");
    assertTrue(differences.isEmpty(), differences.size() + " sentences parsed differently,"
        + " first: " + differences.subList(0, Math.min(3, differences.size())));
  }
}
