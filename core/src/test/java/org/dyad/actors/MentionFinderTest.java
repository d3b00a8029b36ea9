package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFinderTest {

  private static KnowledgeBase kb;
  private static MentionFinder finder;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.standard();
    finder = MentionFinder.standard(kb);
  }

  // --- Exact, normalized and fuzzy names ---

  @Test
  void transliterationVariantIsAFuzzyPersonMention() {
    List<Mention> found = finder.find(sentence(
        "Ali/NNP/PERSON Akbar/NNP/PERSON Velyati/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    Mention m = found.get(0);
    assertEquals(KnowledgeBase.Kind.PERSON, m.name().kind());
    assertEquals("ali-akbar-velayati", m.name().target());
    assertEquals("fuzzy", m.how());
    assertEquals(0, m.first());
    assertEquals(2, m.last());
  }

  @Test
  void properNamesMustBeCapitalisedInTheText() {
    List<Mention> grouping = finder.find(sentence("the/DT/O West/NNP/O objected/VBD/O"));
    assertEquals(1, grouping.size());
    assertEquals("WST", grouping.get(0).name().target());
    assertTrue(finder.find(sentence("rebels/NNS/O from/IN/O the/DT/O west/NN/O"))
        .stream().noneMatch(m -> m.name().target().equals("WST")));
    assertTrue(finder.find(sentence("the/DT/O river/NN/O jordan/NN/O"))
        .stream().noneMatch(m -> m.name().target().equals("JOR")));
    assertEquals("JOR", finder.find(sentence("Jordan/NNP/LOCATION said/VBD/O")).get(0)
        .name().target());
  }

  @Test
  void whatAnAntiWordIsAgainstIsNoMention() {
    // "anti-Iraq fighters" fight Iraq and are not it; "anti-Slavery International"'s own name
    // starts at "anti" and still matches.
    assertTrue(finder.find(sentence("anti-Iraq/JJ/O fighters/NNS/O attacked/VBD/O"))
        .stream().noneMatch(m -> m.name().target().equals("IRQ")));
    assertTrue(finder.find(sentence("anti-government/JJ/O protesters/NNS/O marched/VBD/O"))
        .stream().noneMatch(m -> m.name().target().equals("GOV")));
    assertTrue(finder.find(sentence("Anti-Slavery/NNP/ORGANIZATION International/NNP/ORGANIZATION"
        + " said/VBD/O")).stream().anyMatch(m -> m.name().target().contains("anti-slavery")));
    assertEquals("IRQ", finder.find(sentence("Iraq/NNP/LOCATION said/VBD/O")).get(0)
        .name().target());
  }

  @Test
  void surnameAsWrittenInTheKnowledgeBaseIsExact() {
    List<Mention> found = finder.find(sentence("Velayati/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("ali-akbar-velayati", found.get(0).name().target());
    assertEquals("exact", found.get(0).how());
    assertEquals(0, found.get(0).first());
    assertEquals(0, found.get(0).last());
  }

  @Test
  void fullNameAsWrittenIsExact() {
    List<Mention> found = finder.find(sentence(
        "Ali/NNP/PERSON Akbar/NNP/PERSON Velayati/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("ali-akbar-velayati", found.get(0).name().target());
    assertEquals("exact", found.get(0).how());
    assertEquals(0, found.get(0).first());
    assertEquals(2, found.get(0).last());
  }

  @Test
  void nameInOtherCaseIsNormalized() {
    List<Mention> found = finder.find(sentence(
        "ALI/NNP/PERSON AKBAR/NNP/PERSON VELAYATI/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("ali-akbar-velayati", found.get(0).name().target());
    assertEquals("normalized", found.get(0).how());
  }

  @Test
  void coreNlpSplitArticleMatchesTheHyphenatedName() {
    List<Mention> found = finder.find(sentence(
        "Ziad/NNP/PERSON al/NNP/PERSON -/HYPH/PERSON Nakhala/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("ziad-al-nakhala", found.get(0).name().target());
    assertEquals(0, found.get(0).first());
    assertEquals(3, found.get(0).last());
  }

  @Test
  void aSpellingOfAVettedOneWordNameIsThatPerson() {
    // Dyad's own files list "Velayati" alone only because it is unambiguous in the news.
    List<Mention> found = finder.find(sentence("Velyati/NNP/PERSON said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("ali-akbar-velayati", found.get(0).name().target());
    assertEquals("fuzzy", found.get(0).how());
  }

  @Test
  void aSpellingOfAnImportedOneWordNameIsNotMatched() {
    // The imported dictionary's one-word names ("Arajaonah") are not vetted so: one word alone
    // is too little evidence.
    List<Mention> found = finder.find(sentence("Arajaona/NNP/PERSON said/VBD/O"));
    assertTrue(found.isEmpty(), found.toString());
  }

  @Test
  void fuzzyMatchNeedsAPersonTag() {
    List<Mention> found = finder.find(sentence(
        "Ali/NNP/O Akbar/NNP/O Velyati/NNP/O said/VBD/O"));
    assertTrue(found.stream().noneMatch(m -> m.name().target().equals("ali-akbar-velayati")),
        found.toString());
  }

  @Test
  void longestNameWins() {
    List<Mention> found = finder.find(sentence(
        "the/DT/O Islamic/NNP/LOCATION Republic/NNP/LOCATION of/IN/LOCATION Iran/NNP/LOCATION"
            + " said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    Mention m = found.get(0);
    assertEquals(KnowledgeBase.Kind.COUNTRY, m.name().kind());
    assertEquals("IRN", m.name().target());
    assertEquals(1, m.first());
    assertEquals(4, m.last());
    assertEquals(4, m.last() - m.first() + 1);
  }

  @Test
  void mentionsComeInTokenOrderWithoutOverlap() {
    List<Mention> found = finder.find(sentence(
        "Iranian/JJ/MISC Foreign/NNP/O Minister/NNP/O Abbas/NNP/PERSON Araghchi/NNP/PERSON"
            + " met/VBD/O Velayati/NNP/PERSON in/IN/O Tehran/NNP/LOCATION ././O"));
    List<String> targets = found.stream().map(m -> m.name().target()).toList();
    assertTrue(targets.containsAll(List.of("IRN", "abbas-araghchi", "ali-akbar-velayati")),
        targets.toString());
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i - 1).last() < found.get(i).first(), found.toString());
    }
  }

  // --- Case and part of speech ---

  @Test
  void pronounUsIsNotTheUnitedStates() {
    List<Mention> found = finder.find(sentence("Iran/NNP/LOCATION told/VBD/O us/PRP/O ././O"));
    assertTrue(found.stream().noneMatch(m -> m.name().target().equals("USA")), found.toString());
  }

  @Test
  void acronymUsIsTheUnitedStates() {
    List<Mention> found = finder.find(sentence("the/DT/O US/NNP/LOCATION said/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(KnowledgeBase.Kind.COUNTRY, found.get(0).name().kind());
    assertEquals("USA", found.get(0).name().target());
    assertEquals(1, found.get(0).first());
    assertEquals("exact", found.get(0).how());
  }

  @Test
  void agentCueCountsWhenItIsANoun() {
    List<Mention> found = finder.find(sentence("the/DT/O army/NN/O attacked/VBD/O"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(KnowledgeBase.Kind.AGENT, found.get(0).name().kind());
    assertEquals("MIL", found.get(0).name().target());
    assertEquals(1, found.get(0).first());
  }

  @Test
  void agentCueDoesNotCountWhenItIsNotANoun() {
    // "army" tagged as an adjective before a noun that is no cue itself ("base" is one: a
    // military base is the military's, agents.tsv).
    List<Mention> adjective = finder.find(sentence("an/DT/O army/JJ/O truck/NN/O"));
    assertTrue(adjective.stream().noneMatch(m -> m.name().kind() == KnowledgeBase.Kind.AGENT),
        adjective.toString());
    List<Mention> verb = finder.find(sentence("they/PRP/O army/VBP/O"));
    assertTrue(verb.stream().noneMatch(m -> m.name().kind() == KnowledgeBase.Kind.AGENT),
        verb.toString());
  }

  // --- False merges: distinct real people with similar names ---

  /**
   * Each row is a real person ({@code name}, tagged PERSON) and a different real person of the
   * knowledge base ({@code other}) with a similar name. The sentence may resolve to the named
   * person when the KB knows them ({@code self}), or to nobody, but never to {@code other}.
   */
  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(delimiter = '|', value = {
      // Shared given name or a one-word difference.
      "Ali Akbar Salehi | ali-akbar-velayati |",
      "Hassan Rouhani | hassan-nasrallah | hassan-rouhani",
      "Hassan Nasrallah | hassan-rouhani | hassan-nasrallah",
      "Mahmoud Ahmadinejad | mahmoud-abbas |",
      "Abdullah Abdullah | abdullah-ensour |",
      "Abdullah Gul | abdullah-ii |",
      "Kim Jong-il | kim-jong-un |",
      "Kim Yo-jong | kim-jong-un |",
      "Kim Yong Chol | kim-yong-nam |",
      "Ri Yong Gil | ri-yong-ho |",
      "Li Peng | li-qiang |",
      "Park Chung-hee | park-geun-hye |",
      "Khalid bin Salman | mohammed-bin-salman |",
      "Sultan bin Abdulaziz | salman-bin-abdulaziz |",
      "Nayef bin Abdulaziz | muqrin-bin-abdulaziz |",
      "Turki al-Faisal | saud-al-faisal |",
      "Faisal bin Salman | faisal-bin-farhan |",
      "Hamad bin Khalifa Al Thani | khalid-bin-khalifa-al-thani |",
      "Mansour bin Zayed | mohamed-bin-zayed |",
      "Hamdan bin Rashid | mohammed-bin-rashid |",
      "Abdel Fattah al-Burhan | abdel-fattah-el-sisi |",
      "Omar al-Bashir | mohammed-al-bashir |",
      "Mohammed Sinwar | yahya-sinwar |",
      "Mohammed Ali al-Houthi | abdul-malik-al-houthi |",
      "Awn al-Khasawneh | bisher-al-khasawneh |",
      "Ayman al-Zawahiri | ayman-safadi |",
      "Benazir Bhutto | bilawal-bhutto-zardari |",
      "Raheel Sharif | nawaz-sharif |",
      "Hosni Mubarak | ahmed-awad-bin-mubarak |",
      "Masoud Barzani | masoud-pezeshkian |",
      "Mohammad Javad Larijani | mohammad-javad-zarif |",
      "Mohammad Bagheri | ali-bagheri-kani |",
      "Rafik Hariri | saad-hariri |",
      "Chaim Herzog | isaac-herzog |",
      "Olena Zelenska | volodymyr-zelenskyy |",
      "Eduardo Bolsonaro | jair-bolsonaro |",
      "Donald Tusk | donald-trump |",
      "Mike Pence | mike-pompeo |",
      "John Kelly | john-kerry |",
      "James Cameron | david-cameron |",
      "Francois Fillon | francois-hollande |",
      "Celine Dion | stephane-dion |",
      "Antonio Conte | giuseppe-conte |",
      "Antonio Costa | antonio-guterres |",
      "Taro Aso | taro-kono |",
      // A surname one edit away from a KB person's (the fuzzy step's own risk).
      "John Terry | john-kerry |",
      "Carlos Franco | carlos-franca |",
      // A relative: the KB person's surname, or whole name, inside a longer name.
      "Farouk al-Sharaa | ahmed-al-sharaa |",
      "Bashar al-Jaafari | ibrahim-al-jaafari |",
      "Hafez al-Assad | bashar-al-assad |",
      "Mojtaba Khamenei | ali-khamenei |",
      "Michelle Obama | barack-obama |",
      "Pierre Trudeau | justin-trudeau |",
      "Siim Kallas | kaja-kallas |",
      "Ahmed Ali Abdullah Saleh | ali-abdullah-saleh |",
      "Donald Trump Jr. | donald-trump |",
      "Park Jin-young | park-jin |",
  })
  void similarNamesOfDifferentPeopleDoNotMerge(String name, String other, String self) {
    assertTrue(kb.actor(other).isPresent(), "not in the knowledge base: " + other);
    StringBuilder text = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      text.append(word).append("/NNP/PERSON ");
    }
    text.append("said/VBD/O");
    List<Mention> found = finder.find(sentence(text.toString()));
    for (Mention m : found) {
      assertTrue(!m.name().target().equals(other),
          "'" + name + "' resolved to " + other + " (" + m.how() + ", written '"
              + m.name().written() + "', tokens " + m.first() + ".." + m.last() + ")");
    }
    if (self != null) {
      assertTrue(kb.actor(self).isPresent(), "not in the knowledge base: " + self);
      assertTrue(found.stream().anyMatch(m -> m.name().target().equals(self)),
          "'" + name + "' should resolve to " + self + ": " + found);
    }
  }

  // --- Helpers ---

  /**
   * A sentence from space-separated {@code word/POS/NER} tokens (the word may itself contain a
   * slash), with consecutive character offsets and no dependencies or temporal expressions.
   */
  // --- False merges: names that look alike, and places inside other names ---

  /** The countries of a tagged sentence's mentions, in order (agents have none). */
  private static List<String> countries(String tagged) {
    return finder.find(sentence(tagged)).stream().map(m -> StoryCountry.countryOf(kb, m))
        .filter(Objects::nonNull).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The two Congos: "Congo" alone is Kinshasa's, as the agencies write it.
      "Congo/NNP/LOCATION 's/POS/O army/NN/O | COD",
      "Kinshasa/NNP/LOCATION said/VBD/O | COD",
      "the/DT/O Democratic/NNP/LOCATION Republic/NNP/LOCATION of/IN/LOCATION"
          + " Congo/NNP/LOCATION | COD",
      "the/DT/O Republic/NNP/LOCATION of/IN/LOCATION Congo/NNP/LOCATION | COG",
      "Congo-Brazzaville/NNP/LOCATION | COG",
      "in/IN/O Brazzaville/NNP/LOCATION ,/,/O Congo/NNP/LOCATION ,/,/O on/IN/O | COG",
      // Georgia the country, not the US state.
      "Georgia/NNP/LOCATION 's/POS/O prime/JJ/O minister/NN/O | GEO",
      "Tbilisi/NNP/LOCATION said/VBD/O | GEO",
      "in/IN/O Atlanta/NNP/LOCATION ,/,/O Georgia/NNP/LOCATION ,/,/O on/IN/O | USA",
      // Niger and Nigeria.
      "Niger/NNP/LOCATION 's/POS/O junta/NN/O | NER",
      "Nigerien/JJ/O troops/NNS/O | NER",
      "Nigeria/NNP/LOCATION 's/POS/O army/NN/O | NGA",
      "Nigerian/JJ/O troops/NNS/O | NGA",
      // The Guineas.
      "Guinea/NNP/LOCATION 's/POS/O junta/NN/O | GIN",
      "Guinea-Bissau/NNP/LOCATION 's/POS/O president/NN/O | GNB",
      "Equatorial/NNP/LOCATION Guinea/NNP/LOCATION 's/POS/O government/NN/O | GNQ",
      // Sudan and South Sudan.
      "Sudan/NNP/LOCATION 's/POS/O army/NN/O | SDN",
      "South/NNP/LOCATION Sudan/NNP/LOCATION 's/POS/O president/NN/O | SSD",
      "South/JJ/O Sudanese/JJ/O troops/NNS/O | SSD",
      // A country's name that is a first name, or a place in a person's name, is neither.
      "Jordan/NNP/LOCATION said/VBD/O | JOR",
      "Jordan/NNP/PERSON Bardella/NNP/PERSON criticized/VBD/O Macron/NNP/PERSON | FRA",
      "Chad/NNP/LOCATION 's/POS/O army/NN/O | TCD",
      "Chad/NNP/PERSON Daybell/NNP/PERSON was/VBD/O convicted/VBN/O | ''",
      "Washington/NNP/LOCATION said/VBD/O | USA",
      "George/NNP/PERSON Washington/NNP/PERSON was/VBD/O president/NN/O | ''",
      "George/NNP/ORGANIZATION Washington/NNP/ORGANIZATION University/NNP/ORGANIZATION"
          + " researchers/NNS/O | ''",
      "Paris/NNP/LOCATION said/VBD/O | FRA",
      "Paris/NNP/PERSON Hilton/NNP/PERSON met/VBD/O fans/NNS/O | ''",
      "Lima/NNP/LOCATION said/VBD/O | PER",
      "Lima/NNP/PERSON Barreto/NNP/PERSON spoke/VBD/O | ''",
      // A list goes on after a city and a country; a possessive makes the country an actor.
      "visits/NNS/O to/TO/O Cairo/NNP/LOCATION ,/,/O Jordan/NNP/LOCATION and/CC/O"
          + " Qatar/NNP/LOCATION | EGY JOR QAT",
      "in/IN/O Cairo/NNP/LOCATION ,/,/O Jordan/NNP/LOCATION 's/POS/O king/NN/O | EGY JOR"})
  void namesThatLookAlikeAreNotMerged(String tagged, String expected) {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, countries(tagged), tagged);
  }

  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tagged.trim().split(" +")) {
      int nerAt = t.lastIndexOf('/');
      int posAt = t.lastIndexOf('/', nerAt - 1);
      String word = t.substring(0, posAt);
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(java.util.Locale.ROOT),
          t.substring(posAt + 1, nerAt), t.substring(nerAt + 1), begin, text.length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of());
  }
}
