package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.ingest.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/** The pipeline tells a watch each stage of one article and how far the parse has come. */
class WatchTest {

  @Test
  void thePipelinePassesTheAnnotatorsParseProgressToTheWatch() {
    String text = "Iran criticized Israel.";
    Sentence s = new Sentence(0, 0, text.length(), text, List.of(
        new Token(0, "Iran", "Iran", "NNP", "LOCATION", 0, 4),
        new Token(1, "criticized", "criticize", "VBD", "O", 5, 15),
        new Token(2, "Israel", "Israel", "NNP", "LOCATION", 16, 22),
        new Token(3, ".", ".", ".", "O", 22, 23)), List.of(), List.of());
    Annotator fake = new Annotator() {
      @Override
      public List<Sentence> annotate(String t, LocalDate date) {
        return List.of(s);
      }

      @Override
      public List<Sentence> annotate(String t, LocalDate date, Planner planner) {
        Set<Integer> parse = planner.parse(List.of(s));
        planner.parsed(parse.size(), parse.size());
        planner.dates(List.of(s));
        return List.of(s);
      }
    };
    List<String> heard = new ArrayList<>();
    Pipeline.withAnnotator(fake).code(Article.ofText("w", "w.txt", text, LocalDate.of(2024, 3,
        6)), new Pipeline.Timings(), (stage, done, of) -> heard.add(stage + " " + done + "/" + of));
    assertEquals(List.of("tagging 0/0", "parsing 0/1", "parsing 1/1"), heard);
  }
}
