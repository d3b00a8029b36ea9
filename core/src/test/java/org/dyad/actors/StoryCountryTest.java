package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The country a story is about, from what its sentences name (tokens only; no CoreNLP). */
class StoryCountryTest {

  private static KnowledgeBase kb;
  private static MentionFinder finder;
  private static StoryCountry story;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.standard();
    finder = MentionFinder.standard(kb);
    story = new StoryCountry(kb);
  }

  /** Sentences of capitalised-as-written words, tagged NNP when capitalised, else NN. */
  private static Optional<String> storyOf(String dateline, String... texts) {
    List<Sentence> sentences = new ArrayList<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      int at = 0;
      for (String w : text.split(" ")) {
        String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
        tokens.add(new Token(tokens.size(), w, w.toLowerCase(java.util.Locale.ROOT), pos, "O",
            at, at + w.length()));
        at += w.length() + 1;
      }
      Sentence s = new Sentence(sentences.size(), 0, text.length(), text, tokens, List.of(),
          List.of());
      sentences.add(s);
      mentions.add(finder.find(s));
    }
    return story.of(sentences, mentions, dateline);
  }

  @Test
  void theCountryNamedMostIsTheStorys() {
    assertEquals(Optional.of("MDV"), storyOf("", "Police arrested 193 people in the Maldives",
        "The United States urged calm", "Maldivian officials denied abuses"));
  }

  @Test
  void whereThingsHappenOutweighsWhoSpeaks() {
    // "the events in Burkina Faso" votes twice; the United States once.
    assertEquals(Optional.of("BFA"), storyOf("", "The United States is concerned about events"
        + " in Burkina Faso"));
  }

  @Test
  void theDatelineVotesAndNothingNamedGivesNone() {
    assertEquals(Optional.of("KEN"), storyOf("NAIROBI", "Police fired tear gas at protesters"));
    assertEquals(Optional.empty(), storyOf("", "Police fired tear gas at protesters"));
  }
}
