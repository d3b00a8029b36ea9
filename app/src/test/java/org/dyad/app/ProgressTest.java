package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.dyad.Watch;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;

/** Progress within one long article, beside a bar that counts articles. */
class ProgressTest {

  private static Article article(String id, int chars) {
    return Article.ofText(id, id + ".txt", "Iran criticized Israel. ".repeat(chars / 24 + 1),
        LocalDate.of(2024, 3, 6));
  }

  @Test
  void aLongArticleShowsItsStageAndParsedSentencesUntilItIsDone() {
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    try (Progress progress = new Progress(err, OptionalLong.of(2))) {
      Watch watch = progress.watch(article("big", Progress.LONG_ARTICLE));
      watch.progress("tagging", 0, 0);
      assertEquals("big: tagging", progress.besideTheBar());
      watch.progress("parsing", 640, 2000);
      assertEquals("big: parsing 640/2000 sentences (32%)", progress.besideTheBar());
      progress.step();
      assertEquals("", progress.besideTheBar());
    }
  }

  @Test
  void aShortArticleIsNotWatched() {
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    try (Progress progress = new Progress(err, OptionalLong.of(1))) {
      assertSame(Watch.NONE, progress.watch(article("small", 2000)));
    }
  }
}
