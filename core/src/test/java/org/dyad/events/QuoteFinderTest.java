package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.ingest.Span;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quotes(String text) {
    return QuoteFinder.marks(text, List.of(new Span(0, text.length()))).stream()
        .map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void curlyAndStraightQuotesGiveTheWordsInside() {
    assertEquals(List.of("We will defend our land"),
        quotes("“We will defend our land,” he said."));
    assertEquals(List.of("The talks were useful and frank"),
        quotes("The minister said: \"The talks were useful and frank\""));
    assertEquals(List.of("Nobody wants this war to go on"),
        quotes("She told reporters ‘Nobody wants this war to go on’, then left."));
  }

  @Test
  void scareQuotesAndNamesAreNotQuotations() {
    assertEquals(List.of(), quotes("He denounced the so-called \"peace plan\" on Monday."));
    assertEquals(List.of(), quotes("Iran’s minister spoke of the “Zionist regime” again."));
  }

  @Test
  void apostrophesDoNotCloseASingleQuote() {
    assertEquals(List.of("Iran’s patience is not endless now"),
        quotes("He said ‘Iran’s patience is not endless now’ and left."));
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraph() {
    String text = "“We will not give up. We will fight on\nThe minister left Cairo.\n"
        + "“Our people are ready for this,” he said.";
    int first = text.indexOf('\n');
    int second = text.indexOf('\n', first + 1);
    List<Span> paragraphs = List.of(new Span(0, first), new Span(first + 1, second),
        new Span(second + 1, text.length()));
    List<String> got = QuoteFinder.marks(text, paragraphs).stream()
        .map(s -> text.substring(s.begin(), s.end())).toList();
    assertEquals(List.of("We will not give up. We will fight on",
        "Our people are ready for this"), got);
  }

  @Test
  void aQuoteAfterAShortAttributionInTheSameParagraphGoesOn() {
    String text = "“A war could start at any time,” the minister said. “That is why I called "
        + "for talks.”\n“We were never asked about it,” a farmer said.";
    List<Span> q = QuoteFinder.marks(text, List.of(new Span(0, text.length())));
    assertEquals(3, q.size());
    assertTrue(QuoteFinder.continues(text, q.get(0), q.get(1)));
    // A new paragraph may be someone else speaking.
    assertFalse(QuoteFinder.continues(text, q.get(1), q.get(2)));
    // Only the next one: a quotation does not go on back to front.
    assertFalse(QuoteFinder.continues(text, q.get(1), q.get(0)));
  }
}
