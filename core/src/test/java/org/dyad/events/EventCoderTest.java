package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.junit.jupiter.api.Test;

/** Events from firings, on hand-built parses: pairs of sources, and what is history. */
class EventCoderTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 21);
  private static final EventCoder CODER = Parsed.coder(
      Parsed.patterns("040\tnoun\ttalk\twith", "190\tverb\tfight\twith obj",
          "180\tverb\tkill\tobj", "190\tnoun\tstrike\ton against", "190\tverb\tfire at\tat",
          "141\tverb\trally\tagainst", "190\tverb\tstorm\tobj"));

  private static List<Event> code(Sentence s) {
    return CODER.code(Parsed.context(s, DAY), "t", DAY);
  }

  @Test
  void twoSourcesWithEachOtherAreOneRowFirstNamedFirst() {
    // "Hamas and Israel held talks": one event, not one each way.
    List<Event> events = code(Parsed.of("Hamas/NNP and/CC Israel/NNP held/VBD/hold"
        + " talks/NNS/talk", "root -1 3", "nsubj 3 0", "cc 2 1", "conj:and 0 2", "nsubj 3 2",
        "obj 3 4"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("PSE", events.get(0).source().country());
    assertEquals("ISR", events.get(0).target().country());
  }

  @Test
  void aProtestThatNamesNoTargetIsAgainstTheProtestersOwnGovernment() {
    // "Egyptian protesters rallied in Cairo": Egypt's people toward Egypt's government.
    List<Event> events = code(Parsed.of("Egyptian/JJ protesters/NNS/protester rallied/VBD/rally"
        + " in/IN Cairo/NNP", "root -1 2", "amod 1 0", "nsubj 2 1", "case 4 3", "obl:in 2 4"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("EGYCVL", events.get(0).source().code());
    assertEquals("EGYGOV", events.get(0).target().code());
    assertEquals("implied", events.get(0).target().resolvedBy());
  }

  @Test
  void theStatesOwnArmsAimAtNoOneTheTextDoesNotName() {
    // "Egyptian police rallied": the police are the state, not its society.
    assertEquals(List.of(), code(Parsed.of("Egyptian/JJ police/NNS rallied/VBD/rally",
        "root -1 2", "amod 1 0", "nsubj 2 1")));
  }

  @Test
  void aCrowdThatStormsRiotsItDoesNotWageWar() {
    List<Event> events = code(Parsed.of("Egyptian/JJ protesters/NNS/protester stormed/VBD/storm"
        + " parliament/NN", "root -1 2", "amod 1 0", "nsubj 2 1", "obj 2 3"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("145", events.get(0).code().value());
    List<Event> army = code(Parsed.of("Egyptian/JJ troops/NNS stormed/VBD/storm"
        + " parliament/NN", "root -1 2", "amod 1 0", "nsubj 2 1", "obj 2 3"));
    assertEquals("190", army.get(0).code().value(), army.toString());
  }

  @Test
  void anActTheTextDatesYearsBackIsHistoryNotNews() {
    Sentence parsed = Parsed.of("Russia/NNP fought/VBD/fight Georgia/NNP in/IN 2008/CD",
        "root -1 1", "nsubj 1 0", "obj 1 2", "case 4 3", "obl:in 1 4");
    Sentence dated = new Sentence(0, 0, parsed.end(), parsed.text(), parsed.tokens(),
        parsed.dependencies(), List.of(new Timex("DATE", "2008", 4, 4)));
    assertEquals(List.of(), code(dated));
    Sentence lastMonth = new Sentence(0, 0, parsed.end(), parsed.text(), parsed.tokens(),
        parsed.dependencies(), List.of(new Timex("DATE", "2019-05", 4, 4)));
    assertEquals(1, code(lastMonth).size(), "last month's act is news");
  }

  @Test
  void aThingThatKillsNamesItsAgent() {
    // "Cross-border firing by India killed civilians": India fired.
    List<Event> events = code(Parsed.of("Firing/NN/firing by/IN India/NNP killed/VBD/kill"
        + " civilians/NNS/civilian", "root -1 3", "nsubj 3 0", "case 2 1", "nmod:by 0 2",
        "obj 3 4"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("IND", events.get(0).source().country());
  }

  @Test
  void anEventNounsNationalityIsItsSource() {
    // "the Israeli strike on Gaza": Israel struck, whoever reports it.
    List<Event> events = code(Parsed.of("the/DT Israeli/JJ strike/NN on/IN Gaza/NNP",
        "root -1 2", "det 2 0", "amod 2 1", "case 4 3", "nmod:on 2 4"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("ISR", events.get(0).source().country());
    assertEquals("PSE", events.get(0).target().country());
  }

  @Test
  void aPassiveActWithoutAgentCameFromWhereItWasFired() {
    List<Event> events = code(Parsed.of("Rockets/NNS/rocket were/VBD/be fired/VBN/fire"
        + " at/IN Israel/NNP from/IN Gaza/NNP", "root -1 2", "nsubj:pass 2 0",
        "aux:pass 2 1", "case 4 3", "obl:at 2 4", "case 6 5", "obl:from 2 6"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("PSE", events.get(0).source().country());
    assertEquals("ISR", events.get(0).target().country());
  }

  @Test
  void aGenericVictimBelongsToTheOtherCountryNamedBeforeTheAct() {
    // In a story mostly about India, "Pakistan says firing by India killed civilians": the
    // civilians are Pakistan's; with no other country before the act, the story's.
    Sentence s = Parsed.of("Pakistan/NNP says/VBZ/say firing/NN by/IN India/NNP"
        + " killed/VBD/kill civilians/NNS/civilian", "root -1 1", "nsubj 1 0", "ccomp 1 5",
        "nsubj 5 2", "case 4 3", "nmod:by 2 4", "obj 5 6");
    org.dyad.actors.ActorResolver.Context c = Parsed.context(s, DAY);
    c.antecedents().storyCountry("IND");
    List<Event> events = CODER.code(c, "t", DAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals("PAKCVL", events.get(0).target().code());
    Sentence alone = Parsed.of("Firing/NN/firing by/IN India/NNP killed/VBD/kill"
        + " civilians/NNS/civilian", "root -1 3", "nsubj 3 0", "case 2 1", "nmod:by 0 2",
        "obj 3 4");
    org.dyad.actors.ActorResolver.Context c2 = Parsed.context(alone, DAY);
    c2.antecedents().storyCountry("IND");
    assertEquals("INDCVL", CODER.code(c2, "t", DAY).get(0).target().code(),
        "no other country named: the story's");
  }

  private static final EventCoder STANCES = Parsed.coder(
      Parsed.patterns("111\tverb\tcondemn\tobj", "110\tnoun\tconcern\tabout"));

  private static List<Event> stances(Sentence s, String story) {
    org.dyad.actors.ActorResolver.Context c = Parsed.context(s, DAY);
    c.antecedents().storyCountry(story);
    return STANCES.code(c, "t", DAY);
  }

  @Test
  void aCondemnedThingWithNoOwnerIsTheStorysCountryButNotTheSourcesOwn() {
    Sentence s = Parsed.of("Britain/NNP condemned/VBD/condemn the/DT coup/NN", "root -1 1",
        "nsubj 1 0", "det 3 2", "obj 1 3");
    List<Event> events = stances(s, "MLI");
    assertEquals(1, events.size(), events.toString());
    assertEquals("MLI", events.get(0).target().country());
    assertEquals(List.of(), stances(s, "GBR"), "a state's own country is no default");
  }

  @Test
  void aCondemnedThingBelongsToItsAgentElseToWhereItHappened() {
    Sentence agent = Parsed.of("Britain/NNP condemned/VBD/condemn violence/NN by/IN Russia/NNP"
        + " in/IN Mali/NNP", "root -1 1", "nsubj 1 0", "obj 1 2", "case 4 3", "nmod:by 2 4",
        "case 6 5", "nmod:in 2 6");
    assertEquals("RUS", stances(agent, "FRA").get(0).target().country());
    Sentence place = Parsed.of("Britain/NNP condemned/VBD/condemn the/DT attack/NN in/IN"
        + " Mali/NNP", "root -1 1", "nsubj 1 0", "det 3 2", "obj 1 3", "case 5 4",
        "obl:in 1 5");
    List<Event> events = stances(place, "FRA");
    assertEquals(1, events.size(), events.toString());
    assertEquals("MLI", events.get(0).target().country());
  }

  @Test
  void aConcernAboutAThingNoOneOwnsIsNoEvent() {
    // "concern about the situation": a concern is placed nowhere, not even in the story's
    // country (rewrites.tsv); one about violence by Russia in Mali is aimed at Russia.
    Sentence s = Parsed.of("Britain/NNP 's/POS concern/NN about/IN the/DT situation/NN",
        "root -1 2", "nmod:poss 2 0", "case 0 1", "case 5 3", "det 5 4", "nmod:about 2 5");
    assertEquals(List.of(), stances(s, "MLI"));
    Sentence owned = Parsed.of("Britain/NNP 's/POS concern/NN about/IN violence/NN by/IN"
        + " Russia/NNP in/IN Mali/NNP", "root -1 2", "nmod:poss 2 0", "case 0 1", "case 4 3",
        "nmod:about 2 4", "case 6 5", "nmod:by 4 6", "case 8 7", "nmod:in 4 8");
    List<Event> events = stances(owned, "MLI");
    assertEquals(1, events.size(), events.toString());
    assertEquals("RUS", events.get(0).target().country());
  }
}
