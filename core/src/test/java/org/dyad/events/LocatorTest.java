package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorResolver;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The place of an event from its own words, on hand-built parses. */
class LocatorTest {

  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);
  private static final Locator LOCATOR = new Locator(Parsed.kb());

  private static ActorResolver.Context context(Sentence s, String storyCountry) {
    ActorResolver.Context c = Parsed.context(s, DAY);
    if (storyCountry != null) {
      c.antecedents().storyCountry(storyCountry);
    }
    return c;
  }

  private static String describe(Location l) {
    return l == null ? "-" : l.name() + " " + l.country() + " " + l.adm1() + " "
        + l.precision().label() + " '" + l.text() + "' " + l.source().label()
        + (l.lat() == null ? " no coordinates" : "");
  }

  @Test
  void aTownOnlyTheGazetteerKnowsPlacesTheEventButNoActor() {
    // Police arrested protesters in Eldoret
    Sentence s = Parsed.of("Police/NNS arrested/VBD/arrest protesters/NNS in/IN Eldoret/NNP",
        "nsubj 1 0", "obj 1 2", "obl:in 1 4", "case 4 3");
    ActorResolver.Context c = context(s, null);
    assertEquals("Eldoret KEN KE.52 city 'Eldoret' phrase", describe(LOCATOR.locate(c, 1, 1)));
    assertNull(LOCATOR.country(c, 1, 1, List.of(0, 2)), "the gazetteer never places actors");
  }

  @Test
  void aHandTypedPlaceComesFirstAndBorrowsTheGazetteersRegion() {
    // Troops attacked militants near Mosul
    Sentence s = Parsed.of("Troops/NNS attacked/VBD/attack militants/NNS near/IN Mosul/NNP",
        "nsubj 1 0", "obj 1 2", "obl:near 1 4", "case 4 3");
    ActorResolver.Context c = context(s, null);
    Location l = LOCATOR.locate(c, 1, 1);
    assertEquals("Mosul IRQ", l.name() + " " + l.country());
    assertEquals(Location.Precision.CITY, l.precision());
    assertEquals("IRQ", LOCATOR.country(c, 1, 1, List.of()));
  }

  @Test
  void theBorderTownOfANamedPlace() {
    // Shells hit the border town of Pavlohrad
    Sentence s = Parsed.of("Shells/NNS fell/VBD/fall near/IN the/DT border/NN town/NN of/IN"
        + " Pavlohrad/NNP", "nsubj 1 0", "obl:near 1 5", "case 5 2", "det 5 3",
        "compound 5 4", "nmod:of 5 7", "case 7 6");
    assertEquals("Pavlohrad UKR UA.04 city 'Pavlohrad' phrase",
        describe(LOCATOR.locate(context(s, null), 1, 1)));
  }

  @Test
  void theCapitalIsTheCapitalOfTheCountryNamedElseOfTheStory() {
    // Protesters rallied in the capital
    Sentence bare = Parsed.of("Protesters/NNS rallied/VBD/rally in/IN the/DT capital/NN",
        "nsubj 1 0", "obl:in 1 4", "case 4 2", "det 4 3");
    assertEquals("-", describe(LOCATOR.locate(context(bare, null), 1, 1)),
        "no country known, no capital");
    assertEquals("Nairobi KEN KE.05 city 'the capital' phrase",
        describe(LOCATOR.locate(context(bare, "KEN"), 1, 1)));
    // Protesters rallied in the Syrian capital
    Sentence syrian = Parsed.of("Protesters/NNS rallied/VBD/rally in/IN the/DT Syrian/JJ"
        + " capital/NN", "nsubj 1 0", "obl:in 1 5", "case 5 2", "det 5 3", "amod 5 4");
    assertEquals("Damascus SYR SY.13 city 'the Syrian capital' phrase",
        describe(LOCATOR.locate(context(syrian, "KEN"), 1, 1)));
  }

  @Test
  void aProvinceIsARegion() {
    // Jets struck targets in Aleppo province
    Sentence s = Parsed.of("Jets/NNS struck/VBD/strike targets/NNS in/IN Aleppo/NNP"
        + " province/NN", "nsubj 1 0", "obj 1 2", "obl:in 1 5", "case 5 3", "compound 5 4");
    Location l = LOCATOR.locate(context(s, null), 1, 1);
    assertEquals("SYR SY.09 region", l.country() + " " + l.adm1() + " " + l.precision().label());
  }

  @Test
  void aGazetteerTownOutsideTheCountriesInViewPlacesNothing() {
    // Police arrested protesters in Eldoret: Kenya's town, in a story on Iran
    Sentence s = Parsed.of("Police/NNS arrested/VBD/arrest protesters/NNS in/IN Eldoret/NNP",
        "nsubj 1 0", "obj 1 2", "obl:in 1 4", "case 4 3");
    assertEquals("-", describe(LOCATOR.locate(context(s, "IRN"), 1, 1)));
    // ... unless the sentence names its country: Kenyan police arrested protesters in Eldoret
    Sentence k = Parsed.of("Kenyan/JJ police/NNS arrested/VBD/arrest protesters/NNS in/IN"
        + " Eldoret/NNP", "amod 1 0", "nsubj 2 1", "obj 2 3", "obl:in 2 5", "case 5 4");
    assertEquals("Eldoret KEN KE.52 city 'Eldoret' phrase",
        describe(LOCATOR.locate(context(k, "IRN"), 2, 2)));
  }

  @Test
  void aCountryIsPlacedAtItsCentre() {
    Sentence s = Parsed.of("Russia/NNP attacked/VBD/attack rebels/NNS in/IN Syria/NNP",
        "nsubj 1 0", "obj 1 2", "obl:in 1 4", "case 4 3");
    assertEquals("Syria SYR null country 'Syria' phrase",
        describe(LOCATOR.locate(context(s, null), 1, 1)));
  }

  @Test
  void lowerCaseWordsAndNamesOfActorsAreNoPlaces() {
    // Leaders met in private; 'in Barack Obama' (Obama is also a Japanese city)
    Sentence lower = Parsed.of("Leaders/NNS met/VBD/meet in/IN private/NN",
        "nsubj 1 0", "obl:in 1 3", "case 3 2");
    assertNull(LOCATOR.locate(context(lower, null), 1, 1));
    Sentence person = Parsed.of("The/DT envoy/NN spoke/VBD/speak in/IN Barack/NNP Obama/NNP",
        "det 1 0", "nsubj 2 1", "obl:in 2 5", "case 5 3", "compound 5 4");
    assertNull(LOCATOR.locate(context(person, null), 2, 2));
  }

  @Test
  void theDatelinePlacesWhatTheSentenceDoesNot() {
    assertEquals("Eldoret KEN KE.52 city 'ELDORET, Kenya' dateline",
        describe(LOCATOR.dateline("ELDORET, Kenya", null).orElseThrow()));
    assertEquals("Nairobi KEN KE.05 city 'NAIROBI' dateline",
        describe(LOCATOR.dateline("NAIROBI", null).orElseThrow()));
    assertEquals("-", describe(LOCATOR.dateline("", null).orElse(null)));
  }
}
