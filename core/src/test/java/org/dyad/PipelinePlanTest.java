package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Which sentences the pipeline has parsed and dated, without CoreNLP: a fake annotator hands
 * the planner hand-tagged sentences and records what it picks.
 */
class PipelinePlanTest {

  private static final String TEXT = "Iran criticized Israel on Monday. The weather was warm"
      + " on Monday. In 2019 the economy grew. He criticized the plan.";

  /** Tokens as "word/lemma/TAG/NER", found in TEXT from {@code from} on. */
  private static Sentence sentence(int index, int from, String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = from;
    for (String t : tokens) {
      String[] f = t.split("/");
      at = TEXT.indexOf(f[0], at);
      out.add(new Token(out.size(), f[0], f[1], f[2], f[3], at, at + f[0].length()));
      at += f[0].length();
    }
    int begin = out.get(0).begin();
    int end = out.get(out.size() - 1).end();
    return new Sentence(index, begin, end, TEXT.substring(begin, end), out, List.of(),
        List.of());
  }

  private static final List<Sentence> TAGGED = List.of(
      sentence(0, 0, "Iran/Iran/NNP/LOCATION", "criticized/criticize/VBD/O",
          "Israel/Israel/NNP/LOCATION", "on/on/IN/O", "Monday/Monday/NNP/O", "./././O"),
      sentence(1, 34, "The/the/DT/O", "weather/weather/NN/O", "was/be/VBD/O", "warm/warm/JJ/O",
          "on/on/IN/O", "Monday/Monday/NNP/O", "./././O"),
      sentence(2, 66, "In/in/IN/O", "2019/2019/CD/O", "the/the/DT/O", "economy/economy/NN/O",
          "grew/grow/VBD/O", "./././O"),
      sentence(3, 92, "He/he/PRP/O", "criticized/criticize/VBD/O", "the/the/DT/O",
          "plan/plan/NN/O", "./././O"));

  /** The first sentence as parsed: "Iran" the subject, "Israel" the object. */
  private static Sentence parsed(Sentence s) {
    if (s.index() != 0) {
      return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
          List.of(new Dependency("root", -1, 1)), List.of());
    }
    return new Sentence(0, s.begin(), s.end(), s.text(), s.tokens(), List.of(
        new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
        new Dependency("obj", 1, 2), new Dependency("obl:on", 1, 4),
        new Dependency("punct", 1, 5)), List.of());
  }

  @Test
  void parsesWhereAnEventOrADayMayBeAndDatesWhatItParses() {
    List<Set<Integer>> chosen = new ArrayList<>();
    Annotator fake = new Annotator() {
      @Override
      public List<Sentence> annotate(String text, LocalDate date) {
        return TAGGED.stream().map(PipelinePlanTest::parsed).toList();
      }

      @Override
      public List<Sentence> annotate(String text, LocalDate date, Planner planner) {
        Set<Integer> parse = planner.parse(TAGGED);
        chosen.add(parse);
        List<Sentence> out = TAGGED.stream()
            .map(s -> parse.contains(s.index()) ? parsed(s) : s).toList();
        chosen.add(planner.dates(out));
        return out;
      }
    };
    Pipeline pipeline = Pipeline.withAnnotator(fake);
    Article article = Article.ofText("a1", "a1.txt", TEXT, LocalDate.of(2024, 3, 6));

    Pipeline.Timings timings = new Pipeline.Timings();
    Pipeline.Coded coded = pipeline.code(article, timings);

    // 0: a pattern with two actors; 1: no pattern, but "Monday" may be the story's day; 2: no
    // actor, but a year is written; 3: no date word, and one actor ("he") for a pattern that
    // needs a target.
    assertEquals(Set.of(0, 1, 2), chosen.get(0));
    // Each parsed sentence has a date word ("Monday", "2019").
    assertEquals(Set.of(0, 1, 2), chosen.get(1));
    assertEquals(1, coded.events().size(), coded.events().toString());
    assertEquals(4, timings.sentences());
    assertEquals(3, timings.parsed());
    assertEquals(3, timings.dated());
    // Explanations see every sentence annotated in full.
    assertEquals(4, pipeline.explain(article).size());
    assertEquals(2, chosen.size());
  }
}
