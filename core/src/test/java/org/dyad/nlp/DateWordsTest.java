package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateWordsTest {

  private final DateWords words = DateWords.standard();

  @Test
  void monthsWeekdaysRelativeDaysAndNumbersAreDateWords() {
    for (String w : List.of("March", "Jan.", "Sept", "Monday", "thurs", "yesterday", "Tonight",
        "weeks", "ago", "dawn", "Christmas", "2019", "5th", "10:30", "summer")) {
      assertTrue(words.isDateWord(w), w);
    }
  }

  @Test
  void otherWordsAreNot() {
    for (String w : List.of("Iran", "criticized", "recently", "lately", "the", ".", "mayor")) {
      assertFalse(words.isDateWord(w), w);
    }
  }

  @Test
  void aSentenceWithoutOneHasNoDate() {
    assertFalse(words.anyDateWord(List.of("Iran", "criticized", "Israel", ".")));
    assertTrue(words.anyDateWord(List.of("Iran", "criticized", "Israel", "on", "Monday")));
  }
}
