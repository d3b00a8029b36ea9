package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class RepublicationTest {

  private static final LocalDate PAGE = LocalDate.of(2024, 9, 18);

  /**
   * A sentence of the given words, the words marked with a trailing {@code @} tagged DATE by
   * NER, and the given timexes.
   */
  private static Sentence sentence(String words, Timex... timexes) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : words.split(" ")) {
      boolean date = w.endsWith("@");
      String word = date ? w.substring(0, w.length() - 1) : w;
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(java.util.Locale.ROOT), "NN",
          date ? "DATE" : "O", begin, text.length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(),
        List.of(timexes));
  }

  /** "Zarif wrote on March 3 , 2021 ." with its date. */
  private static final Sentence LEAD = sentence("Zarif wrote on March@ 3@ ,@ 2021@ .",
      new Timex("DATE", "2021-03-03", 3, 6));

  @Test
  void aPageWhoseTextTellsOfYearsBeforeItIsARepublication() {
    Sentence thisYear = sentence("this@ year@ 's commemoration", new Timex("DATE", "2024", 0, 1));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 3)),
        Republication.storyDate(List.of(LEAD, thisYear), PAGE),
        "'this year' that SUTime reads against the page is no written year");
  }

  @Test
  void aYearWrittenNearThePageDateMakesItTodaysNews() {
    Sentence recent = sentence("in 2023@", new Timex("DATE", "2023", 1, 1));
    assertEquals(Optional.empty(), Republication.storyDate(List.of(LEAD, recent), PAGE));
  }

  @Test
  void anOldDateOutsideTheLeadIsARecalledDate() {
    Sentence other = sentence("Zarif spoke .");
    assertEquals(Optional.empty(), Republication.storyDate(
        List.of(other, other, other, LEAD), PAGE));
  }

  @Test
  void aDateWithinAYearOfThePageIsNoRepublication() {
    Sentence lead = sentence("on March@ 3@ ,@ 2024@", new Timex("DATE", "2024-03-03", 1, 4));
    assertEquals(Optional.empty(), Republication.storyDate(List.of(lead), PAGE));
    assertEquals(Optional.empty(), Republication.storyDate(List.of(LEAD), null));
  }
}
