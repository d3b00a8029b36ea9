package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.junit.jupiter.api.Test;

class RewritesTest {

  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Rewrites STANDARD = Rewrites.standard(CODEBOOK);

  private static CameoCode code(String c) {
    return CameoCode.of(c);
  }

  @Test
  void futureActsAreIntentsOrThreats() {
    assertEquals(code("036"), STANDARD.future(code("041")));
    assertEquals(code("032"), STANDARD.future(code("051")));
    assertEquals(code("033"), STANDARD.future(code("073")));
    assertEquals(code("137"), STANDARD.future(code("173")));
    assertEquals(code("138"), STANDARD.future(code("190")));
    assertEquals(code("010"), STANDARD.future(code("010")), "no row: stays");
    assertEquals(code("100"), STANDARD.future(code("100")), "no row: stays");
  }

  @Test
  void aRefusedCooperativeActIsARejection() {
    assertEquals(Optional.of(code("125")), STANDARD.refused(code("040")), "talks");
    assertEquals(Optional.of(code("1243")), STANDARD.refused(code("084")), "a release");
    assertEquals(Optional.of(code("1246")), STANDARD.refused(code("0871")), "a truce");
    assertEquals(Optional.of(code("127")), STANDARD.refused(code("057")), "an agreement");
    assertEquals(Optional.empty(), STANDARD.refused(code("190")), "a refused attack: no row");
    assertEquals(Optional.empty(), STANDARD.refused(code("010")), "a statement: no row");
  }

  @Test
  void spokenViolenceIsAThreat() {
    assertEquals(code("130"), STANDARD.spoken(code("163")));
    assertEquals(code("138"), STANDARD.spoken(code("193")));
  }

  @Test
  void anObligationIsADemand() {
    assertEquals(Optional.of(code("100")), STANDARD.obligation(code("042")));
  }

  @Test
  void appealsIntentsDemandsRefusalsThreatsDenialsAndAccusationsGovernTheirComplement() {
    for (String c : new String[] {"020", "0211", "036", "100", "125", "138", "016", "112"}) {
      assertTrue(STANDARD.governsComplement(code(c)), c);
    }
    for (String c : new String[] {"010", "015", "042", "111", "190"}) {
      assertFalse(STANDARD.governsComplement(code(c)), c);
    }
  }

  @Test
  void statementsAndCommentsNeedATarget() {
    for (String c : new String[] {"010", "012", "013", "018"}) {
      assertTrue(STANDARD.needsTarget(code(c)), c);
    }
    for (String c : new String[] {"015", "016", "141", "190"}) {
      assertFalse(STANDARD.needsTarget(code(c)), c);
    }
  }

  @Test
  void aStatesProtestIsDisapproval() {
    assertEquals(code("111"), STANDARD.official(code("140")));
    assertEquals(code("141"), STANDARD.official(code("141")), "a rally stays a rally");
  }

  @Test
  void societysProtestsAndDemandsAimAtTheGovernmentAndACrowdsForceIsARiot() {
    assertTrue(STANDARD.aimsAtGovernment(code("141")));
    assertTrue(STANDARD.aimsAtGovernment(code("100")));
    assertFalse(STANDARD.aimsAtGovernment(code("173")), "an arrest names whom it takes");
    assertEquals(code("145"), STANDARD.crowd(code("190")));
    assertEquals(code("180"), STANDARD.crowd(code("180")), "a killing stays a killing");
  }

  @Test
  void aStatesWarningToItsOwnPeopleIsANotice() {
    assertTrue(STANDARD.noticeToPublic(code("130")));
    assertFalse(STANDARD.noticeToPublic(code("1383")), "a threat to kill stays a threat");
    assertFalse(STANDARD.noticeToPublic(code("100")), "an order to disperse stays a demand");
  }

  @Test
  void longestPrefixWins() {
    Rewrites r = Rewrites.load(Tsv.parse("r.tsv", "future\t19\t138\nfuture\t193\t137\n", 3),
        CODEBOOK);
    assertEquals(code("137"), r.future(code("193")));
    assertEquals(code("138"), r.future(code("190")));
  }

  @Test
  void badRowsNameTheirLine() {
    DataFileException kind = assertThrows(DataFileException.class, () -> Rewrites.load(
        Tsv.parse("r.tsv", "future\t04\t036\nlater\t04\t036\n", 3), CODEBOOK));
    assertTrue(kind.getMessage().contains("r.tsv") && kind.getMessage().contains("2"),
        kind.getMessage());
    assertThrows(DataFileException.class, () -> Rewrites.load(
        Tsv.parse("r.tsv", "future\t04\t999\n", 3), CODEBOOK));
    assertThrows(DataFileException.class, () -> Rewrites.load(
        Tsv.parse("r.tsv", "complement\t04\t036\n", 3), CODEBOOK));
    assertThrows(DataFileException.class, () -> Rewrites.load(
        Tsv.parse("r.tsv", "future\tfour\t036\n", 3), CODEBOOK));
    assertThrows(DataFileException.class, () -> Rewrites.load(
        Tsv.parse("r.tsv", "future\t04\t036\nfuture\t04\t032\n", 3), CODEBOOK));
  }
}
