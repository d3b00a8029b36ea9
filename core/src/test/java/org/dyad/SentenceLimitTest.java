package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.ingest.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * A sentence over {@link SentenceLimit#MAX_TOKENS} tokens is neither parsed nor dated, and
 * the article's diagnostics say so once, with the count and where the longest one is. Without
 * CoreNLP: a fake annotator hands the planner hand-tagged sentences.
 */
class SentenceLimitTest {

  /** "Iran criticized Israel" then {@code padding} times "again", then a full stop. */
  private static Sentence sentence(int index, int from, int padding) {
    List<Token> tokens = new ArrayList<>();
    String[][] head = {{"Iran", "Iran", "NNP", "LOCATION"}, {"criticized", "criticize", "VBD",
        "O"}, {"Israel", "Israel", "NNP", "LOCATION"}};
    StringBuilder text = new StringBuilder();
    for (String[] t : head) {
      tokens.add(new Token(tokens.size(), t[0], t[1], t[2], t[3], from + text.length(),
          from + text.length() + t[0].length()));
      text.append(t[0]).append(' ');
    }
    for (int i = 0; i < padding; i++) {
      tokens.add(new Token(tokens.size(), "again", "again", "RB", "O", from + text.length(),
          from + text.length() + 5));
      text.append("again ");
    }
    tokens.add(new Token(tokens.size(), ".", ".", ".", "O", from + text.length() - 1,
        from + text.length()));
    text.setCharAt(text.length() - 1, '.');
    return new Sentence(index, from, from + text.length(), text.toString(), tokens, List.of(),
        List.of());
  }

  private static Sentence parsed(Sentence s) {
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), List.of(
        new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
        new Dependency("obj", 1, 2)), List.of());
  }

  @Test
  void aSentenceOverTheLimitIsReportedAndNeitherParsedNorDated() {
    Sentence shortOne = sentence(0, 0, 2);
    Sentence longOne = sentence(1, shortOne.end() + 1, SentenceLimit.MAX_TOKENS);
    String text = shortOne.text() + " " + longOne.text();
    List<Sentence> tagged = List.of(shortOne, longOne);
    List<Set<Integer>> chosen = new ArrayList<>();
    Annotator fake = new Annotator() {
      @Override
      public List<Sentence> annotate(String t, LocalDate date) {
        return tagged.stream().map(SentenceLimitTest::parsed).toList();
      }

      @Override
      public List<Sentence> annotate(String t, LocalDate date, Planner planner) {
        Set<Integer> parse = planner.parse(tagged);
        chosen.add(parse);
        List<Sentence> out = tagged.stream()
            .map(s -> parse.contains(s.index()) ? parsed(s) : s).toList();
        chosen.add(planner.dates(out));
        return out;
      }
    };
    Article article = Article.ofText("long", "long.txt", text, LocalDate.of(2024, 3, 6));
    Pipeline.Coded coded = Pipeline.withAnnotator(fake).code(article);

    assertEquals(Set.of(0), chosen.get(0), "the long sentence must not be parsed");
    assertTrue(!chosen.get(1).contains(1), "the long sentence must not be dated");
    assertEquals(1, coded.events().size(), coded.events().toString());
    List<Diagnostic> warnings = coded.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    assertEquals(1, warnings.size(), coded.diagnostics().toString());
    String message = warnings.get(0).message();
    assertTrue(message.contains("1 sentence is longer than " + SentenceLimit.MAX_TOKENS
        + " tokens and not coded"), message);
    assertTrue(message.contains("sentence 2 at character " + longOne.begin() + ", has "
        + longOne.tokens().size() + " tokens"), message);
  }
}
