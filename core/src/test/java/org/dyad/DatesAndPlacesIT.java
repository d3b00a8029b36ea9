package org.dyad;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.events.Event;
import org.dyad.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Dates and places read from real parses of the sentences in {@code golden/dates.tsv} and
 * {@code golden/places.tsv}: each sentence is an article of its own published Thursday
 * 2023-06-01. All mismatches are reported in one failure.
 */
class DatesAndPlacesIT {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 1);

  @Test
  void eventsAreDatedFromTheirOwnWords() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String[] row : rows("/golden/dates.tsv", 4)) {
      List<Event> events = code(row[3]);
      // A date written first..last checks the period's days ("early last month"), not its value.
      String got = events.isEmpty() ? "no event" : row[0].contains("..")
          ? events.get(0).date().date() + ".." + events.get(0).date().last() + " "
          + describeDate(events.get(0)).substring(events.get(0).date().value().length() + 1)
          : describeDate(events.get(0));
      String want = row[0] + " " + row[1] + " " + row[2];
      if (!got.equals(want)) {
        failures.add(row[3] + "\n    expected " + want + ", got " + got);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " sentences dated wrongly:\n" + String.join("\n", failures));
    }
  }

  @Test
  void eventsArePlacedFromTheirOwnWords() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String[] row : rows("/golden/places.tsv", 3)) {
      List<Event> events = code(row[2]);
      String got = events.isEmpty() ? "no event" : events.get(0).location() == null ? "- -"
          : events.get(0).location().name() + " " + events.get(0).location().country();
      String want = row[0] + " " + row[1];
      if (!events.isEmpty() && events.get(0).location() != null
          && (events.get(0).location().lat() == null || events.get(0).location().lon() == null)) {
        got = got + " without coordinates";
      }
      if (!got.equals(want)) {
        failures.add(row[2] + "\n    expected " + want + ", got " + got);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " sentences placed wrongly:\n" + String.join("\n", failures));
    }
  }

  private static String describeDate(Event e) {
    return e.date().value() + " " + e.date().precision().name().toLowerCase(java.util.Locale.ROOT)
        + " " + e.date().source().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Event> code(String sentence) {
    return TestPipeline.get().code(Article.ofText("t", "test", sentence, PUBLISHED)).events();
  }

  private static List<String[]> rows(String resource, int fields) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : GoldenSentencesIT.lines(resource)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] row = line.split("\t");
        if (row.length != fields) {
          throw new IOException(resource + ": needs " + fields + " fields: " + line);
        }
        out.add(row);
      }
    }
    return out;
  }
}
