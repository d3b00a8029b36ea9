package org.dyad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;
import org.junit.jupiter.api.Test;

class OutletTest {

  private static Article article(String text, int bodyFrom, String url, String publisher) {
    return new Article("x", "dir/x.txt", text, null, Article.DateOrigin.NONE, "", "", url,
        publisher, List.of(new Span(bodyFrom, text.length())), List.of());
  }

  @Test
  void publisherThenHostThenDatelineAgencyThenSource() {
    String text = "KYIV (Eastwire) - Russian forces shelled Kharkiv.";
    assertEquals("the daily", Outlet.of(article(text, 0, "https://www.example.org/a",
        "The  Daily")));
    assertEquals("example.org", Outlet.of(article(text, 0, "https://www.example.org/a", "")));
    assertEquals("eastwire", Outlet.of(article(text, 0, "", "")));
    assertEquals("reuters", Outlet.of(article("GAZA CITY, May 16 (Reuters) - Talks began.", 0,
        "", "")));
    assertEquals("source:dir/x.txt", Outlet.of(article("Russian forces shelled Kharkiv.", 0,
        "not a url", "")));
  }

  @Test
  void theContentHashIgnoresCaseSpacingAndTypography() {
    Article a = article("Iran’s  minister — said \"yes\".", 0, "", "");
    Article b = article("iran's minister - said “yes”.", 0, "", "");
    assertEquals(ContentHash.of(a), ContentHash.of(b));
  }
}
