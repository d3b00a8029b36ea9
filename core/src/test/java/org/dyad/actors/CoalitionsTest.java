package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The country leading an article's coalition (tokens only; no CoreNLP). Invented texts. */
class CoalitionsTest {

  private static MentionFinder finder;
  private static Coalitions coalitions;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = KnowledgeBase.standard();
    finder = MentionFinder.standard(kb);
    coalitions = new Coalitions(kb);
  }

  private static Optional<String> leaderOf(String page, String... texts) {
    List<Sentence> sentences = new ArrayList<>();
    List<List<Mention>> mentions = new ArrayList<>();
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      int at = 0;
      for (String w : text.split(" ")) {
        String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
        tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), pos, "O",
            at, at + w.length()));
        at += w.length() + 1;
      }
      Sentence s = new Sentence(sentences.size(), 0, text.length(), text, tokens, List.of(),
          List.of());
      sentences.add(s);
      mentions.add(finder.find(s));
    }
    return coalitions.leader(page, sentences, mentions);
  }

  @Test
  void anXLedCoalitionIsXs() {
    assertEquals(Optional.of("SAU"), leaderOf("", "Houthi rebels fired on the Saudi-led"
        + " coalition", "coalition jets struck a depot"));
    assertEquals(Optional.of("USA"), leaderOf("", "the U.S. - led coalition said on Monday"));
  }

  @Test
  void aGovernmentsOwnPageTellsOfItsOwnCoalition() {
    assertEquals(Optional.of("USA"), leaderOf("An official website of the United States"
        + " government\nCoalition forces struck a depot.", "Coalition forces struck a depot"));
  }

  @Test
  void aCoalitionWithNoLeaderNamedHasNone() {
    assertEquals(Optional.empty(), leaderOf("The ruling coalition lost its majority.",
        "The ruling coalition lost its majority", "Coalition forces struck a depot"));
  }
}
