package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Antecedents;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.Offices;
import org.dyad.ingest.Span;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * References back in readouts and statements, on hand-built parses: "the Secretary" and "the
 * Foreign Minister" to the person last named with that title, "we" to the institution a
 * statement speaks for, a "He" opening a sentence to the subject of the sentence before, "the
 * two" and "they" to the pair of people of the last call or meeting.
 */
class ReferBackTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 21);
  private static final ActorRef SECRETARY = new ActorRef("unknown/kerry", "USAGOV", "USA",
      "Kerry", "Secretary Kerry", false, "unknown");
  private static final ActorRef MINISTER = new ActorRef("unknown/zebari", "IRQGOV", "IRQ",
      "Zebari", "Zebari", false, "apposition");
  private static final ActorRef USA = new ActorRef("USA", "USA", "USA", "United States",
      "The United States", true, "exact");
  private static KnowledgeBase kb;
  private static ActorResolver resolver;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.standard();
    Codebook codebook = Codebook.standard();
    resolver = new ActorResolver(kb, Offices.standard(kb));
    coder = new EventCoder(codebook, Plover.standard(codebook), kb,
        Parsed.patterns("051\tverb\tthank\tobj", "051\tverb\tpraise\tobj"), resolver,
        new EventDater(), EventCoder.standardSpeechVerbs());
  }

  /** The hand-built sentence as the second of its article. */
  private static Sentence second(Sentence s) {
    return new Sentence(1, s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(),
        s.timexes());
  }

  private static ActorResolver.Context context(Sentence s, Antecedents a) {
    return new ActorResolver.Context(s, MentionFinder.standard(kb).find(s), DAY, a);
  }

  private static List<Event> code(Sentence s, Antecedents a) {
    return coder.code(context(s, a), "t", DAY);
  }

  private static final Sentence THANKED = second(Parsed.of("The/DT Secretary/NNP"
      + " thanked/VBD/thank the/DT Foreign/NNP Minister/NNP", "root -1 2", "det 1 0",
      "nsubj 2 1", "det 5 3", "compound 5 4", "obj 2 5"));

  @Test
  void aDefiniteTitleIsThePersonLastNamedWithIt() {
    Antecedents a = new Antecedents();
    a.titled(0, 2, SECRETARY, "secretary");
    a.titled(0, 6, MINISTER, "foreign minister");
    List<Event> events = code(THANKED, a);
    assertEquals(1, events.size(), events.toString());
    assertEquals("unknown/kerry", events.get(0).source().id());
    assertEquals("title", events.get(0).source().resolvedBy());
    assertEquals("unknown/zebari", events.get(0).target().id());
  }

  @Test
  void aTitleNoOneWasNamedWithStaysAsBefore() {
    Antecedents a = new Antecedents();
    a.titled(0, 2, SECRETARY, "vice secretary");
    assertEquals(List.of(), code(THANKED, a), "'the Secretary' is not the vice secretary");
  }

  private static final Sentence WE_PRAISE = second(Parsed.of("We/PRP praise/VBP Qatar/NNP",
      "root -1 1", "nsubj 1 0", "obj 1 2"));

  @Test
  void weOutsideQuotationMarksIsTheInstitutionThatSpoke() {
    Antecedents a = new Antecedents();
    a.voice(0, USA);
    List<Event> events = code(WE_PRAISE, a);
    assertEquals(1, events.size(), events.toString());
    assertEquals("USA", events.get(0).source().code());
    assertEquals("voice", events.get(0).source().resolvedBy());
    assertEquals("QAT", events.get(0).target().code());
  }

  @Test
  void weInsideAQuotationOrWithNoVoiceBeforeIsNoOne() {
    Antecedents quoted = new Antecedents();
    quoted.voice(0, USA);
    quoted.quotations(List.of(new Span(0, WE_PRAISE.end())));
    assertEquals(List.of(), code(WE_PRAISE, quoted));
    assertEquals(List.of(), code(WE_PRAISE, new Antecedents()));
  }

  @Test
  void aStatementsVoiceIsAnInstitutionSpeakingInThePresent() {
    Sentence condemns = Parsed.of("The/DT United/NNP States/NNP condemns/VBZ/condemn"
        + " the/DT attack/NN", "root -1 3", "det 2 0", "compound 2 1", "nsubj 3 2", "det 5 4",
        "obj 3 5");
    Optional<ActorRef> voice = resolver.voice(context(condemns, new Antecedents()));
    assertEquals(Optional.of("USA"), voice.map(ActorRef::code));
    Sentence concerned = Parsed.of("The/DT United/NNP States/NNP is/VBZ/be concerned/JJ",
        "root -1 4", "det 2 0", "compound 2 1", "nsubj 4 2", "cop 4 3");
    assertEquals(Optional.of("USA"),
        resolver.voice(context(concerned, new Antecedents())).map(ActorRef::code));
    Sentence past = Parsed.of("The/DT United/NNP States/NNP condemned/VBD/condemn"
        + " the/DT attack/NN", "root -1 3", "det 2 0", "compound 2 1", "nsubj 3 2", "det 5 4",
        "obj 3 5");
    assertTrue(resolver.voice(context(past, new Antecedents())).isEmpty(),
        "news reports in the past tense");
  }
  private static final ActorRef BARZANI = new ActorRef("unknown/barzani", "IRQGOV", "IRQ",
      "Barzani", "Barzani", false, "unknown");

  private static final Sentence HE_PRAISED = second(Parsed.of("He/PRP praised/VBD/praise"
      + " Qatar/NNP", "root -1 1", "nsubj 1 0", "obj 1 2"));

  @Test
  void heOpeningASentenceIsThePreviousSentencesSubjectNotTheLastPersonNamed() {
    Antecedents a = new Antecedents();
    a.person(0, 1, SECRETARY, "Kerry");
    a.person(0, 9, BARZANI, "Barzani");
    a.subject(0, SECRETARY);
    List<Event> events = code(HE_PRAISED, a);
    assertEquals(1, events.size(), events.toString());
    assertEquals("unknown/kerry", events.get(0).source().id());
    assertEquals("pronoun", events.get(0).source().resolvedBy());
    Antecedents noSubject = new Antecedents();
    noSubject.person(0, 9, BARZANI, "Barzani");
    assertEquals("unknown/barzani", code(HE_PRAISED, noSubject).get(0).source().id(),
        "with no subject person before, the last person named");
  }

  private static final Sentence TWO_PRAISED = second(Parsed.of("The/DT two/CD"
      + " praised/VBD/praise Qatar/NNP", "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3"));

  @Test
  void theTwoAreThePairOfTheLastCallEachASource() {
    Antecedents a = new Antecedents();
    a.pair(0, SECRETARY, MINISTER);
    List<Event> events = code(TWO_PRAISED, a);
    assertEquals(2, events.size(), events.toString());
    assertEquals("USAGOV", events.get(0).source().code());
    assertEquals("IRQGOV", events.get(1).source().code());
    assertEquals("pair", events.get(0).source().resolvedBy());
    assertEquals("QAT", events.get(1).target().code());
    assertEquals(List.of(), code(TWO_PRAISED, new Antecedents()), "no pair told: no one");
  }

  private static final Sentence THEY_PRAISED = Parsed.of("They/PRP praised/VBD/praise"
      + " Qatar/NNP", "root -1 1", "nsubj 1 0", "obj 1 2");

  @Test
  void theyIsThePairOnlyRightAfterIt() {
    Antecedents a = new Antecedents();
    a.pair(0, SECRETARY, MINISTER);
    assertEquals(2, code(second(THEY_PRAISED), a).size());
    Sentence later = new Sentence(3, THEY_PRAISED.begin(), THEY_PRAISED.end(),
        THEY_PRAISED.text(), THEY_PRAISED.tokens(), THEY_PRAISED.dependencies(),
        THEY_PRAISED.timexes());
    assertEquals(List.of(), code(later, a), "'they' two sentences on may be anyone");
  }

  private static final ActorRef DEMONSTRATORS = new ActorRef("GEOCVL", "GEOCVL", "GEO",
      "Georgia civilians", "demonstrators", false, "context");

  @Test
  void theyOpeningASentenceIsTheGroupThatWasTheSubjectBefore() {
    Antecedents a = new Antecedents();
    a.groupSubject(0, DEMONSTRATORS);
    List<Event> events = code(second(THEY_PRAISED), a);
    assertEquals(1, events.size(), events.toString());
    assertEquals("GEOCVL", events.get(0).source().code());
    assertEquals("context", events.get(0).source().resolvedBy(), "found as its group was");
    a.pair(0, SECRETARY, MINISTER);
    assertEquals(2, code(second(THEY_PRAISED), a).size(), "a pair told first is the pair");
    Antecedents earlier = new Antecedents();
    earlier.groupSubject(0, DEMONSTRATORS);
    Sentence later = new Sentence(3, THEY_PRAISED.begin(), THEY_PRAISED.end(),
        THEY_PRAISED.text(), THEY_PRAISED.tokens(), THEY_PRAISED.dependencies(),
        THEY_PRAISED.timexes());
    assertEquals(List.of(), code(later, earlier), "only the sentence right before");
  }
}
