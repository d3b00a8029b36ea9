package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.TestShared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code plover.tsv}, the PLOVER event type, mode and context of every CAMEO code: its
 * shape against {@code cameo.tsv}, its values against the PLOVER codebook's lists, and its event
 * types against the OEDA CAMEO-to-PLOVER conversion table of 2021, read in place from the shared
 * test data (it is CC BY-SA and is not part of the repository).
 */
class PloverMappingTest {

  private static final String PLOVER = "/org/dyad/events/plover.tsv";
  private static final String CAMEO = "/org/dyad/events/cameo.tsv";
  private static final String REFERENCE = "testdata/plover/CAMEO2PLOVER-2021.txt";

  /** "Not coded as an event in PLOVER." */
  private static final String NONE = "-";

  /** The PLOVER event types, each with the modes the codebook defines for it. */
  private static final Map<String, Set<String>> MODES = new LinkedHashMap<>();

  static {
    MODES.put("AGREE", Set.of());
    MODES.put("CONSULT", Set.of("visit", "third-party", "multilateral", "phone"));
    MODES.put("SUPPORT", Set.of());
    MODES.put("CONCEDE", Set.of());
    MODES.put("COOPERATE", Set.of());
    MODES.put("AID", Set.of());
    MODES.put("RETREAT",
        Set.of("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"));
    MODES.put("REQUEST", Set.of("assist", "change", "yield", "meet"));
    MODES.put("ACCUSE", Set.of("disapprove", "investigate", "allege"));
    MODES.put("REJECT", Set.of("assist", "change", "yield", "meet"));
    MODES.put("THREATEN",
        Set.of("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"));
    MODES.put("PROTEST",
        Set.of("demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"));
    MODES.put("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue"));
    MODES.put("MOBILIZE", Set.of("troops", "weapons", "police", "militia"));
    MODES.put("COERCE", Set.of("confiscate", "restrict", "ban", "censor", "curfew",
        "martial-law", "arrest", "deport", "withhold"));
    MODES.put("ASSAULT", Set.of("abduct", "beat", "torture", "execute", "sexual", "assassinate",
        "destroy", "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons",
        "cleansing", "massacre", "unconventional", "sideAB"));
  }

  /** The PLOVER general contexts (the special ones, such as future, depend on the text). */
  private static final Set<String> CONTEXTS = Set.of("military", "intelligence", "peacekeeping",
      "economic", "diplomatic", "resource", "disease", "enviro_disaster", "migration",
      "humanitarian", "asylum", "legal", "human_rights", "rights_freedoms", "gender", "lgbt",
      "terrorism", "human_security", "religion_ethnicity", "executive", "election",
      "legislative", "cbrn", "cyber", "political_institutions", "corruption", "crime",
      "illegal_drugs");

  /**
   * The share of shared codes whose event type agrees with the reference must not fall below
   * this (the measured 97.8%, rounded down to the percent; see the notes in plover.tsv for the
   * codes where Dyad keeps a different type).
   */
  private static final double MIN_AGREEMENT = 0.97;

  private static Map<String, String[]> plover;
  private static List<String> cameoCodes;

  @BeforeAll
  static void load() throws IOException {
    plover = new LinkedHashMap<>();
    for (String line : dataLines(PLOVER)) {
      String[] fields = line.split("\t", -1);
      assertEquals(4, fields.length, "plover.tsv: 4 tab-separated fields expected: " + line);
      String[] previous = plover.put(fields[0], fields);
      assertNull(previous, "plover.tsv: code " + fields[0] + " appears twice");
    }
    cameoCodes = new ArrayList<>();
    for (String line : dataLines(CAMEO)) {
      cameoCodes.add(line.split("\t", -1)[0].trim());
    }
  }

  /** Non-blank, non-comment lines of a classpath resource. */
  private static List<String> dataLines(String resource) throws IOException {
    InputStream in = PloverMappingTest.class.getResourceAsStream(resource);
    assertNotNull(in, resource + " not on the classpath");
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    }
    return out;
  }

  @Test
  void everyCameoCodeHasExactlyOneRowAndNoOtherRowsExist() {
    assertFalse(cameoCodes.isEmpty());
    for (String code : cameoCodes) {
      assertTrue(plover.containsKey(code), "plover.tsv has no row for CAMEO code " + code);
    }
    for (String code : plover.keySet()) {
      assertTrue(cameoCodes.contains(code), "plover.tsv row " + code + " is not in cameo.tsv");
    }
    assertEquals(cameoCodes.size(), plover.size());
    assertEquals(cameoCodes, new ArrayList<>(plover.keySet()), "rows follow cameo.tsv order");
  }

  @Test
  void eventTypesModesAndContextsComeFromTheCodebook() {
    for (String[] row : plover.values()) {
      String code = row[0];
      String event = row[1];
      String mode = row[2];
      String context = row[3];
      if (event.equals(NONE)) {
        assertEquals("", mode, code + ": no mode without an event");
        assertEquals("", context, code + ": no context without an event");
        continue;
      }
      assertTrue(MODES.containsKey(event), code + ": not a PLOVER event type: " + event);
      if (!mode.isEmpty()) {
        assertTrue(MODES.get(event).contains(mode),
            code + ": " + mode + " is not a mode of " + event);
      }
      if (!context.isEmpty()) {
        for (String value : context.split("\\|", -1)) {
          assertTrue(CONTEXTS.contains(value), code + ": not a PLOVER context: '" + value + "'");
        }
      }
    }
  }

  @Test
  void dropsOnlyStatementsAndAppeals() {
    for (String[] row : plover.values()) {
      boolean dropped = row[0].startsWith("01") || row[0].startsWith("02");
      assertEquals(dropped, row[1].equals(NONE), row[0] + " " + row[1]);
    }
  }

  @Test
  void agreesWithTheOedaConversionTable() throws IOException {
    Path path = TestShared.path(REFERENCE);
    Map<String, Set<String>> reference = readReference(path);
    assertFalse(reference.isEmpty(), "no rows read from " + path);

    int shared = 0;
    int agree = 0;
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : reference.entrySet()) {
      String[] row = plover.get(entry.getKey());
      if (row == null) {
        continue;
      }
      shared++;
      if (entry.getValue().contains(row[1])) {
        agree++;
      } else {
        disagreements.add(entry.getKey() + ": Dyad " + row[1] + ", reference "
            + String.join(" or ", entry.getValue()));
      }
    }
    assertTrue(shared > 0, "no CAMEO code in both files");
    double share = (double) agree / shared;
    System.out.printf(Locale.ROOT,
        "PLOVER event type agreement with CAMEO2PLOVER-2021: %d of %d shared codes (%.1f%%);"
            + " %d reference codes, %d Dyad codes%n",
        agree, shared, 100.0 * share, reference.size(), plover.size());
    for (String line : disagreements) {
      System.out.println("  disagree " + line);
    }
    assertTrue(share >= MIN_AGREEMENT, String.format(Locale.ROOT,
        "agreement %.3f below %.2f; disagreements: %s", share, MIN_AGREEMENT, disagreements));
  }

  /**
   * The conversion table: {@code code: EVENT, mode, context # comment} lines; other lines are
   * comments, blank or separators. An empty event, or one that is not a PLOVER type, reads as
   * {@code -}. A code listed more than once (the table splits a few CAMEO codes between two
   * PLOVER types) accepts each type it is listed with.
   */
  private static Map<String, Set<String>> readReference(Path path) throws IOException {
    Pattern line = Pattern.compile("^\\s*(\\d{2,4})\\s*:(.*)$");
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String text : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      Matcher m = line.matcher(text);
      if (!m.matches()) {
        continue;
      }
      String body = m.group(2);
      int hash = body.indexOf('#');
      if (hash >= 0) {
        body = body.substring(0, hash);
      }
      String event = body.split(",", -1)[0].trim().toUpperCase(Locale.ROOT);
      if (event.equals("DEMAND")) {
        event = "REQUEST"; // the name of REQUEST in PLOVER drafts up to 0.8
      }
      if (!MODES.containsKey(event)) {
        event = NONE;
      }
      out.computeIfAbsent(m.group(1), code -> new TreeSet<>()).add(event);
    }
    return out;
  }
}
