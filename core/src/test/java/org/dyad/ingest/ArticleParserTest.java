package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

  private final ArticleParser parser = ArticleParser.standard();

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(s -> s.of(a.text())).toList();
  }

  /** The article of a text file with these lines. */
  private Article parse(String... lines) {
    return parser.parse("a", "a.txt", String.join("\n", lines) + "\n").value().orElseThrow();
  }

  @Test
  void dateHeaderRunningIntoTheFirstSentence() {
    String text = " date 2021-05-16 Ali Akbar Velyati made the remarks in a phone call.\n\n"
        + "He said more.\n";
    Article a = parser.parse("a1", "a1.txt", text).value().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 16), a.published());
    assertEquals(Article.DateOrigin.HEADER, a.publishedFrom());
    assertEquals(List.of("Ali Akbar Velyati made the remarks in a phone call.", "He said more."),
        paragraphs(a));
  }

  @Test
  void headlineDatelineAndBoilerplateAreNotBody() {
    Article a = parse(
        "Publish Date : 3 March 2022 - 08:40",
        "Ministers meet in Ankara",
        "",
        "ANKARA (Newsdesk) -- The Turkish foreign minister met his Russian counterpart on Monday.",
        "",
        "Subscribe to our newsletter",
        "News ID: 12345",
        "Related articles:",
        "Iran condemns attack on embassy",
        "Egypt threatens action over deployment",
        "",
        "The two sides agreed to meet again.",
        "Your email address will not be published. Required fields are marked *",
        "1,204 views");
    assertEquals(LocalDate.of(2022, 3, 3), a.published());
    assertEquals("Ministers meet in Ankara", a.headline());
    assertEquals("ANKARA", a.dateline());
    assertEquals(List.of("The Turkish foreign minister met his Russian counterpart on Monday.",
        "The two sides agreed to meet again."), paragraphs(a));
  }

  @Test
  void aDatelineWithAFullDateDatesThePageWhenNothingElseDoes() {
    Article a = parse("Ministers meet in Paris",
        "",
        "Paris, 12 March 2024 - The French foreign minister met his German counterpart.");
    assertEquals(LocalDate.of(2024, 3, 12), a.published());
    assertEquals(Article.DateOrigin.DATELINE, a.publishedFrom());
    assertEquals("Paris", a.dateline());
    assertEquals(List.of("The French foreign minister met his German counterpart."),
        paragraphs(a));
    Article us = parse("WASHINGTON, March 12, 2024 -- The Secretary met the minister.");
    assertEquals(LocalDate.of(2024, 3, 12), us.published());
    assertEquals("WASHINGTON", us.dateline());
    // A header date wins; a dateline without a year dates nothing.
    Article headed = parse("date 2024-03-14", "Paris, 12 March 2024 - The minister met him.");
    assertEquals(LocalDate.of(2024, 3, 14), headed.published());
    assertEquals(Article.DateOrigin.HEADER, headed.publishedFrom());
    Article noYear = parse("GAZA CITY, May 16 (Reuters) - Israeli jets struck the city.");
    assertEquals(null, noYear.published());
    assertEquals("GAZA CITY", noYear.dateline());
  }

  @Test
  void codableTextKeepsOffsetsAndBlanksTheRest() {
    String text = "Tuesday, October 10, 2023\nLeave a comment\nIran condemned the raid.\n";
    Article a = parser.parse("a3", "a3.txt", text).value().orElseThrow();
    String codable = a.codableText();
    assertEquals(text.length(), codable.length());
    int at = text.indexOf("Iran");
    assertEquals("Iran condemned the raid.", codable.substring(at, at + 24));
    assertTrue(codable.substring(0, at).isBlank());
  }

  @Test
  void photoCaptionsAreNotBody() {
    // Team-written page: a caption under its picture, its enlarged copy, a dated caption
    // with place and date after a comma (one with a stray comma after its date), an archive
    // photo, and the story.
    Article a = parse(
        "date 2022-05-04",
        "Border clashes",
        "",
        "Soldiers patrol a road near the border after an overnight clash, May 3, 2022.",
        "Soldiers patrol a road near the border after an overnight clash, May 3, 2022.",
        "Residents gather at a market that was shelled last week in the northern town of Arid.",
        "Residents gather at a market that was shelled last week in the northern town of Arid.",
        "FILE - The president greets troops at a base in the north of the country.",
        "\u2022 Villagers flee along a road in the border province, Tuesday, May 3, 2022.",
        "\u2022 Hundreds of villagers stage a peaceful sit-in overnight after a large march in"
            + " support of the talks, in the main square of the capital, May 2, 2022,",
        "Troops of the two countries clashed at the border on Tuesday.",
        "The defence minister said the accord was signed on May 3, 2022.");
    assertEquals(List.of("Troops of the two countries clashed at the border on Tuesday.",
        "The defence minister said the accord was signed on May 3, 2022."), paragraphs(a));
  }

  @Test
  void aShortRefrainRepeatedIsStillProse() {
    String text = "date 2022-05-04\nThe crowd chanted slogans.\nThe crowd chanted slogans.\n";
    Article a = parser.parse("c2", "c2.txt", text).value().orElseThrow();
    assertEquals(List.of("The crowd chanted slogans.", "The crowd chanted slogans."),
        paragraphs(a));
  }

  @Test
  void missingDateIsAllowedAndReported() {
    Result<Article> r = parser.parse("a4", "a4.txt", "Iran condemned the raid.\n");
    assertEquals(Article.DateOrigin.NONE, r.value().orElseThrow().publishedFrom());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("no publication")));
  }

  @Test
  void aProseParagraphMentioningCommentsIsKept() {
    String text = "2020-01-03\nThe minister refused to comment on the report, saying the"
        + " government would leave a comment for later and that officials were studying the"
        + " details of the proposal carefully before any decision on the matter.\n";
    Article a = parser.parse("a5", "a5.txt", text).value().orElseThrow();
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void ambiguousNumericDateIsWarned() {
    Result<Article> r = parser.parse("a6", "a6.txt", "12/05/2021\nIran condemned the raid.\n");
    assertEquals(LocalDate.of(2021, 5, 12), r.value().orElseThrow().published());
    assertTrue(r.diagnostics().stream()
        .anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
            && d.message().contains("day first")));
  }

  @Test
  void onlyBoilerplateLeavesNothingToCode() {
    Result<Article> r = parser.parse("a7", "a7.txt", "Subscribe\nShare this article\n");
    assertFalse(r.isSkipped());
    assertTrue(r.value().orElseThrow().paragraphs().isEmpty());
  }

  @Test
  void anOutletsNoticeAboutItselfIsNotBodyHoweverLong() {
    Article a = parse(
        "Harbor Radio Service",
        "",
        "The port authority closed the harbor on Monday.",
        "",
        "The Harbor Radio Service provides news and information in more than 20 languages to an"
            + " estimated weekly audience of over 40 million listeners across three continents."
            + " Stories with the HRS Desk byline are written by several of our reporters and may"
            + " draw on wire service reports.");
    assertEquals(List.of("The port authority closed the harbor on Monday."), paragraphs(a));
  }
}
