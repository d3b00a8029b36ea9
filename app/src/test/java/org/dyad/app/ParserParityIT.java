package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
  void dyadsParseIsCoreNlpsParse() throws IOException, ReflectiveOperationException {
    TestCorpora corpora = TestCorpora.read();
    CoreNlpAnnotator dyad = new CoreNlpAnnotator();
    assertEquals(java.util.Optional.empty(), dyad.sharedScoresRefused(),
        "the parser kept CoreNLP's scoring: see SharedScores.install");
    CoreNlpAnnotator reference = CoreNlpAnnotator.reference();
    // The reference's depparse annotator takes CoreNLP's cached parser: Dyad's scoring must
    // not have been put into that one, or this test would compare Dyad's parse with itself.
    DependencyParser cached = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
        new Properties());
    Field classifier = DependencyParser.class.getDeclaredField("classifier");
    classifier.setAccessible(true);
    assertEquals(Classifier.class, classifier.get(cached).getClass(),
        "CoreNLP's cached parser scores with Dyad's classifier");
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
