package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.DataFileException;
import org.dyad.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodebookTest {

  private static Codebook standard;

  @BeforeAll
  static void load() {
    standard = Codebook.standard();
  }

  /** Every code of the standard codebook, found by trying every 2- to 4-digit code. */
  private static List<Codebook.Entry> allEntries() {
    List<Codebook.Entry> out = new ArrayList<>();
    for (int digits = 2; digits <= 4; digits++) {
      int limit = (int) Math.pow(10, digits);
      for (int n = 0; n < limit; n++) {
        String code = String.format(Locale.ROOT, "%0" + digits + "d", n);
        if (standard.contains(code)) {
          out.add(standard.get(CameoCode.of(code)));
        }
      }
    }
    return out;
  }

  // --- The shipped codebook ---

  @Test
  void standardHasEveryCode() {
    assertTrue(standard.size() >= 300, "codes: " + standard.size());
    assertEquals(standard.size(), allEntries().size());
  }

  @Test
  void standardHasAllTwentyRoots() {
    for (int root = 1; root <= 20; root++) {
      String code = String.format(Locale.ROOT, "%02d", root);
      assertTrue(standard.contains(code), code);
    }
    assertFalse(standard.contains("00"));
    assertFalse(standard.contains("21"));
  }

  @Test
  void codeKeepsItsLeadingZero() {
    Codebook.Entry e = standard.get(CameoCode.of("041"));
    assertEquals("041", e.code().value());
    assertEquals("041", e.code().toString());
    assertEquals("04", e.code().root());
    assertEquals(4, e.code().rootNumber());
    assertFalse(standard.contains("41"));
    assertTrue(standard.entry(CameoCode.of("010")).isPresent());
  }

  @ParameterizedTest
  @CsvSource({
      "01, 1", "02, 1", "03, 1", "04, 1", "05, 1",
      "06, 2", "07, 2", "08, 2", "09, 2",
      "10, 3", "11, 3", "12, 3", "13, 3", "14, 3",
      "15, 4", "16, 4", "17, 4", "18, 4", "19, 4", "20, 4",
  })
  void quadClassFollowsTheRoot(String root, int quadClass) {
    assertEquals(quadClass, Codebook.quadClassOf(CameoCode.of(root)));
    assertEquals(quadClass, standard.get(CameoCode.of(root)).quadClass());
  }

  @Test
  void everyCodeHasTheQuadClassOfItsRootAndAGoldsteinInRange() {
    for (Codebook.Entry e : allEntries()) {
      assertEquals(Codebook.quadClassOf(e.code()), e.quadClass(), e.code().value());
      assertEquals(standard.get(CameoCode.of(e.code().root())).quadClass(), e.quadClass(),
          e.code().value());
      assertTrue(e.goldstein() >= -10 && e.goldstein() <= 10,
          e.code() + " goldstein " + e.goldstein());
      assertFalse(e.name().isBlank(), e.code().value());
    }
  }

  @Test
  void everySubCodeHasItsParent() {
    for (Codebook.Entry e : allEntries()) {
      String v = e.code().value();
      if (v.length() > 2) {
        assertTrue(standard.contains(v.substring(0, v.length() - 1)), "parent of " + v);
      }
    }
  }

  @Test
  void unknownCodeHasNoEntry() {
    assertTrue(standard.entry(CameoCode.of("0999")).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> standard.get(CameoCode.of("0999")));
  }

  // --- CameoCode ---

  @ParameterizedTest
  @ValueSource(strings = {"1", "21", "00", "abc", "", "01a", "12345", "2100", " 04", "-04"})
  void cameoCodeRejectsMalformedCodes(String value) {
    assertThrows(IllegalArgumentException.class, () -> CameoCode.of(value));
  }

  @Test
  void cameoCodeRejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> CameoCode.of(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "20", "010", "0211", "204", "2042"})
  void cameoCodeAcceptsCodesOfTwoToFourDigits(String value) {
    assertEquals(value, CameoCode.of(value).value());
  }

  @Test
  void rootCoversItsCodes() {
    assertTrue(CameoCode.of("04").covers(CameoCode.of("041")));
    assertTrue(CameoCode.of("04").covers(CameoCode.of("04")));
    assertTrue(CameoCode.of("021").covers(CameoCode.of("0211")));
    assertFalse(CameoCode.of("041").covers(CameoCode.of("04")));
    assertFalse(CameoCode.of("04").covers(CameoCode.of("140")));
    assertFalse(CameoCode.of("01").covers(CameoCode.of("10")));
  }

  @Test
  void codesSortAsText() {
    List<CameoCode> codes = new ArrayList<>(List.of(CameoCode.of("10"), CameoCode.of("041"),
        CameoCode.of("04"), CameoCode.of("0211")));
    codes.sort(null);
    assertEquals(List.of("0211", "04", "041", "10"),
        codes.stream().map(CameoCode::value).toList());
  }

  // --- load() ---

  /** The twenty roots, so that a small codebook is complete. */
  private static String roots() {
    StringBuilder b = new StringBuilder();
    for (int root = 1; root <= 20; root++) {
      int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      b.append(String.format(Locale.ROOT, "%02d\tRoot %d\t0.0\t%d\n", root, root, quad));
    }
    return b.toString();
  }

  @Test
  void smallCodebookLoads() {
    Codebook book = load("# test codebook\n" + roots() + "041\tDiscuss by telephone\t1.0\t1\n");
    assertEquals(21, book.size());
    assertEquals(1.0, book.get(CameoCode.of("041")).goldstein());
    assertEquals("Discuss by telephone", book.get(CameoCode.of("041")).name());
  }

  @Test
  void duplicateCodeNamesTheLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> load(
        "# test codebook\n041\tDiscuss by telephone\t1.0\t1\n041\tAgain\t1.0\t1\n" + roots()));
    assertMessage(e, "cameo.tsv line 3", "041");
  }

  @Test
  void wrongQuadClassNamesTheLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> load(
        roots() + "# sub-codes\n041\tDiscuss by telephone\t1.0\t2\n"));
    assertMessage(e, "cameo.tsv line 22", "QuadClass 2", "04");
  }

  @Test
  void goldsteinOutOfRangeNamesTheLine() {
    DataFileException e = assertThrows(DataFileException.class, () -> load(
        roots() + "190\tUse conventional military force\t-11.0\t4\n"));
    assertMessage(e, "cameo.tsv line 21", "Goldstein");
  }

  @Test
  void malformedNumbersAndCodesNameTheLine() {
    assertMessage(assertThrows(DataFileException.class,
        () -> load(roots() + "041\tDiscuss\tmuch\t1\n")), "cameo.tsv line 21");
    assertMessage(assertThrows(DataFileException.class,
        () -> load(roots() + "041\tDiscuss\t1.0\tone\n")), "cameo.tsv line 21");
    assertMessage(assertThrows(DataFileException.class,
        () -> load(roots() + "41\tDiscuss\t1.0\t1\n")), "cameo.tsv line 21");
  }

  @Test
  void missingRootIsRejected() {
    String withoutRoot07 = roots().replaceAll("(?m)^07\t.*\\R", "");
    DataFileException e = assertThrows(DataFileException.class, () -> load(withoutRoot07));
    assertMessage(e, "cameo.tsv", "07");
  }

  private static Codebook load(String text) {
    return Codebook.load(Tsv.parse("cameo.tsv", text, 4));
  }

  private static void assertMessage(DataFileException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
    }
  }
}
