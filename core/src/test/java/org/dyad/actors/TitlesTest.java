package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles written with names, and definite titles that refer back (tokens only; no CoreNLP). */
class TitlesTest {

  private static MentionFinder finder;

  @BeforeAll
  static void load() {
    finder = MentionFinder.standard(KnowledgeBase.standard());
  }

  /**
   * A sentence of space-separated words: NNP when capitalised, NN otherwise, except the words
   * given as {@code word/POS}; a word written {@code word/POS/PERSON} is tagged a person.
   */
  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder written = new StringBuilder();
    for (String w : text.split(" ")) {
      String[] parts = w.split("/");
      String word = parts[0];
      String pos = parts.length > 1 ? parts[1]
          : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      String ner = parts.length > 2 ? parts[2] : "O";
      if (written.length() > 0) {
        written.append(' ');
      }
      int begin = written.length();
      written.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), pos, ner, begin,
          written.length()));
    }
    return new Sentence(0, 0, written.length(), written.toString(), tokens, List.of(),
        List.of());
  }

  private static Optional<String> titleOf(String text, int first, int last) {
    Sentence s = sentence(text);
    return Titles.of(s, first, last, finder.find(s)).stream().findFirst();
  }

  private static Optional<String> definite(String text, int head) {
    Sentence s = sentence(text);
    return Titles.definite(s, head, finder.find(s));
  }

  @Test
  void theTitleBeforeANameLeavesItsCountryOut() {
    assertEquals(Optional.of("foreign minister"),
        titleOf("Yesterday/NN/DATE Secretary Kerry/NNP/PERSON called/VBD Iraqi/JJ Foreign"
            + " Minister Zebari/NNP/PERSON", 6, 6));
    assertEquals(Optional.of("secretary"),
        titleOf("Yesterday/NN/DATE Secretary Kerry/NNP/PERSON called/VBD", 2, 2));
    assertEquals(Optional.of("secretary of state"),
        titleOf("Secretary of/IN State Antony/NNP/PERSON Blinken/NNP/PERSON spoke/VBD", 3, 4));
  }

  @Test
  void anHonorificBeforeTheNameLeavesTheOfficeBeforeIt() {
    Sentence s = sentence("Saudi Foreign Minister Prince Faisal/NNP/PERSON arrived/VBD");
    assertEquals(List.of("foreign minister prince", "foreign minister"),
        Titles.of(s, 4, 4, finder.find(s)));
  }

  @Test
  void aDefiniteAppositionBeforeTheNameIsItsTitle() {
    Sentence s = sentence("with/IN the/DT Foreign Minister of/IN the/DT Kingdom of/IN Saudi"
        + " Arabia ,/, Prince Faisal/NNP/PERSON ./.");
    assertEquals(List.of("prince", "foreign minister"), Titles.of(s, 12, 12, finder.find(s)));
  }

  @Test
  void aDefiniteAppositionAfterANameIsItsTitle() {
    assertEquals(Optional.of("foreign minister"), titleOf("Zebari/NNP/PERSON ,/, Iraq 's/POS"
        + " foreign minister ,/, arrived/VBD", 0, 0));
    assertEquals(Optional.of("envoy"), titleOf("talks/NNS with/IN Smith/NNP/PERSON ,/, the/DT"
        + " envoy ./.", 2, 2));
    assertEquals(Optional.empty(), titleOf("Smith/NNP/PERSON ,/, who/WP arrived/VBD", 0, 0));
    assertEquals(Optional.empty(), titleOf("Smith/NNP/PERSON ,/, a/DT diplomat ,/, arrived/VBD",
        0, 0));
  }

  @Test
  void aDefiniteTitleWithNoCountryOfItsOwnRefersBack() {
    assertEquals(Optional.of("secretary"), definite("The/DT Secretary thanked/VBD the/DT"
        + " Foreign Minister", 1));
    assertEquals(Optional.of("foreign minister"), definite("The/DT Secretary thanked/VBD"
        + " the/DT Foreign Minister", 5));
    assertEquals(Optional.of("foreign minister"), definite("The/DT Secretary and/CC Foreign"
        + " Minister discussed/VBD Syria", 4));
    assertEquals(Optional.empty(), definite("the/DT Iranian/JJ foreign minister said/VBD", 3));
    assertEquals(Optional.empty(), definite("the/DT President of/IN Iraq said/VBD", 1));
    assertEquals(Optional.empty(), definite("the/DT Ministers/NNPS said/VBD", 1));
    assertEquals(Optional.empty(), definite("a/DT Secretary said/VBD", 1));
    assertEquals(Optional.empty(), definite("He/PRP criticized/VBD the/DT plan ./.", 3));
  }

  @Test
  void aBareTitleIsTheSameOfficeWithoutItsPortfolioButNotItsRank() {
    assertTrue(Titles.refersTo("minister", "foreign minister"));
    assertTrue(Titles.refersTo("secretary", "secretary of state"));
    assertTrue(Titles.refersTo("prime minister", "prime minister"));
    assertFalse(Titles.refersTo("president", "vice president"));
    assertFalse(Titles.refersTo("minister", "prime minister"));
    assertFalse(Titles.refersTo("foreign minister", "prime minister"));
    assertFalse(Titles.refersTo("secretary of the treasury", "secretary of state"));
  }
}
