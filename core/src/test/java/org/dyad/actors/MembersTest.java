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

/** A group's country from the members it names (tokens only; no CoreNLP). Invented texts. */
class MembersTest {

  private static KnowledgeBase kb;
  private static MentionFinder finder;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.standard();
    finder = MentionFinder.standard(kb);
  }

  /** The members' country of the group noun {@code head} in a text tagged "w/POS ...". */
  private static Optional<String> countryOf(String tagged, String head) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int headIndex = -1;
    for (String wp : tagged.split(" ")) {
      int slash = wp.lastIndexOf('/');
      String w = wp.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      if (w.equals(head)) {
        headIndex = tokens.size();
      }
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), wp.substring(slash + 1),
          "O", text.length(), text.length() + w.length()));
      text.append(w);
    }
    Sentence s = new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(),
        List.of());
    return Members.countryOf(kb, s, finder.find(s), headIndex);
  }

  @Test
  void aGroupIsOfTheCountryOfTheMembersItNames() {
    assertEquals(Optional.of("RUS"), countryOf("sanctions/NNS against/IN eleven/CD people/NNS"
        + " ,/, including/VBG seven/CD Russians/NNPS", "people"));
    assertEquals(Optional.of("SOM"), countryOf("deported/VBD forty/CD people/NNS ,/, among/IN"
        + " them/PRP six/CD Somalis/NNPS", "people"));
  }

  @Test
  void membersNamedFarOffOrAfterASingleNounPlaceNoGroup() {
    assertEquals(Optional.empty(), countryOf("eleven/CD people/NNS ,/, including/VBG many/JJ"
        + " women/NNS and/CC seven/CD Russians/NNPS", "people"));
    assertEquals(Optional.empty(), countryOf("the/DT delegation/NN ,/, including/VBG two/CD"
        + " Russians/NNPS", "delegation"));
    assertEquals(Optional.empty(), countryOf("eleven/CD people/NNS in/IN Russia/NNP",
        "people"));
  }
}
