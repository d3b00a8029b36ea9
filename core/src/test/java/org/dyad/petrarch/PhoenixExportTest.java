package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.TestShared;
import org.dyad.actors.KnowledgeBase;
import org.junit.jupiter.api.Test;

class PhoenixExportTest {

  private static final String RESOURCES = "/org/dyad/actors/";

  @Test
  void shippedFilesAreAFreshConversionOfTheDictionaries() throws IOException {
    Path dictionaries = TestShared.path("testdata/petrarch2/dictionaries");
    PhoenixExport.Converted fresh = PhoenixExport.convert(dictionaries);
    assertSame(PhoenixExport.ACTORS_FILE, fresh.actors());
    assertSame(PhoenixExport.ROLES_FILE, fresh.roles());
    assertTrue(fresh.actorCount() > 20_000, "actors: " + fresh.actorCount());
    assertTrue(fresh.roleCount() > 20_000, "roles: " + fresh.roleCount());
  }

  @Test
  void conversionIsStableAndSorted() {
    String text = "ZEDD_ [ZZZ]\nALPHA_\n+ALFA_\n[AAAGOV 100101-120101]\n[AAAELI <100101]\n"
        + "BRAVO_ [BBB]\n+ALPHA_\n";
    PetrarchDictionary.Imported one = PetrarchDictionary.parse("one.actors.txt", text);
    PetrarchDictionary.Imported two = PetrarchDictionary.parse("two.actors.txt",
        "ZEDD_ [YYY]\nZULU_ [YYY]\n");
    PhoenixExport.Converted c = PhoenixExport.convert(List.of(one, two));
    assertEquals(c, PhoenixExport.convert(List.of(one, two)));
    assertEquals(List.of(
        "phoenix/alpha\tperson\tAlpha\tAAAGOV\tAlfa",
        "phoenix/bravo\torg\tBravo\tBBB\t",
        "phoenix/zedd\torg\tZedd\tZZZ\t",
        "phoenix/zulu\torg\tZulu\tYYY\t"), rows(c.actors()),
        "sorted by id; a name belongs to the first entry (and file) that has it");
    assertEquals(List.of(
        "phoenix/alpha\tAAAELI\tAAAELI <100101\t0001-01-01\t2010-01-01",
        "phoenix/alpha\tAAAGOV\tAAAGOV 100101-120101\t2010-01-01\t2012-01-01"), rows(c.roles()),
        "roles by start");
  }

  @Test
  void headersNameTheSourceItsLicenseAndTheCommand() {
    PhoenixExport.Converted c = PhoenixExport.convert(List.of());
    for (String text : List.of(c.actors(), c.roles())) {
      for (String needed : List.of("Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt", "commit 676801cd", "The MIT License (MIT)",
          "Copyright (c) 2014 Open Event Data", "GENERATED FILE: do not edit by hand",
          "scripts/phoenix-actors.sh", "actors.tsv and roles.tsv, which win")) {
        assertTrue(text.contains(needed), needed);
      }
      assertTrue(rows(text).isEmpty());
    }
  }

  @Test
  void shippedFilesLoadIntoTheStandardKnowledgeBase() throws IOException {
    // every row is read; the layer drops only what Dyad's own files know
    String actors = resource(PhoenixExport.ACTORS_FILE);
    assertFalse(rows(actors).isEmpty());
    KnowledgeBase kb = KnowledgeBase.standard();
    assertTrue(kb.actor("phoenix/chuck-hagel").isPresent());
    assertFalse(kb.actor("phoenix/lars-lokke-rasmussen").isPresent(),
        "every name of it is Dyad's own: dropped with its roles");
  }

  private static void assertSame(String file, String fresh) throws IOException {
    String shipped = resource(file);
    if (shipped.equals(fresh)) {
      return;
    }
    String[] a = shipped.split("\n", -1);
    String[] b = fresh.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of file)";
      String y = i < b.length ? b[i] : "(end of file)";
      if (!x.equals(y)) {
        fail(file + " is not a fresh conversion of the Phoenix dictionaries; run"
            + " scripts/phoenix-actors.sh (never edit it by hand). First difference, line "
            + (i + 1) + ":\n  shipped: " + x + "\n  fresh:   " + y);
      }
    }
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCES + file)) {
      assertTrue(in != null, file + " is not on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> rows(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }
}
