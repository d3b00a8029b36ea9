package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.Diagnostic;
import org.dyad.TestShared;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.DictionaryEntry.DatedRole;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionaryTest {

  private static final String DICTIONARIES = "testdata/petrarch2/dictionaries/";

  private static final String ACTORS = """
      # A test dictionary in PETRARCH's actor syntax.
      <!-- a one-line comment -->
      <!-- a comment
      SPANNING_LINES [XXX]
      that ends here --> ARNOR_  [ARN]
      ARMENIA_  [ARM]   # a trailing comment
      +ARMENIAN_
      +YEREVAN

      ROBERT_KOCHARIAN_  # no default code on the entry line
      +KOCHARIAN
      \t[ARMGOV 980204-080409]
      \t[ARMELI >080409]
      \t[ARMREB < 19900101]
      \t[ARMELI]
      HAMAS [PSEREBHMS]
      AL-QAEDA [imgmosalq]
      PALESTINIAN [pse]
      BAD_CODE_ENTRY [PALPL]
      IN_TEXT <!-- inline --> GROUP [ABC]
      GONDOR [GON]
      GONDOR_ [GONGOV]
      DMITRY_MEDVEDEV_
      +DMITRIY_MEDVEDEV
      DMITRI_MEDVEDEV_
      \t[RUSGOV >080507]
      ONODOHER
      \t[ONO <911226]
      \t[ONOGOV 911226-950101]
      UN [IGOUNO]
      U.S. [USA]
      JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# two brackets on one line
      PRINCE_OF_DOL_AMROTH
      \t[--- <950630]
      \t[DOL]
      ; a legacy comment
      BROKEN_BRACKET [ABC
      \t[XYZGOV 990231-000101]
      \t[XYZGOV 000101-990101]
      \t[XYZGOV 9901011-000101]
      \t[XYZGOV 19990101]
      CAMERON_
      \t[GBRGOV >201005011]
      """;

  private static final String AGENTS = """
      <!-- A test dictionary in PETRARCH's agent syntax. -->
      !PERSON! = MAN, MEN, WOMAN
      FOREIGN_MINISTER [~GOVFRM] # comment
      PARLIAMENTARY_OPPOSITION {} [~OPP]
      ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
      CONGRESS!PERSON! [~LEG]
      MINISTRY_ [~GOV]
      SECRETARY [~gov]
      HUMAN_RIGHTS_BODY  [NGO~]
      POLICE {} [ ~COP]
      UNDEFINED!MARKER! [~GOV]
      NO_CODE_HERE
      DEPARTMENT_OF_ENVIRONMENT [~ENV}
      BAD_CODE [~GO]
      """;

  private static PetrarchDictionary.Imported actors() {
    return PetrarchDictionary.parse("test.actors.txt", ACTORS);
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + needle);
  }

  private static DictionaryEntry actor(PetrarchDictionary.Imported imported, String id) {
    return imported.actors().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id + " in " + imported.actors()));
  }

  private static List<DatedRole> rolesOf(PetrarchDictionary.Imported imported, String id) {
    return imported.actors().stream().filter(e -> e.id().equals(id))
        .flatMap(e -> e.roles().stream()).toList();
  }

  /** A role's code, start and end as roles.tsv writes them (an open end is ""). */
  private static List<String> codeAndDates(DatedRole r) {
    return List.of(r.code(), r.from().toString(), r.to() == null ? "" : r.to().toString());
  }

  private static List<DictionaryEntry> entries(PetrarchDictionary.Imported... imports) {
    List<DictionaryEntry> all = new ArrayList<>();
    for (PetrarchDictionary.Imported i : imports) {
      all.addAll(i.entries());
    }
    return all;
  }

  private static Diagnostic problemAt(PetrarchDictionary.Imported imported, int line) {
    return imported.problems().stream().filter(d -> d.line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at line " + line + " in "
            + imported.problems()));
  }

  // --- Actors: every construct ---

  @Test
  void entryWithAliasesBecomesAnOrganisation() {
    DictionaryEntry armenia = actor(actors(), "petrarch/armenia");
    assertEquals(KnowledgeBase.Kind.ORG, armenia.kind());
    assertEquals(List.of("petrarch/armenia", "Armenia", "ARM"),
        List.of(armenia.id(), armenia.name(), armenia.code()));
    assertEquals(List.of("Armenian", "Yerevan"), armenia.aliases());
    assertEquals("test.actors.txt", armenia.file());
    assertEquals(lineOf(ACTORS, "ARMENIA_"), armenia.line());
  }

  @Test
  void commentsAreSkippedIncludingOnesSpanningLines() {
    PetrarchDictionary.Imported imported = actors();
    assertTrue(imported.actors().stream().noneMatch(e -> e.name().contains("Spanning")));
    // the text after the closing "-->" is read
    DictionaryEntry arnor = actor(imported, "petrarch/arnor");
    assertEquals("Arnor", arnor.name());
    assertEquals("ARN", arnor.code());
    assertEquals("In Text Group", actor(imported, "petrarch/in-text-group").name());
  }

  @Test
  void datedRolesWithBothDateFormsAndOpenEnds() {
    PetrarchDictionary.Imported imported = actors();
    DictionaryEntry kocharian = actor(imported, "petrarch/robert-kocharian");
    assertEquals(KnowledgeBase.Kind.PERSON, kocharian.kind());
    assertEquals("ARMELI", kocharian.code(), "the bare [ARMELI] is the default code");
    assertEquals(List.of("Kocharian"), kocharian.aliases());
    List<DatedRole> roles = rolesOf(imported, "petrarch/robert-kocharian");
    assertEquals(3, roles.size(), roles.toString());
    assertEquals(new DatedRole("ARMGOV", "ARMGOV 980204-080409", LocalDate.of(1998, 2, 4),
        LocalDate.of(2008, 4, 9), lineOf(ACTORS, "[ARMGOV 980204-080409]")), roles.get(0));
    assertEquals(List.of("ARMELI", "2008-04-09", ""), codeAndDates(roles.get(1)));
    assertEquals("ARMREB", roles.get(2).code());
    assertEquals("0001-01-01", roles.get(2).from().toString(), "'<date' has an open start");
    assertEquals("1990-01-01", roles.get(2).to().toString());
  }

  @Test
  void entryWithoutDefaultTakesItsLatestRoleAsDefault() {
    PetrarchDictionary.Imported imported = actors();
    DictionaryEntry onodoher = actor(imported, "petrarch/onodoher");
    assertEquals("ONOGOV", onodoher.code());
    assertEquals(2, rolesOf(imported, "petrarch/onodoher").size());
  }

  @Test
  void codesAreUpperCasedAndLongCodesKept() {
    PetrarchDictionary.Imported imported = actors();
    assertEquals("PSEREBHMS", actor(imported, "petrarch/hamas").code());
    DictionaryEntry qaeda = actor(imported, "petrarch/al-qaeda");
    assertEquals("IMGMOSALQ", qaeda.code());
    assertEquals("Al-Qaeda", qaeda.name());
    assertEquals("PSE", actor(imported, "petrarch/palestinian").code());
  }

  @Test
  void badCodeSkipsTheEntryWithItsFileAndLine() {
    PetrarchDictionary.Imported imported = actors();
    assertTrue(imported.actors().stream().noneMatch(e -> e.id().contains("bad-code")));
    int line = lineOf(ACTORS, "BAD_CODE_ENTRY");
    Diagnostic d = problemAt(imported, line);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals("test.actors.txt line " + line
        + ": code 'PALPL' is not a CAMEO actor code; entry skipped", d.toString());
  }

  @Test
  void badCodeInADateRestrictionSkipsOnlyThatRestriction() {
    PetrarchDictionary.Imported imported = actors();
    DictionaryEntry prince = actor(imported, "petrarch/prince-of-dol-amroth");
    assertEquals("DOL", prince.code());
    assertEquals(KnowledgeBase.Kind.ORG, prince.kind());
    assertTrue(problemAt(imported, lineOf(ACTORS, "[--- <950630]")).message()
        .contains("'---' is not a CAMEO actor code"));
  }

  @Test
  void idsAreUniqueWithinAnImport() {
    PetrarchDictionary.Imported imported = actors();
    assertEquals("GON", actor(imported, "petrarch/gondor").code());
    assertEquals("GONGOV", actor(imported, "petrarch/gondor-2").code());
  }

  @Test
  void entryWithoutAnyCodeSharesTheNextEntrysCodes() {
    PetrarchDictionary.Imported imported = actors();
    DictionaryEntry medvedev = actor(imported, "petrarch/dmitry-medvedev");
    assertEquals(List.of("Dmitry Medvedev", "RUSGOV"), List.of(medvedev.name(), medvedev.code()));
    assertEquals(List.of("Dmitriy Medvedev", "Dmitri Medvedev"), medvedev.aliases());
    assertEquals(lineOf(ACTORS, "DMITRY_MEDVEDEV_"), medvedev.line());
    assertEquals(1, rolesOf(imported, "petrarch/dmitry-medvedev").size());
  }

  @Test
  void acronymsKeepTheirCapitalsAndOtherNamesAreTitleCase() {
    PetrarchDictionary.Imported imported = actors();
    assertEquals("UN", actor(imported, "petrarch/un").name());
    assertEquals("U.S.", actor(imported, "petrarch/u-s").name());
    assertTrue(Names.caseSensitive("UN"));
    assertFalse(Names.caseSensitive(actor(imported, "petrarch/armenia").name()));
  }

  @Test
  void severalBracketsOnTheEntryLine() {
    PetrarchDictionary.Imported imported = actors();
    DictionaryEntry cuellar = actor(imported, "petrarch/javier-de-cuellar");
    assertEquals("ELI", cuellar.code());
    List<DatedRole> roles = rolesOf(imported, "petrarch/javier-de-cuellar");
    assertEquals(List.of("IGOUNO", "1982-01-01", "1991-12-31"), codeAndDates(roles.get(0)));
  }

  @Test
  void malformedLinesBecomeDiagnosticsAndReadingGoesOn() {
    PetrarchDictionary.Imported imported = actors();
    assertTrue(problemAt(imported, lineOf(ACTORS, "BROKEN_BRACKET")).message()
        .contains("missing ']'"));
    assertTrue(problemAt(imported, lineOf(ACTORS, "990231-000101")).message()
        .contains("cannot read date restriction"));
    assertTrue(problemAt(imported, lineOf(ACTORS, "000101-990101")).message()
        .contains("ends before it starts"));
    assertTrue(problemAt(imported, lineOf(ACTORS, "9901011-000101")).message()
        .contains("cannot read date restriction"));
    assertTrue(problemAt(imported, lineOf(ACTORS, "[XYZGOV 19990101]")).message()
        .contains("cannot read date restriction"));
    // nine digits: the first eight are read, with a warning, as PETRARCH does
    Diagnostic nine = problemAt(imported, lineOf(ACTORS, ">201005011"));
    assertEquals(Diagnostic.Severity.WARNING, nine.severity());
    assertEquals("2010-05-01", rolesOf(imported, "petrarch/cameron").get(0).from().toString());
    // the broken entry had no usable code left: skipped, named by its line
    assertTrue(imported.problems().stream().anyMatch(d -> d.line() == lineOf(ACTORS,
        "BROKEN_BRACKET") && d.message().contains("no usable code")));
    assertTrue(imported.problems().stream().allMatch(d -> d.source().equals("test.actors.txt")
        && d.line() > 0));
  }

  @Test
  void strayLinesOutsideAnEntryAreReported() {
    String text = "+ORPHAN_ALIAS\n\t[ABC]\nFINE [ABC]\n<!-- never closed\nLOST [ABC]\n";
    PetrarchDictionary.Imported imported = PetrarchDictionary.parse("x.actors", text);
    assertEquals(1, imported.actors().size());
    assertEquals(List.of(1, 2, 4), imported.problems().stream().map(Diagnostic::line).toList());
  }

  @Test
  void twoDigitYearsFollowPetrarch() {
    assertEquals(LocalDate.of(2000, 1, 1), PetrarchDictionary.date("000101"));
    assertEquals(LocalDate.of(2030, 12, 31), PetrarchDictionary.date("301231"));
    assertEquals(LocalDate.of(1931, 1, 1), PetrarchDictionary.date("310101"));
    assertEquals(LocalDate.of(1999, 8, 16), PetrarchDictionary.date("990816"));
    assertEquals(LocalDate.of(1897, 1, 1), PetrarchDictionary.date("18970101"));
  }

  @Test
  void everyEntryFitsTheKnowledgeBase() {
    PetrarchDictionary.Imported imported = actors();
    KnowledgeBase kb = KnowledgeBase.of(imported.entries());
    KnowledgeBase.Actor kocharian = kb.actor("petrarch/robert-kocharian").orElseThrow();
    assertEquals("ARMGOV", kocharian.codeOn(LocalDate.of(2003, 1, 1)));
    assertEquals("ARMREB", kocharian.codeOn(LocalDate.of(1980, 1, 1)));
    assertEquals("ARMELI", kocharian.codeOn(LocalDate.of(2010, 1, 1)));
  }

  // --- Agents ---

  @Test
  void agentsBecomeOneRowPerAgentCodeWithPluralsAndMacros() {
    PetrarchDictionary.Imported imported = PetrarchDictionary.parse("test.agents.txt", AGENTS);
    Map<String, DictionaryEntry> byCode = new HashMap<>();
    imported.agents().forEach(e -> byCode.put(e.code(), e));
    assertEquals(List.of("GOV", "OPP", "LEG", "NGO", "COP"),
        imported.agents().stream().map(DictionaryEntry::code).toList());
    DictionaryEntry gov = byCode.get("GOV");
    assertEquals(KnowledgeBase.Kind.AGENT, gov.kind());
    assertEquals("foreign minister", gov.name());
    assertEquals(List.of("foreign minister", "foreign ministers", "attorney general",
        "attorneys general", "ministry", "secretary", "secretaries"), gov.names());
    assertEquals(lineOf(AGENTS, "FOREIGN_MINISTER"), gov.line());
    assertEquals(List.of("parliamentary opposition"), byCode.get("OPP").names());
    assertEquals(List.of("congressman", "congressmen", "congresswoman"),
        byCode.get("LEG").names());
    assertEquals(List.of("human rights body", "human rights bodies"),
        byCode.get("NGO").names());
    assertEquals(List.of("police"), byCode.get("COP").names());
    assertTrue(imported.actors().isEmpty());
    assertEquals(0, imported.roleCount());
  }

  @Test
  void malformedAgentLinesAreReportedWithTheirLines() {
    PetrarchDictionary.Imported imported = PetrarchDictionary.parse("test.agents.txt", AGENTS);
    assertEquals(List.of(lineOf(AGENTS, "UNDEFINED!MARKER!"), lineOf(AGENTS, "NO_CODE_HERE"),
        lineOf(AGENTS, "DEPARTMENT_OF_ENVIRONMENT"), lineOf(AGENTS, "BAD_CODE")),
        imported.problems().stream().map(Diagnostic::line).toList());
    assertTrue(problemAt(imported, lineOf(AGENTS, "UNDEFINED")).message().contains("!MARKER!"));
  }

  @Test
  void regularPlurals() {
    assertEquals("SECRETARIES", PetrarchDictionary.plural("SECRETARY"));
    assertEquals("ATTORNEYS", PetrarchDictionary.plural("ATTORNEY"));
    assertEquals("CONGRESSES", PetrarchDictionary.plural("CONGRESS"));
    assertEquals("CHURCHES", PetrarchDictionary.plural("CHURCH"));
    assertEquals("TROOPS", PetrarchDictionary.plural("TROOP"));
    assertNull(PetrarchDictionary.plural("GEN."));
  }

  // --- Files ---

  @Test
  void readsAFileChoosingItsKindByName(@TempDir Path dir) throws IOException {
    Path actors = dir.resolve("mine.actors.txt");
    byte[] bad = {'O', 'K', (byte) 0xC3, '_', ' ', '[', 'A', 'B', 'C', ']', '\n'};
    Files.write(actors, bad);
    PetrarchDictionary.Imported imported = PetrarchDictionary.read(actors);
    assertEquals(1, imported.actors().size());
    assertEquals("mine.actors.txt", imported.actors().get(0).file());
    assertEquals(Diagnostic.Severity.WARNING, imported.problems().get(0).severity());

    Path agents = dir.resolve("mine.agents.txt");
    Files.writeString(agents, "SOLDIER [~MIL]\n", StandardCharsets.UTF_8);
    assertEquals(List.of("soldier", "soldiers"),
        PetrarchDictionary.read(agents).agents().get(0).names());

    assertThrows(IllegalArgumentException.class,
        () -> PetrarchDictionary.parse("dictionary.txt", "X [ABC]"));
  }

  // --- The real dictionaries (../shared/testdata) ---

  private static final Map<String, PetrarchDictionary.Imported> REAL = new HashMap<>();

  private static synchronized PetrarchDictionary.Imported real(String name) throws IOException {
    Path path = TestShared.path(DICTIONARIES + name);
    PetrarchDictionary.Imported imported = REAL.get(name);
    if (imported == null) {
      imported = PetrarchDictionary.read(path);
      REAL.put(name, imported);
    }
    return imported;
  }

  private static void assertProblemsArePositioned(String name,
      PetrarchDictionary.Imported imported, int most) {
    assertTrue(imported.problems().size() <= most,
        name + ": " + imported.problems().size() + " problems: " + imported.problems());
    for (Diagnostic d : imported.problems()) {
      assertEquals(name, d.source());
      assertTrue(d.line() > 0, d.toString());
      assertTrue(d.toString().startsWith(name + " line "), d.toString());
    }
    assertTrue(imported.entries().stream().allMatch(e -> e.file().equals(name) && e.line() > 0
        && e.roles().stream().allMatch(r -> r.line() > 0)));
  }

  @Test
  void phoenixCountries() throws IOException {
    String name = "Phoenix.Countries.actors.txt";
    PetrarchDictionary.Imported imported = real(name);
    System.out.printf("%s: %d actors, %d roles, %d problems%n", name,
        imported.actors().size(), imported.roleCount(), imported.problems().size());
    assertTrue(imported.actors().size() > 15_000, "actors: " + imported.actors().size());
    assertTrue(imported.roleCount() > 20_000, "roles: " + imported.roleCount());
    assertProblemsArePositioned(name, imported, 30);

    DictionaryEntry karzai = actor(imported, "petrarch/hamid-karzai");
    assertEquals(KnowledgeBase.Kind.PERSON, karzai.kind());
    assertEquals(List.of("Hamid Karzai", "AFGELI"), List.of(karzai.name(), karzai.code()));
    assertEquals(List.of("Karzai", "President Karzai"), karzai.aliases());
    List<DatedRole> roles = rolesOf(imported, "petrarch/hamid-karzai");
    assertEquals(List.of("AFGELI", "1975-01-01", "2000-01-01"), codeAndDates(roles.get(0)));
    assertEquals(List.of("AFGGOV", "2001-12-22", ""), codeAndDates(roles.get(1)));

    List<DatedRole> putin = rolesOf(imported, "petrarch/vladimir-putin");
    assertEquals(4, putin.size(), putin.toString());
    assertEquals(List.of("RUSGOV", "2008-05-08", ""), codeAndDates(putin.get(3)));
    assertEquals("RUSELI", actor(imported, "petrarch/vladimir-putin").code());
  }

  @Test
  void phoenixInternationalAndNonStateArmedGroups() throws IOException {
    for (String name : List.of("Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt")) {
      PetrarchDictionary.Imported imported = real(name);
      System.out.printf("%s: %d actors, %d roles, %d problems%n", name,
          imported.actors().size(), imported.roleCount(), imported.problems().size());
      assertTrue(imported.actors().size() > 500, name + ": " + imported.actors().size());
      assertProblemsArePositioned(name, imported, 50);
    }
  }

  @Test
  void petrarchValidationSuiteAndPhoenixAgents() throws IOException {
    PetrarchDictionary.Imported actors = real("PETR.Validate.actors.txt");
    assertTrue(actors.actors().size() > 100, "actors: " + actors.actors().size());
    assertProblemsArePositioned("PETR.Validate.actors.txt", actors, 15);
    List<DatedRole> gollum = rolesOf(actors, "petrarch/gollum");
    assertEquals(List.of("HOBGOV", "1995-06-01", "1999-08-15"), codeAndDates(gollum.get(1)));

    PetrarchDictionary.Imported agents = real("PETR.Validate.agents.txt");
    assertTrue(agents.problems().isEmpty(), agents.problems().toString());
    DictionaryEntry leg = agents.agents().stream().filter(e -> e.code().equals("LEG"))
        .findFirst().orElseThrow();
    assertTrue(leg.names().containsAll(List.of("congress", "congressman", "congresswomen")));

    PetrarchDictionary.Imported phoenix = real("Phoenix.agents.txt");
    System.out.printf("Phoenix.agents.txt: %d agents, %d cues, %d problems%n",
        phoenix.agents().size(), phoenix.agents().stream().mapToInt(e -> e.names().size()).sum(),
        phoenix.problems().size());
    assertTrue(phoenix.agents().size() >= 20, "agents: " + phoenix.agents().size());
    assertProblemsArePositioned("Phoenix.agents.txt", phoenix, 10);
    DictionaryEntry agr = phoenix.agents().stream().filter(e -> e.code().equals("AGR"))
        .findFirst().orElseThrow();
    assertTrue(agr.names().containsAll(List.of("cattleman", "cattlewomen", "farmer",
        "farmers")), agr.names().toString());
  }

  // --- The knowledge base with imports ---

  @Test
  void standardWithImportsFindsNamesOnlyTheImportKnows() throws IOException {
    List<DictionaryEntry> extra = entries(real("Phoenix.Countries.actors.txt"),
        real("PETR.Validate.actors.txt"), real("PETR.Validate.agents.txt"));
    long start = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.standardWith(extra);
    System.out.printf("standardWith(Phoenix.Countries, PETR.Validate actors+agents): %d actors"
        + " in %d ms%n", kb.actorCount(), (System.nanoTime() - start) / 1_000_000);
    KnowledgeBase standard = KnowledgeBase.standard();
    assertTrue(kb.actorCount() > standard.actorCount());

    assertTrue(standard.lookup("arnor").isEmpty());
    KnowledgeBase.Name arnor = kb.lookup("arnor").get(0);
    assertEquals(KnowledgeBase.Kind.ORG, arnor.kind());
    assertEquals("ARN", kb.actor(arnor.target()).orElseThrow().code());
    assertEquals("petrarch/gondor", kb.lookup("minas tirith").get(0).target());

    KnowledgeBase.Name zahir = kb.lookup("mohammad zahir shah").get(0);
    assertEquals(KnowledgeBase.Kind.PERSON, zahir.kind());
    assertEquals("AFGGOV", kb.actor(zahir.target()).orElseThrow()
        .codeOn(LocalDate.of(1950, 1, 1)));
    // Phoenix.Countries is shipped converted (phoenix-actors.tsv): importing it again adds
    // nothing, since the shipped layer has every name first.
    assertEquals(standard.lookup("mohammad zahir shah"), kb.lookup("mohammad zahir shah"));
    assertTrue(kb.agent("GGS").isPresent(), "an agent only the import has");
  }

  @Test
  void dyadsOwnNamesWinOverImportedOnes() throws IOException {
    KnowledgeBase kb = KnowledgeBase.standardWith(entries(real("Phoenix.Countries.actors.txt"),
        real("PETR.Validate.agents.txt")));
    KnowledgeBase standard = KnowledgeBase.standard();
    for (String key : List.of("kabul", "iran", "afghan", "hamid karzai", "karzai", "president",
        "police")) {
      assertEquals(standard.lookup(key), kb.lookup(key), key);
    }
    assertEquals("government", kb.agent("GOV").orElseThrow().name());
  }

  @Test
  void duplicateNamesAcrossImportsAreNotAnError() throws IOException {
    PetrarchDictionary.Imported validate = real("PETR.Validate.actors.txt");
    PetrarchDictionary.Imported small = actors();
    KnowledgeBase kb = KnowledgeBase.standardWith(entries(validate, small, validate, small));
    assertEquals(1, kb.lookup("gondor").size());
    // an import that repeats an id: the later one is renamed, its roles with it
    String onlyHere = "GLORFINDEL [ELF]\n\t[ELFGOV >20000101]\n";
    PetrarchDictionary.Imported a = PetrarchDictionary.parse("a.actors", onlyHere);
    PetrarchDictionary.Imported b = PetrarchDictionary.parse("b.actors",
        onlyHere + "+GLORFINDEL_OF_RIVENDELL\n");
    KnowledgeBase twice = KnowledgeBase.standardWith(entries(a, b));
    assertEquals("petrarch/glorfindel-2",
        twice.lookup("glorfindel of rivendell").get(0).target());
    assertEquals("ELFGOV", twice.actor("petrarch/glorfindel-2").orElseThrow()
        .codeOn(LocalDate.of(2020, 1, 1)));
    assertNotNull(twice.actor("petrarch/glorfindel").orElseThrow());
  }

  @Test
  void noImportsIsTheStandardKnowledgeBase() {
    KnowledgeBase kb = KnowledgeBase.standardWith(List.of());
    KnowledgeBase standard = KnowledgeBase.standard();
    assertEquals(standard.actorCount(), kb.actorCount());
    assertEquals(standard.countryCount(), kb.countryCount());
  }
}
