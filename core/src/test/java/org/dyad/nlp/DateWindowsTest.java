package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.DateWindows.Window;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

  private final DateWindows windows = DateWindows.standard();

  /** Hand-built tokens of a sentence written with spaces between its tokens. */
  private static List<Token> tokens(String sentence) {
    List<String> wordTags = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      wordTags.add(w + "/NN");
    }
    return HandTokens.of(wordTags.toArray(String[]::new));
  }

  @Test
  void aDateWordGetsFourTokensOfContextEachSide() {
    // "early Saturday" is tokens 8 and 9: SUTime reads "would", three tokens after it, to
    // resolve "Saturday" to the one after the page date.
    assertEquals(List.of(new Window(4, 13)), windows.windows(tokens(
        "North Korea 's foreign ministry warned on the early Saturday that it would take"
            + " stronger measures if the drills continued .")));
  }

  @Test
  void windowsEndAtTheSentence() {
    assertEquals(List.of(new Window(0, 4)), windows.windows(tokens("Yesterday , he said .")));
  }

  @Test
  void aSentenceWithoutAnchorsHasNoWindow() {
    assertEquals(List.of(), windows.windows(tokens(
        "Iran criticized Israel over its raids , the ministry said .")));
  }

  @Test
  void numbersAndModifiersNextToADateWordGrowTheWindow() {
    // "past two hundred days" (tokens 5 to 8) is one core; four tokens each side.
    assertEquals(List.of(new Window(1, 12)), windows.windows(tokens(
        "Officials said that over the past two hundred days the army had advanced steadily"
            + " across the whole region .")));
  }

  @Test
  void aWindowNeverEndsInsideANumber() {
    // Four tokens after "Monday" is "two": the window takes "hundred thousand" as well.
    assertEquals(List.of(new Window(0, 7)), windows.windows(tokens(
        "On Monday police said that two hundred thousand people marched peacefully through the"
            + " old city centre .")));
  }

  @Test
  void vagueTimesAreAnchorsOfTheirOwn() {
    assertEquals(List.of(new Window(0, 5), new Window(11, 19)), windows.windows(tokens(
        "On Monday the minister said the talks with the rebel groups in the north had"
            + " recently broken down again .")));
  }

  @Test
  void overlappingAndTouchingWindowsMerge() {
    assertEquals(List.of(new Window(0, 15)), windows.windows(tokens(
        "From Monday to Friday the envoys met in Geneva and on Sunday they flew home to"
            + " report .")));
    // Windows 0..5 and 6..14 touch: one window, so no rule is cut between them.
    assertEquals(List.of(new Window(0, 14)), windows.windows(tokens(
        "On Monday a b c d e f g h Friday , he said .")));
    assertEquals(List.of(new Window(0, 5), new Window(7, 15)), windows.windows(tokens(
        "On Monday a b c d e f g h i Friday , he said .")));
  }

  @Test
  void pluralsAbbreviationsAndHyphenatedWordsAreAnchors() {
    assertEquals(List.of(new Window(0, 8)), windows.windows(tokens(
        "a b c d Mondays x y z q r s t u v")));
    assertEquals(List.of(new Window(5, 13)), windows.windows(tokens(
        "a b c d e f g h i three-months x y z q r s t")));
    assertEquals(List.of(new Window(0, 5)), windows.windows(tokens("Jan. 5 , a b c d e f g")));
  }
}
