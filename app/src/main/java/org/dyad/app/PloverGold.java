package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.Pipeline;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.ingest.Article;

/**
 * The PLOVER gold-standard records (the CAMEO manual's example sentences, coded by the Open
 * Event Data Alliance) and Dyad's agreement with them, coded with Dyad's own knowledge base
 * and patterns.
 *
 * <p>Design decision: the records use PLOVER 0.5 event types; Dyad codes PLOVER 2021. Four
 * types were renamed or merged between the two, and are compared through {@link #TYPE_2021}:
 * DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT. Countries are
 * compared by the first three letters of the codes (a country, or IGO for international
 * organisations).
 */
final class PloverGold {

  /** PLOVER 0.5 type names that PLOVER 2021 renamed or merged. */
  static final Map<String, String> TYPE_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE",
      "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** The records' placeholder date; offices are resolved against it. */
  static final LocalDate DATE = LocalDate.of(2000, 1, 1);

  /** One gold record: a sentence, its PLOVER type, and its source and target countries. */
  record Record(String id, String text, String type, Set<String> sources, Set<String> targets) {}

  /** Agreement counts, overall and per gold type. */
  record Score(int records, int coded, int type, int sourceJudged, int source, int targetJudged,
      int target, int all, Map<String, int[]> byType, List<String> misses) {

    static String pct(int n, int of) {
      return of == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }
  }

  private PloverGold() {}

  static List<Record> read(Path file) throws IOException {
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    List<Record> out = new ArrayList<>();
    for (JsonNode r : all) {
      String text = r.path("text").asText("");
      String type = r.path("event").asText("");
      if (text.isBlank() || type.isBlank() || type.equals("DOCUMENT")) {
        continue;
      }
      out.add(new Record(r.path("id").asText(), text, TYPE_2021.getOrDefault(type, type),
          countries(r.path("source")), countries(r.path("target"))));
    }
    return out;
  }

  private static Set<String> countries(JsonNode actors) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode a : actors) {
      String code = a.path("code").asText("");
      if (code.length() >= 3) {
        out.add(code.substring(0, 3));
      }
    }
    return out;
  }

  static Score evaluate(Pipeline pipeline, List<Record> gold) {
    int coded = 0;
    int type = 0;
    int sourceJudged = 0;
    int source = 0;
    int targetJudged = 0;
    int target = 0;
    int all = 0;
    Map<String, int[]> byType = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Record r : gold) {
      Article a = Article.ofText(r.id(), "PLOVER_GSR_CAMEO.txt", r.text(), DATE);
      List<Event> events = pipeline.code(a).events();
      int[] t = byType.computeIfAbsent(r.type(), k -> new int[2]);
      t[0]++;
      if (events.isEmpty()) {
        misses.add(r.id() + " (no event): " + r.text());
        continue;
      }
      coded++;
      Event best = events.stream().filter(e -> r.type().equals(e.plover().type())).findFirst()
          .orElse(events.get(0));
      boolean typeOk = r.type().equals(best.plover().type());
      boolean sourceOk = r.sources().contains(prefix(best.source()));
      boolean targetOk = r.targets().isEmpty()
          || best.target() != null && r.targets().contains(prefix(best.target()));
      if (typeOk) {
        type++;
        t[1]++;
      } else {
        misses.add(r.id() + " (" + best.plover().type() + " " + best.code() + "): " + r.text());
      }
      if (!r.sources().isEmpty()) {
        sourceJudged++;
        source += sourceOk ? 1 : 0;
      }
      if (!r.targets().isEmpty()) {
        targetJudged++;
        target += targetOk ? 1 : 0;
      }
      if (typeOk && (r.sources().isEmpty() || sourceOk) && targetOk) {
        all++;
      }
    }
    return new Score(gold.size(), coded, type, sourceJudged, source, targetJudged, target, all,
        byType, misses);
  }

  private static String prefix(ActorRef a) {
    return a == null || a.code() == null || a.code().length() < 3 ? ""
        : a.code().substring(0, 3);
  }
}
