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
 * statement speaks for.
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
}
