package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  private static List<String> norms(List<Names.Piece> pieces) {
    return pieces.stream().map(Names.Piece::norm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Iran | iran",
      "IRAN | iran",
      "Erdoğan | erdogan",
      "Çavuşoğlu | cavusoglu",
      "Séjourné | sejourne",
      "António | antonio",
      "Khamene’i | khamene'i",
      "Khamene‘i | khamene'i",
      "Khameneʼi | khamene'i",
      "Khamene`i | khamene'i",
      "Sa'ar | sa'ar",
  })
  void normalisesCaseDiacriticsAndApostrophes(String word, String expected) {
    assertEquals(expected, Names.norm(word));
  }

  @Test
  void normIsIndependentOfTheDefaultLocale() {
    // Turkish lower-casing would turn "I" into a dotless "ı"; Locale.ROOT must be used.
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertEquals("iran", Names.norm("IRAN"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void hyphensSplitWords() {
    List<Names.Piece> pieces = Names.pieces("Hossein Amir-Abdollahian");
    assertEquals(List.of("hossein", "amir", "abdollahian"), norms(pieces));
    assertEquals(List.of("Hossein", "Amir", "Abdollahian"),
        pieces.stream().map(Names.Piece::text).toList());
    // Both halves of a hyphenated word point back at the word they came from.
    assertEquals(List.of(0, 1, 1), pieces.stream().map(Names.Piece::token).toList());
  }

  @Test
  void aDictionaryNamesPossessiveIsSplitAsTheTokenizerSplitsTheText() {
    // The text's tokens are "People" "'s"; the dictionary writes "People's" as one word.
    assertEquals(Names.key(Names.pieces(List.of("Democratic", "People", "'s", "Republic"))),
        Names.key(Names.pieces("Democratic People's Republic")));
    assertEquals(Names.key(Names.pieces(List.of("People", "’s", "Daily"))),
        Names.key(Names.pieces("People’s Daily")));
    assertEquals(Names.key(Names.pieces(List.of("Kurdistan", "Workers", "'", "Party"))),
        Names.key(Names.pieces("Kurdistan Workers' Party")));
    // An apostrophe inside a word stays: "Sa'ar" is one piece.
    assertEquals(List.of("sa'ar"), norms(Names.pieces("Sa'ar")));
  }

  @Test
  void hyphenatedArticleIsDropped() {
    assertEquals(List.of("nakhala"), norms(Names.pieces("al-Nakhala")));
    assertEquals(List.of("ziad", "nakhala"), norms(Names.pieces("Ziad al-Nakhala")));
    assertEquals(List.of("abdel", "fattah", "sisi"), norms(Names.pieces("Abdel Fattah el-Sisi")));
    assertEquals(Names.key(Names.pieces("Ziad Nakhala")),
        Names.key(Names.pieces("Ziad al-Nakhala")));
  }

  @Test
  void articleWithoutHyphenIsKept() {
    assertEquals(List.of("ziad", "al", "nakhala"), norms(Names.pieces("Ziad al Nakhala")));
  }

  @Test
  void lonelyArticleIsKept() {
    // An "al-" with nothing after it is not an article of anything.
    assertEquals(List.of("al"), norms(Names.pieces("al-")));
  }

  @Test
  void coreNlpTokensGiveTheSameKeyAsTheWrittenName() {
    List<Names.Piece> fromTokens = Names.pieces(List.of("Ziad", "al", "-", "Nakhala"));
    assertEquals(Names.key(Names.pieces("Ziad al-Nakhala")), Names.key(fromTokens));
    assertEquals("ziad nakhala", Names.key(fromTokens));
    // The pieces keep the index of the token they came from.
    assertEquals(List.of(0, 3), fromTokens.stream().map(Names.Piece::token).toList());
  }

  @Test
  void punctuationOnlyWordsAreSkipped() {
    List<Names.Piece> pieces = Names.pieces(List.of("Velayati", ",", "said", "."));
    assertEquals(List.of("velayati", "said"), norms(pieces));
    assertEquals(List.of(0, 2), pieces.stream().map(Names.Piece::token).toList());
  }

  @Test
  void emptyNameHasNoPieces() {
    assertTrue(Names.pieces("   ").isEmpty());
    assertTrue(Names.pieces(List.of()).isEmpty());
    assertEquals("", Names.key(List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "UN", "PIJ", "U.S.", "IRGC", "EU"})
  void acronymsAreCaseSensitive(String name) {
    assertTrue(Names.caseSensitive(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Iran", "us", "Velayati", "Ali Akbar Velayati", "al-Nakhala", "Un",
      "Xi"})
  void ordinaryNamesAreNotCaseSensitive(String name) {
    assertFalse(Names.caseSensitive(name), name);
  }

  @Test
  void distanceCountsOneEditForATransliteration() {
    assertEquals(1, Names.distance("velayati", "velyati", 1));
    assertEquals(1, Names.distance("velyati", "velayati", 1));
    assertEquals(0, Names.distance("velayati", "velayati", 1));
  }

  @Test
  void distanceCountsAnAdjacentTranspositionAsOneEdit() {
    assertEquals(1, Names.distance("velayati", "velaytai", 1));
    assertEquals(1, Names.distance("ab", "ba", 2));
  }

  @Test
  void distanceStopsAtTheLimit() {
    assertEquals(3, Names.distance("kitten", "sitting", 5));
    assertEquals(2, Names.distance("kitten", "sitting", 1));
    assertEquals(2, Names.distance("velayati", "khamenei", 1));
    // Length difference alone exceeds the limit.
    assertEquals(2, Names.distance("al", "nakhala", 1));
    assertEquals(3, Names.distance("a", "abcde", 2));
  }

  @Test
  void boundedDistanceAgreesWithTheFullDistanceUpToTheLimit() {
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 5000; n++) {
      String a = randomWord(random);
      String b = randomWord(random);
      int full = Names.distance(a, b, 100);
      for (int limit = 0; limit <= 3; limit++) {
        int bounded = Names.distance(a, b, limit);
        if (full <= limit) {
          assertEquals(full, bounded, a + " / " + b + " limit " + limit);
        } else {
          assertTrue(bounded > limit, a + " / " + b + " limit " + limit + ": " + bounded);
        }
      }
    }
  }

  private static String randomWord(java.util.Random random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(7);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(3)));
    }
    return b.toString();
  }

  @Test
  void distanceToEmptyIsTheLength() {
    assertEquals(3, Names.distance("", "abc", 5));
    assertEquals(0, Names.distance("", "", 0));
  }
}
