package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Verbs of saying around an event, from hand-built parses (no resolver needed). */
class ReportedSpeechTest {

  private static final ReportedSpeech SPEECH = new ReportedSpeech(Set.of("say", "add"), null);
  private static final PatternDictionary PATTERNS = Parsed.patterns(
      "010\tverb\tsay\tto", "0874\tverb\twithdraw\tfrom", "190\tnoun\tdestruction\tof",
      "130\tverb\twarn\tobj", "015\tnoun\tresponsibility\t-");

  private static EventPattern pattern(String id) {
    return Parsed.pattern(PATTERNS, id);
  }

  /** "Iran said Israel must withdraw from Syria". */
  private static final Sentence MUST = Parsed.of("Iran/NNP said/VBD/say Israel/NNP must/MD"
      + " withdraw/VB from/IN Syria/NNP", "root -1 1", "nsubj 1 0", "ccomp 1 4", "nsubj 4 2",
      "aux 4 3", "case 6 5", "obl:from 4 6");

  @Test
  void speechVerbAboveAComplement() {
    assertEquals(1, SPEECH.speechVerbAbove(MUST, 4));
    assertEquals(-1, SPEECH.speechVerbAbove(MUST, 1));
  }

  @Test
  void bareVerbOfSayingOnlyReportsSpeech() {
    Firing said = new Firing(pattern("010 verb \"say\""), 1, 1, List.of(0), List.of(), "", -1);
    assertTrue(SPEECH.reportsSpeech(MUST, said));
    Sentence toSomeone = Parsed.of("Iran/NNP spoke/VBD/say to/IN Oman/NNP", "root -1 1",
        "nsubj 1 0", "case 3 2", "obl:to 1 3");
    assertFalse(SPEECH.reportsSpeech(toSomeone,
        new Firing(pattern("010 verb \"say\""), 1, 1, List.of(0), List.of(3), "", -1)));
  }

  @Test
  void obligationInReportedSpeechIsTheSpeakersDemand() {
    Firing withdraw = Arguments.ofVerb(MUST, 4, pattern("0874 verb \"withdraw\""));
    Optional<Firing> demand = SPEECH.demand(MUST, withdraw, CameoCode.of("100"));
    assertTrue(demand.isPresent());
    assertEquals(CameoCode.of("100"), demand.get().pattern().code());
    assertEquals(List.of(0), demand.get().sources(), "the speaker");
    assertEquals(List.of(2), demand.get().targets(), "the one obliged");
    assertEquals("(demand: must withdraw; act 0874 verb \"withdraw\")",
        demand.get().construction());
    assertEquals(withdraw.pattern().source(), demand.get().pattern().source());
  }

  @Test
  void pronounSubjectOfWhatIsSaidIsTheSpeaker() {
    // "China said it would cooperate"
    Sentence s = Parsed.of("China/NNP said/VBD/say it/PRP would/MD withdraw/VB",
        "root -1 1", "nsubj 1 0", "ccomp 1 4", "nsubj 4 2", "aux 4 3");
    Firing f = Arguments.ofVerb(s, 4, pattern("0874 verb \"withdraw\""));
    assertEquals(List.of(0), SPEECH.speakerForPronouns(s, f));
  }

  @Test
  void samePronounAsTheSpeakerIsTheSpeaker() {
    // "He said he would withdraw": the speaker; "He said she would withdraw": someone else.
    Sentence he = Parsed.of("He/PRP said/VBD/say he/PRP would/MD withdraw/VB",
        "root -1 1", "nsubj 1 0", "ccomp 1 4", "nsubj 4 2", "aux 4 3");
    assertEquals(List.of(0), SPEECH.speakerForPronouns(he,
        Arguments.ofVerb(he, 4, pattern("0874 verb \"withdraw\""))));
    Sentence she = Parsed.of("He/PRP said/VBD/say she/PRP would/MD withdraw/VB",
        "root -1 1", "nsubj 1 0", "ccomp 1 4", "nsubj 4 2", "aux 4 3");
    assertEquals(List.of(2), SPEECH.speakerForPronouns(she,
        Arguments.ofVerb(she, 4, pattern("0874 verb \"withdraw\""))));
  }

  @Test
  void leafletsSpeakForWhoeverDroppedThem() {
    // "Israel dropped leaflets warning Gazans", both as the parser reads it (the participle
    // on the verb, the leaflets its subject) and hung on the leaflets.
    Sentence dep = Parsed.of("Israel/NNP dropped/VBD/drop leaflets/NNS/leaflet"
        + " warning/VBG/warn Gazans/NNPS/Gazan", "root -1 1", "nsubj 1 0", "nsubj 3 2",
        "dep 1 3", "obj 3 4");
    assertEquals(List.of(0), SPEECH.senders(dep,
        Arguments.ofVerb(dep, 3, pattern("130 verb \"warn\""))));
    Sentence acl = Parsed.of("Israel/NNP dropped/VBD/drop leaflets/NNS/leaflet"
        + " warning/VBG/warn Gazans/NNPS/Gazan", "root -1 1", "nsubj 1 0", "obj 1 2",
        "acl 2 3", "obj 3 4");
    assertEquals(List.of(0), SPEECH.senders(acl,
        Arguments.ofVerb(acl, 3, pattern("130 verb \"warn\""))));
    // a bare statement is no event, whoever issued it
    Firing claim = new Firing(pattern("015 noun \"responsibility\""), 3, 3, List.of(2),
        List.of(), "", -1);
    assertEquals(List.of(), SPEECH.senders(acl, claim));
  }

  @Test
  void agentlessViolenceInWhatIsSaidIsTheSpeakers() {
    // "Iran said ... the destruction of Israel": the noun has no agent of its own.
    Sentence s = Parsed.of("Iran/NNP said/VBD/say it/PRP sought/VBD/seek destruction/NN"
        + " of/IN Israel/NNP", "root -1 1", "nsubj 1 0", "ccomp 1 3", "nsubj 3 2",
        "obl 3 4", "case 6 5", "nmod:of 4 6");
    Firing noun = new Firing(pattern("190 noun \"destruction\""), 4, 4, List.of(), List.of(6),
        "", -1);
    Firing spoken = SPEECH.withSpeaker(s, noun);
    assertEquals(1, spoken.speakerVerb());
    assertEquals(List.of(0), spoken.sources());
  }
}
