package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.events.Event;
import org.dyad.events.Quote;
import org.dyad.ingest.Article;
import org.dyad.ingest.ArticleParser;
import org.junit.jupiter.api.Test;

/** Direct quotations with their speakers, and attribution of what is reported. */
class QuotesIT {

  private static Pipeline.Coded code(String text) {
    Article a = ArticleParser.standard().parse("q", "quotes", text).value().orElseThrow()
        .withPublished(LocalDate.of(2023, 6, 1));
    return TestPipeline.get().code(a);
  }

  @Test
  void aQuoteIsAttributedToTheSpeakerAfterIt() {
    Pipeline.Coded c = code("“We will respond to any attack on our soil,” Iran's foreign"
        + " minister said on Monday.\n");
    assertEquals(1, c.quotes().size(), c.quotes().toString());
    Quote q = c.quotes().get(0);
    assertEquals("We will respond to any attack on our soil", q.text());
    assertNotNull(q.speaker(), q.toString());
    assertEquals("IRNGOV", q.speaker().code());
    assertEquals(q.text(), c.article().text().substring(q.begin(), q.end()));
  }

  @Test
  void aQuoteOverSentencesTakesItsSpeakerFromAPronoun() {
    Pipeline.Coded c = code("Ali Akbar Velayati arrived in Beirut on Sunday.\n"
        + "“Iran stands with the people of Lebanon. We will never accept this aggression,”"
        + " he said.\n");
    assertEquals(1, c.quotes().size(), c.quotes().toString());
    Quote q = c.quotes().get(0);
    assertNotNull(q.speaker(), q.toString());
    assertEquals("ali-akbar-velayati", q.speaker().id());
  }

  @Test
  void eventsInsideAQuoteCarryItsSpeaker() {
    Pipeline.Coded c = code("Jordan's foreign minister Ayman Safadi spoke to reporters in"
        + " Amman. He said: “Israel attacked Syria last night. Russia condemned Israel at"
        + " once.”\n");
    List<Event> condemned = c.events().stream()
        .filter(e -> e.code().value().startsWith("11")).toList();
    assertEquals(1, condemned.size(), c.events().toString());
    // "He" is the minister named in the sentence before: the quote's speaker, by name.
    assertEquals("Ayman Safadi", condemned.get(0).evidence().speaker(),
        condemned.get(0).toString());
    assertEquals("RUS", condemned.get(0).source().code());
  }

  @Test
  void scareQuotesAreNotQuotations() {
    Pipeline.Coded c = code("Iran condemned the “Zionist regime” on Sunday.\n");
    assertTrue(c.quotes().isEmpty(), c.quotes().toString());
  }

  @Test
  void accordingToNamesTheSourceOfAReport() {
    Pipeline.Coded c = code("Israel attacked Syria overnight, according to Jordan.\n");
    List<Event> attacks = c.events().stream()
        .filter(e -> e.code().value().startsWith("19")).toList();
    assertEquals(1, attacks.size(), c.events().toString());
    assertEquals("Jordan", attacks.get(0).evidence().speaker());
    assertEquals("ISR", attacks.get(0).source().code());
  }
}
