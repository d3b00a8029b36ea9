package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private static KnowledgeBase standard;

  @BeforeAll
  static void loadStandard() {
    standard = KnowledgeBase.standard();
  }

  // --- The shipped knowledge base ---

  @Test
  void standardLoadsEveryCountryAndActor() {
    assertTrue(standard.countryCount() >= 249, "countries: " + standard.countryCount());
    assertTrue(standard.actorCount() >= 300, "actors: " + standard.actorCount());
    assertTrue(standard.country("IRN").isPresent());
    assertTrue(standard.agent("GOV").isPresent());
    assertTrue(standard.actor("ali-akbar-velayati").isPresent());
    assertTrue(standard.longestName() >= 5);
  }

  @Test
  void everyCountryHasACentrePointInsideTheGlobe() {
    for (Tsv.Row row : Tsv.resource(KnowledgeBase.class, "countries.tsv", 2)) {
      String line = row.get(0);
      double[] p = standard.centroid(line).orElseThrow(() -> new AssertionError(
          line + " has no row in centroids.tsv"));
      assertTrue(p[0] >= -90 && p[0] <= 90 && p[1] >= -180 && p[1] <= 180, line);
    }
    double[] syria = standard.centroid("SYR").orElseThrow();
    assertTrue(syria[0] > 32 && syria[0] < 37.5 && syria[1] > 35.5 && syria[1] < 42.5,
        "Syria's centre lies in Syria");
  }

  @Test
  void countryNameLooksUpTheCountry() {
    assertHas(standard.lookup("iran"), KnowledgeBase.Kind.COUNTRY, "IRN");
    assertHas(standard.lookup("islamic republic of iran"), KnowledgeBase.Kind.COUNTRY, "IRN");
  }

  @Test
  void adjectiveLooksUpItsCountry() {
    assertHas(standard.lookup("iranian"), KnowledgeBase.Kind.ADJECTIVE, "IRN");
  }

  @Test
  void capitalLooksUpItsCountry() {
    assertHas(standard.lookup("tehran"), KnowledgeBase.Kind.CAPITAL, "IRN");
  }

  @Test
  void governmentMetonymLooksUpItsCountry() {
    assertHas(standard.lookup("zionist regime"), KnowledgeBase.Kind.GOVERNMENT, "ISR");
  }

  @Test
  void personNameLooksUpThePerson() {
    assertHas(standard.lookup("ali akbar velayati"), KnowledgeBase.Kind.PERSON,
        "ali-akbar-velayati");
    // An alias written with diacritics is found by its normal form.
    assertHas(standard.lookup("erdogan"), KnowledgeBase.Kind.PERSON, "recep-tayyip-erdogan");
  }

  @Test
  void lookupOfUnknownKeyIsEmpty() {
    assertTrue(standard.lookup("no such name anywhere").isEmpty());
    assertTrue(standard.lookup("").isEmpty());
  }

  @Test
  void acronymNamesAreCaseSensitive() {
    KnowledgeBase.Name us = standard.lookup("us").stream()
        .filter(n -> n.target().equals("USA")).findFirst().orElseThrow();
    assertTrue(us.caseSensitive());
  }

  @Test
  void personNamesForFuzzyMatchingHaveTwoPiecesOrMoreAndTheSameInitials() {
    List<Names.Piece> run = Names.pieces("Ali Akbar Velyati");
    List<KnowledgeBase.Name> candidates = standard.personNamesLike(run);
    assertTrue(candidates.stream().anyMatch(n -> n.target().equals("ali-akbar-velayati")));
    for (KnowledgeBase.Name n : candidates) {
      assertEquals(KnowledgeBase.Kind.PERSON, n.kind());
      assertEquals(run.size(), n.pieces().size(), n.written());
      for (int i = 0; i < run.size(); i++) {
        assertEquals(run.get(i).norm().charAt(0), n.pieces().get(i).norm().charAt(0));
      }
    }
    List<KnowledgeBase.Name> own = standard.personNamesOf("ali-akbar-velayati");
    assertFalse(own.isEmpty());
    for (KnowledgeBase.Name n : own) {
      assertEquals(KnowledgeBase.Kind.PERSON, n.kind());
      assertTrue(n.pieces().size() >= 2, n.written());
    }
  }

  @Test
  void regionsStandWhereCountriesStand() {
    assertEquals("ARB", standard.lookup("arab states").get(0).target());
    assertEquals("WST", standard.lookup("western").get(0).target());
    assertEquals("MOS", standard.lookup("muslim world").get(0).target());
    assertEquals("ARB", standard.countryOf("ARBGOV"));
  }

  @Test
  void countryOfAnActorCode() {
    assertEquals("IRN", standard.countryOf("IRNGOV"));
    assertEquals(null, standard.countryOf("IGOUNO"));
    assertEquals(null, standard.countryOf("IR"));
    assertEquals(null, standard.countryOf(null));
  }

  // --- The Phoenix layer (phoenix-actors.tsv, phoenix-roles.tsv) ---

  @Test
  void phoenixPeopleComeWithTheirDatedRoles() {
    KnowledgeBase.Actor hagel = actorNamed("chuck hagel");
    assertEquals("phoenix/chuck-hagel", hagel.id());
    assertEquals("USAGOVMIL", hagel.codeOn(LocalDate.of(2014, 1, 1)), "defense secretary");
    assertEquals("USAGOVLEG", hagel.codeOn(LocalDate.of(2005, 1, 1)), "senator");
    KnowledgeBase.Actor zuma = actorNamed("jacob zuma");
    assertEquals("ZAFGOV", zuma.codeOn(LocalDate.of(2012, 6, 1)));
    assertEquals("ZAFELI", zuma.codeOn(LocalDate.of(1990, 6, 1)));
    assertTrue(standard.actorCount() > 20_000, "actors: " + standard.actorCount());
  }

  @Test
  void phoenixInternationalOrganisationsAndTheirOfficials() {
    KnowledgeBase.Actor badri = actorNamed("Abdallah Salem el-Badri");
    assertEquals("IGOBUSOPC", badri.codeOn(LocalDate.of(2010, 1, 1)), "OPEC's secretary-general");
    KnowledgeBase.Actor spring = actorNamed("dick spring");
    assertEquals("IGOEUREEC", spring.codeOn(LocalDate.of(1996, 10, 1)),
        "president of the EU council");
    assertEquals(KnowledgeBase.Kind.ORG, standard.lookup("asian development bank").get(0).kind());
  }

  @Test
  void dyadsOwnNamesWinOverPhoenix() {
    // Both know Lavrov, Kerry and Ban Ki-moon: the name stays Dyad's, with Dyad's roles.
    assertHas(standard.lookup("sergey lavrov"), KnowledgeBase.Kind.PERSON, "sergey-lavrov");
    assertHas(standard.lookup("john kerry"), KnowledgeBase.Kind.PERSON, "john-kerry");
    assertHas(standard.lookup("ban ki moon"), KnowledgeBase.Kind.PERSON, "ban-ki-moon");
    for (String key : List.of("sergey lavrov", "lavrov", "john kerry", "ban ki moon")) {
      assertEquals(1, standard.lookup(key).size(), key);
    }
    assertEquals("USAGOV", actorNamed("john kerry").codeOn(LocalDate.of(2014, 1, 1)));
  }

  @Test
  void phoenixNeverShadowsACountryCapitalAgentOrPlace() {
    // Phoenix lists "Kabul", "Herat", "The UN", ... as organisations; Dyad's names stay.
    for (String key : List.of("afghanistan", "kabul", "afghan", "tehran", "iran", "herat",
        "police", "president", "government", "united nations", "un", "the un",
        "the european union", "the us")) {
      for (KnowledgeBase.Name n : standard.lookup(key)) {
        assertFalse(n.target().startsWith("phoenix/"), key + " -> " + n.target());
      }
    }
  }

  private static KnowledgeBase.Actor actorNamed(String written) {
    String key = Names.key(Names.pieces(written));
    List<KnowledgeBase.Name> names = standard.lookup(key);
    assertEquals(1, names.size(), key + ": " + names);
    return standard.actor(names.get(0).target()).orElseThrow();
  }

  // --- Dated roles ---

  private static final String COUNTRIES = "# code\tname\n"
      + "IRN\tIran\tIslamic Republic of Iran\tIranian\tTehran\tTehran regime\n"
      + "AFG\tAfghanistan\t\tAfghan\tKabul\t\n";
  private static final String AGENTS = "GOV\tgovernment\tminister|ministers\n"
      + "REB\trebels\trebels\n"
      + "ELI\telite\telite\n";

  @Test
  void roleGivesTheCodeWhileHeldAndTheDefaultOutside() {
    KnowledgeBase kb = kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\tExample\n",
        "pat\tXXXGOV\tforeign minister\t2013-08-15\t2021-08-25\n");
    KnowledgeBase.Actor pat = kb.actor("pat").orElseThrow();
    assertEquals("XXXGOV", pat.codeOn(LocalDate.of(2015, 6, 1)));
    assertEquals("XXXELI", pat.codeOn(LocalDate.of(2022, 1, 1)));
    assertEquals("XXXELI", pat.codeOn(LocalDate.of(2012, 1, 1)));
    // A role holds from its first day up to the day it passed on, which is the successor's.
    assertEquals("XXXGOV", pat.codeOn(LocalDate.of(2013, 8, 15)));
    assertEquals("XXXGOV", pat.codeOn(LocalDate.of(2021, 8, 24)));
    assertEquals("XXXELI", pat.codeOn(LocalDate.of(2021, 8, 25)));
    // An undated event gets the default code.
    assertEquals("XXXELI", pat.codeOn(null));
  }

  @Test
  void roleWithoutEndIsStillHeld() {
    KnowledgeBase kb = kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tXXXGOV\tpresident\t2020-01-01\t\n");
    assertEquals("XXXGOV", kb.actor("pat").orElseThrow().codeOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void stateOfficeOutranksAnOrganisationRole() {
    // Listed with the state office first and last, so that file order cannot decide.
    for (boolean govFirst : new boolean[] {true, false}) {
      String gov = "akh\tAFGGOV\thead of state\t2021-08-15\t\n";
      String reb = "akh\tAFGREB\tleader of taliban\t2016-05-25\t\n";
      KnowledgeBase kb = kb(COUNTRIES, AGENTS,
          "akh\tperson\tAkh Example\tAFGREB\t\n",
          govFirst ? gov + reb : reb + gov);
      KnowledgeBase.Actor akh = kb.actor("akh").orElseThrow();
      assertEquals("AFGREB", akh.codeOn(LocalDate.of(2019, 1, 1)));
      assertEquals("AFGGOV", akh.codeOn(LocalDate.of(2022, 1, 1)), "gov first: " + govFirst);
    }
  }

  @Test
  void militaryOfficeOutranksAnOrganisationRoleThatStartedLater() {
    KnowledgeBase kb = kb(COUNTRIES, AGENTS,
        "gen\tperson\tGen Example\tXXXELI\t\n",
        "gen\tXXXMIL\tcommander\t2010-01-01\t\n"
            + "gen\tXXXREB\tleader of something\t2015-01-01\t\n");
    assertEquals("XXXMIL", kb.actor("gen").orElseThrow().codeOn(LocalDate.of(2016, 1, 1)));
  }

  @Test
  void amongEqualRolesTheLatestStartWins() {
    for (boolean laterFirst : new boolean[] {true, false}) {
      String earlier = "pat\tXXXGOV\tforeign minister\t2010-01-01\t2020-01-01\n";
      String later = "pat\tYYYGOV\tprime minister\t2015-01-01\t\n";
      KnowledgeBase kb = kb(COUNTRIES, AGENTS,
          "pat\tperson\tPat Example\tXXXELI\t\n",
          laterFirst ? later + earlier : earlier + later);
      KnowledgeBase.Actor pat = kb.actor("pat").orElseThrow();
      assertEquals("XXXGOV", pat.codeOn(LocalDate.of(2012, 1, 1)));
      assertEquals("YYYGOV", pat.codeOn(LocalDate.of(2016, 1, 1)), "later first: " + laterFirst);
      assertEquals("YYYGOV", pat.codeOn(LocalDate.of(2021, 1, 1)));
    }
  }

  @Test
  void smallKnowledgeBaseIndexesEveryKindOfName() {
    KnowledgeBase kb = kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\tP. Example|Examplo\n"
            + "grp\torg\tExample Group\tIRNREB\tEG\n",
        "");
    assertEquals(2, kb.countryCount());
    assertEquals(2, kb.actorCount());
    assertHas(kb.lookup("iran"), KnowledgeBase.Kind.COUNTRY, "IRN");
    assertHas(kb.lookup("islamic republic of iran"), KnowledgeBase.Kind.COUNTRY, "IRN");
    assertHas(kb.lookup("iranian"), KnowledgeBase.Kind.ADJECTIVE, "IRN");
    assertHas(kb.lookup("tehran"), KnowledgeBase.Kind.CAPITAL, "IRN");
    assertHas(kb.lookup("tehran regime"), KnowledgeBase.Kind.GOVERNMENT, "IRN");
    assertHas(kb.lookup("ministers"), KnowledgeBase.Kind.AGENT, "GOV");
    assertHas(kb.lookup("pat example"), KnowledgeBase.Kind.PERSON, "pat");
    assertHas(kb.lookup("examplo"), KnowledgeBase.Kind.PERSON, "pat");
    assertHas(kb.lookup("eg"), KnowledgeBase.Kind.ORG, "grp");
    assertTrue(kb.lookup("eg").get(0).caseSensitive());
    assertEquals("XXXELI", kb.actor("pat").orElseThrow().codeOn(LocalDate.of(2020, 1, 1)));
  }

  // --- Bad rows ---

  @Test
  void badCountryCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(
        "# comment\nIRN\tIran\nIr\tNowhere\n", AGENTS, "", ""));
    assertMessage(e, "countries.tsv line 3", "Ir");
  }

  @Test
  void duplicateCountryNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(
        "IRN\tIran\n\nIRN\tPersia\n", AGENTS, "", ""));
    assertMessage(e, "countries.tsv line 3", "IRN");
  }

  @Test
  void badAgentCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(
        COUNTRIES, "GOV\tgovernment\t\ngovt\tgovernment\t\n", "", ""));
    assertMessage(e, "agents.tsv line 2", "govt");
  }

  @Test
  void unknownKindNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "# people\npat\tperson\tPat Example\tXXXELI\t\ngrp\tgroup\tSome Group\tIRNREB\t\n",
        ""));
    assertMessage(e, "actors.tsv line 3", "group");
  }

  @Test
  void badActorCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tIRNGO\t\n", ""));
    assertMessage(e, "actors.tsv line 1", "IRNGO");
  }

  @Test
  void duplicateActorIdNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\npat\tperson\tPat Other\tXXXELI\t\n", ""));
    assertMessage(e, "actors.tsv line 2", "pat");
  }

  @Test
  void roleForUnknownActorNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "# roles\npat\tXXXGOV\tpresident\t2020-01-01\t\n"
            + "nobody\tXXXGOV\tpresident\t2020-01-01\t\n"));
    assertMessage(e, "roles.tsv line 3", "nobody");
  }

  @Test
  void roleEndingBeforeItStartsNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tXXXGOV\tpresident\t2020-01-01\t2019-12-31\n"));
    assertMessage(e, "roles.tsv line 1", "ends before it starts");
  }

  @Test
  void badDateNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tXXXGOV\tpresident\t2020-01-01\t\npat\tXXXGOV\tpresident\t16 May 2021\t\n"));
    assertMessage(e, "roles.tsv line 2", "16 May 2021");
  }

  @Test
  void impossibleDateNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tXXXGOV\tpresident\t2020-01-01\t2021-02-30\n"));
    assertMessage(e, "roles.tsv line 1", "2021-02-30");
  }

  @Test
  void missingStartDateNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tXXXGOV\tpresident\t\t2021-01-01\n"));
    assertMessage(e, "roles.tsv line 1");
  }

  @Test
  void badRoleCodeNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> kb(COUNTRIES, AGENTS,
        "pat\tperson\tPat Example\tXXXELI\t\n",
        "pat\tgov\tpresident\t2020-01-01\t\n"));
    assertMessage(e, "roles.tsv line 1", "gov");
  }

  @Test
  void tooFewFieldsNamesFileAndLine() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> Tsv.parse("actors.tsv", "pat\tperson\tPat Example\tXXXELI\t\nlonely\tperson\n", 4));
    assertMessage(e, "actors.tsv line 2");
  }

  // --- Helpers ---

  private static KnowledgeBase kb(String countries, String agents, String actors, String roles) {
    return KnowledgeBase.load(Tsv.parse("countries.tsv", countries, 2),
        Tsv.parse("agents.tsv", agents, 2), Tsv.parse("actors.tsv", actors, 4),
        Tsv.parse("roles.tsv", roles, 4));
  }


  private static void assertHas(List<KnowledgeBase.Name> names, KnowledgeBase.Kind kind,
      String target) {
    assertTrue(names.stream().anyMatch(n -> n.kind() == kind && n.target().equals(target)),
        "expected " + kind + " " + target + " in " + names);
  }

  private static void assertMessage(DataFileException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
    }
  }
}
