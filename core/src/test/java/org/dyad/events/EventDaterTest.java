package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class EventDaterTest {

  private static final EventDater DATER = new EventDater();
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 5, 19);
  private static final int MET = 1;

  /** "Iran met Oman on Sunday", the timex (when given) over "Sunday". */
  private static Sentence metOn(String verbPos, String lastWord, Timex... timexes) {
    return sentence("Iran/NNP met/" + verbPos + " Oman/NNP on/IN " + lastWord + "/NNP",
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2),
            new Dependency("case", 4, 3),
            new Dependency("obl:on", 1, 4)),
        List.of(timexes));
  }

  @Test
  void dateAttachedToTheVerbDatesTheEvent() {
    Sentence s = metOn("VBD", "Sunday", new Timex("DATE", "2021-05-16", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 16), d.date());
    assertEquals(EventDate.Source.TEXT, d.source());
    assertEquals(EventDate.Precision.DAY, d.precision());
    assertEquals("2021-05-16", d.value());
  }

  @Test
  void pastWeekdayAfterPublicationMovesBackAWeek() {
    // SUTime resolves "Sunday" in a Wednesday paper to the Sunday after it.
    Sentence s = metOn("VBD", "Sunday", new Timex("DATE", "2021-05-23", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 16), d.date());
    assertEquals(EventDate.Source.TEXT, d.source());
    assertEquals(EventDate.Precision.DAY, d.precision());
  }

  @Test
  void weekdayIsRecognisedInAnyCase() {
    Sentence s = metOn("VBN", "SUNDAY", new Timex("DATE", "2021-05-23", 4, 4));
    assertEquals(LocalDate.of(2021, 5, 16), DATER.date(s, MET, WEDNESDAY).date());
  }

  @Test
  void futureWeekdayStaysAfterPublication() {
    // "Iran meets Oman on Sunday": a plan, not a past event.
    Sentence s = metOn("VBZ", "Sunday", new Timex("DATE", "2021-05-23", 4, 4));
    assertEquals(LocalDate.of(2021, 5, 23), DATER.date(s, MET, WEDNESDAY).date());
  }

  @Test
  void pastWeekdayBeforePublicationStays() {
    Sentence s = metOn("VBD", "Monday", new Timex("DATE", "2021-05-17", 4, 4));
    assertEquals(LocalDate.of(2021, 5, 17), DATER.date(s, MET, WEDNESDAY).date());
  }

  @Test
  void pastFullDateAfterPublicationIsNotMoved() {
    // Only weekdays and dates without a year are SUTime guesses; a full date is as written.
    Sentence s = metOn("VBD", "2021", new Timex("DATE", "2021-06-01", 4, 4));
    assertEquals(LocalDate.of(2021, 6, 1), DATER.date(s, MET, WEDNESDAY).date());
  }

  @Test
  void aMonthWithoutAYearIsNeverAfterTheReferenceDate() {
    // SUTime writes the reference year into "in June" (2021-06); no year is written.
    Sentence past = metOn("VBD", "June", new Timex("DATE", "2021-06", 4, 4));
    EventDate d = DATER.date(past, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2020, 6, 1), d.date());
    assertEquals(EventDate.Precision.MONTH, d.precision());
    Sentence day = metOn("VBD", "June", new Timex("DATE", "2021-06-05", 4, 4));
    assertEquals(LocalDate.of(2020, 6, 5), DATER.date(day, MET, WEDNESDAY).date());
    // A plan for a later month is the intent, told on the page's day.
    Sentence plan = metOn("VBP", "June", new Timex("DATE", "2021-06", 4, 4));
    assertEquals(EventDate.Source.PUBLICATION, DATER.date(plan, MET, WEDNESDAY).source());
    // The month of the page stays.
    Sentence now = metOn("VBD", "May", new Timex("DATE", "2021-05", 4, 4));
    assertEquals(LocalDate.of(2021, 5, 1), DATER.date(now, MET, WEDNESDAY).date());
  }

  @Test
  void aSeasonWithoutAYearIsTheLatestBegunByTheReferenceDate() {
    // SUTime's "in the winter" in a May page: 2021-WI, which begins in December 2021.
    Sentence s = metOn("VBD", "winter", new Timex("DATE", "2021-WI", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2020, 12, 1), d.date());
    assertEquals(LocalDate.of(2021, 2, 28), d.last());
    assertEquals("2020-WI", d.value());
    assertEquals(EventDate.Precision.SEASON, d.precision());
    // The spring holds the page date: a past act in it happened by that day.
    Sentence spring = metOn("VBD", "spring", new Timex("DATE", "2021-SP", 4, 4));
    assertEquals("2021-SP", DATER.date(spring, MET, WEDNESDAY).value());
    assertEquals(WEDNESDAY, DATER.date(spring, MET, WEDNESDAY).last());
    Sentence plan = metOn("VBP", "autumn", new Timex("DATE", "2021-FA", 4, 4));
    assertEquals(EventDate.Source.PUBLICATION, DATER.date(plan, MET, WEDNESDAY).source());
  }

  @Test
  void anActCountedFromADatedActOfItsSentenceTakesItsDayPlusTheCount() {
    // "Iran met Oman a day after Israel struck Gaza on Monday": the meeting is the Tuesday.
    Sentence s = sentence("Iran/NNP met/VBD Oman/NNP a/DT day/NN after/IN Israel/NNP"
        + " struck/VBD Gaza/NNP on/IN Monday/NNP",
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2),
            new Dependency("det", 4, 3),
            new Dependency("obl:npmod", 7, 4),
            new Dependency("mark", 7, 5),
            new Dependency("nsubj", 7, 6),
            new Dependency("advcl:after", 1, 7),
            new Dependency("obj", 7, 8),
            new Dependency("case", 10, 9),
            new Dependency("obl:on", 7, 10)),
        List.of(new Timex("DURATION", "P1D", 3, 4), new Timex("DATE", "2021-05-17", 10, 10)));
    assertEquals(LocalDate.of(2021, 5, 18), DATER.date(s, MET, WEDNESDAY).date());
    assertEquals(LocalDate.of(2021, 5, 17), DATER.date(s, 7, WEDNESDAY).date());
  }

  @Test
  void monthGivesMonthPrecision() {
    Sentence s = metOn("VBD", "May", new Timex("DATE", "2021-05", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 1), d.date());
    assertEquals(EventDate.Precision.MONTH, d.precision());
    assertEquals(EventDate.Source.TEXT, d.source());
    assertEquals("2021-05", d.value());
  }

  @Test
  void yearGivesYearPrecision() {
    Sentence s = metOn("VBD", "2020", new Timex("DATE", "2020", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2020, 1, 1), d.date());
    assertEquals(EventDate.Precision.YEAR, d.precision());
    assertEquals("2020", d.value());
  }

  @Test
  void timeValueGivesItsDay() {
    Sentence s = metOn("VBD", "Sunday", new Timex("TIME", "2021-05-16T20:00", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 16), d.date());
    assertEquals(EventDate.Precision.DAY, d.precision());
  }

  @Test
  void dateWithoutYearTakesThePublicationYear() {
    Sentence s = metOn("VBD", "March", new Timex("DATE", "XXXX-03-03", 4, 4));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 3, 3), d.date());
    assertEquals(EventDate.Precision.DAY, d.precision());
    assertEquals(EventDate.Source.TEXT, d.source());
  }

  @Test
  void pastDateWithoutYearAfterPublicationMovesBackAYear() {
    Sentence s = metOn("VBD", "December", new Timex("DATE", "XXXX-12-25", 4, 4));
    assertEquals(LocalDate.of(2020, 12, 25), DATER.date(s, MET, WEDNESDAY).date());
  }

  @Test
  void dateWithoutYearOrPublicationIsUnknown() {
    Sentence s = metOn("VBD", "March", new Timex("DATE", "XXXX-03-03", 4, 4));
    assertEquals(EventDate.unknown(), DATER.date(s, MET, null));
  }

  @Test
  void fullDateWithoutPublicationStillDates() {
    Sentence s = metOn("VBD", "Sunday", new Timex("DATE", "2021-05-16", 4, 4));
    EventDate d = DATER.date(s, MET, null);
    assertEquals(LocalDate.of(2021, 5, 16), d.date());
    assertEquals(EventDate.Source.TEXT, d.source());
  }

  @Test
  void noTimexGivesThePublicationDate() {
    Sentence s = metOn("VBD", "Sunday");
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(WEDNESDAY, d.date());
    assertEquals(EventDate.Source.PUBLICATION, d.source());
    assertEquals(EventDate.Precision.DAY, d.precision());
    assertEquals(EventDate.published(WEDNESDAY), d);
  }

  @Test
  void aPresentTenseActIsThePagesOwnDay() {
    // "Iran meets Oman": told as it happens, on the page's day and no earlier.
    EventDate d = DATER.date(metOn("VBZ", "Sunday"), MET, WEDNESDAY);
    assertEquals(EventDate.today(WEDNESDAY), d);
    assertEquals(WEDNESDAY, d.last());
  }

  @Test
  void noTimexAndNoPublicationIsUnknown() {
    EventDate d = DATER.date(metOn("VBD", "Sunday"), MET, null);
    assertEquals(EventDate.unknown(), d);
    assertEquals(null, d.value());
  }

  @Test
  void isoWeekGivesWeekPrecisionFromItsMonday() {
    // "last week" in a paper of Wednesday 2021-05-19: SUTime gives week 19 of 2021.
    EventDate d = DATER.date(metOn("VBD", "week", new Timex("DATE", "2021-W19", 4, 4)), MET,
        WEDNESDAY);
    assertEquals(new EventDate(LocalDate.of(2021, 5, 10), EventDate.Precision.WEEK,
        EventDate.Source.TEXT), d);
    assertEquals("2021-W19", d.value());
    assertEquals(LocalDate.of(2021, 5, 16), d.last());
  }

  @Test
  void unusableTimexFallsBackToPublication() {
    for (Timex t : List.of(new Timex("DATE", "PRESENT_REF", 4, 4),
        new Timex("DURATION", "P3D", 4, 4),
        new Timex("SET", "XXXX-WXX-7", 4, 4), new Timex("DATE", "2021-02-30", 4, 4),
        new Timex("DATE", "XXXX", 4, 4))) {
      EventDate d = DATER.date(metOn("VBD", "Sunday", t), MET, WEDNESDAY);
      assertEquals(EventDate.published(WEDNESDAY), d, t.toString());
    }
  }

  @Test
  void timexInsideAComplementClauseDoesNotDateTheMainVerb() {
    // "Iran said Oman met on Sunday": Sunday dates the meeting, not the saying.
    Sentence s = sentence("Iran/NNP said/VBD Oman/NNP met/VBD on/IN Sunday/NNP",
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("ccomp", 1, 3),
            new Dependency("nsubj", 3, 2),
            new Dependency("case", 5, 4),
            new Dependency("obl:on", 3, 5)),
        List.of(new Timex("DATE", "2021-05-16", 5, 5)));
    EventDate said = DATER.date(s, 1, WEDNESDAY);
    assertEquals(EventDate.published(WEDNESDAY), said);
    EventDate met = DATER.date(s, 3, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 16), met.date());
    assertEquals(EventDate.Source.TEXT, met.source());
  }

  @Test
  void timexOutsideTheVerbsSubtreeDoesNotDateIt() {
    // The timex token is not attached to the verb at all.
    Sentence s = sentence("Iran/NNP met/VBD Oman/NNP on/IN Sunday/NNP",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2)),
        List.of(new Timex("DATE", "2021-05-16", 4, 4)));
    assertEquals(EventDate.published(WEDNESDAY), DATER.date(s, MET, WEDNESDAY));
  }

  @Test
  void relativeClauseTakesTheDateOfTheThingItDescribes() {
    // "the May 2 raid that killed ten": the killing is the raid, dated by its own modifier.
    Sentence s = sentence("the/DT May/NNP 2/CD raid/NN that/WDT killed/VBD ten/CD",
        List.of(
            new Dependency("root", -1, 3),
            new Dependency("det", 3, 0),
            new Dependency("compound", 3, 1),
            new Dependency("nummod", 1, 2),
            new Dependency("nsubj", 5, 3),
            new Dependency("acl:relcl", 3, 5),
            new Dependency("obj", 5, 6)),
        List.of(new Timex("DATE", "2019-05-02", 1, 2)));
    EventDate d = DATER.date(s, 5, WEDNESDAY);
    assertEquals(LocalDate.of(2019, 5, 2), d.date());
    assertEquals(EventDate.Source.TEXT, d.source());
  }

  @Test
  void relativeClauseOnAnObjectTakesItsVerbsDate() {
    // "Hamas staged an attack on Sunday that killed ten": the parse hangs Sunday on "staged".
    Sentence s = sentence("Hamas/NNP staged/VBD an/DT attack/NN on/IN Sunday/NNP that/WDT"
        + " killed/VBD ten/CD",
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 3),
            new Dependency("det", 3, 2),
            new Dependency("case", 5, 4),
            new Dependency("obl:on", 1, 5),
            new Dependency("nsubj", 7, 3),
            new Dependency("acl:relcl", 3, 7),
            new Dependency("obj", 7, 8)),
        List.of(new Timex("DATE", "2021-05-16", 5, 5)));
    assertEquals(LocalDate.of(2021, 5, 16), DATER.date(s, 7, WEDNESDAY).date());
  }

  @Test
  void lastWeekIsTheSevenDaysBeforeThePage() {
    // "Iran met Oman last week" in a Wednesday paper: the coding guide's seven days before
    // the page's day, not the calendar week SUTime names.
    Sentence s = sentence("Iran/NNP met/VBD Oman/NNP last/JJ week/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("amod", 4, 3),
            new Dependency("obl:tmod", 1, 4)),
        List.of(new Timex("DATE", "2021-W19", 3, 4)));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 5, 12), d.date());
    assertEquals(LocalDate.of(2021, 5, 18), d.last());
    assertEquals(EventDate.Precision.WEEK, d.precision());
  }

  @Test
  void pastEventEarlierThisMonthEndsBeforeThePage() {
    // "Iran left the talks earlier this month": not after the page's day, nor on it.
    Sentence s = sentence("Iran/NNP left/VBD talks/NNS earlier/RBR this/DT month/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("advmod", 5, 3),
            new Dependency("det", 5, 4), new Dependency("obl:tmod", 1, 5)),
        List.of(new Timex("DATE", "2021-05", 3, 5)));
    EventDate d = DATER.date(s, MET, WEDNESDAY);
    assertEquals("2021-05", d.value());
    assertEquals(LocalDate.of(2021, 5, 1), d.date());
    assertEquals(LocalDate.of(2021, 5, 18), d.last());
    // Without "earlier" the period ends on the page's day; a plan keeps the whole month.
    Sentence plain = sentence("Iran/NNP left/VBD talks/NNS this/DT month/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("det", 4, 3),
            new Dependency("obl:tmod", 1, 4)),
        List.of(new Timex("DATE", "2021-05", 3, 4)));
    assertEquals(WEDNESDAY, DATER.date(plain, MET, WEDNESDAY).last());
    Sentence plan = sentence("Iran/NNP leaves/VBZ talks/NNS this/DT month/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("det", 4, 3),
            new Dependency("obl:tmod", 1, 4)),
        List.of(new Timex("DATE", "2021-05", 3, 4)));
    assertEquals(LocalDate.of(2021, 5, 31), DATER.date(plan, MET, WEDNESDAY).last());
  }

  @Test
  void possessiveTimeDatesItsNounNotTheVerb() {
    // "Iran protested Monday's vote": the vote was Monday's; the protest is undated.
    Sentence s = sentence("Iran/NNP protested/VBD Monday/NNP 's/POS vote/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("nmod:poss", 4, 2), new Dependency("case", 2, 3),
            new Dependency("obj", 1, 4)),
        List.of(new Timex("DATE", "2021-05-17", 2, 2)));
    assertEquals(EventDate.published(WEDNESDAY), DATER.date(s, MET, WEDNESDAY));
  }

  @Test
  void joinedVerbWithoutTimeTakesTheFirstVerbsDate() {
    // "Crowds gathered on Monday and protested the law": one day for both.
    Sentence s = sentence("Crowds/NNS gathered/VBD on/IN Monday/NNP and/CC protested/VBD"
        + " law/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("case", 3, 2), new Dependency("obl:on", 1, 3),
            new Dependency("cc", 5, 4), new Dependency("conj:and", 1, 5),
            new Dependency("obj", 5, 6)),
        List.of(new Timex("DATE", "2021-05-17", 3, 3)));
    assertEquals(LocalDate.of(2021, 5, 17), DATER.date(s, 5, WEDNESDAY).date());
  }

  @Test
  void relativeClauseOnAnObliqueTakesItsVerbsDate() {
    // "Police fired on Monday at crowds who stormed parliament": the storming was then too.
    Sentence s = sentence("Police/NNS fired/VBD Monday/NNP at/IN crowds/NNS who/WP"
        + " stormed/VBD parliament/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obl:tmod", 1, 2), new Dependency("case", 4, 3),
            new Dependency("obl:at", 1, 4), new Dependency("nsubj", 6, 4),
            new Dependency("acl:relcl", 4, 6), new Dependency("obj", 6, 7)),
        List.of(new Timex("DATE", "2021-05-17", 2, 2)));
    assertEquals(LocalDate.of(2021, 5, 17), DATER.date(s, 6, WEDNESDAY).date());
  }

  @Test
  void participleClauseTakesItsVerbsDate() {
    // "Iran left the talks on Monday, blaming Oman": the blame was Monday's too.
    Sentence s = sentence("Iran/NNP left/VBD talks/NNS on/IN Monday/NNP blaming/VBG Oman/NNP",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("case", 4, 3),
            new Dependency("obl:on", 1, 4), new Dependency("advcl", 1, 5),
            new Dependency("obj", 5, 6)),
        List.of(new Timex("DATE", "2021-05-17", 4, 4)));
    assertEquals(LocalDate.of(2021, 5, 17), DATER.date(s, 5, WEDNESDAY).date());
  }

  // --- Helpers ---

  /** A sentence from {@code word/POS} tokens with consecutive offsets. */
  /** "Officials said early this month that they would|had start(ed) talks". */
  private static Sentence saidThat(String aux) {
    return sentence("Officials/NNS said/VBD early/RB this/DT month/NN that/IN they/PRP " + aux
        + "/MD start/VB talks/NNS",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("advmod", 4, 2), new Dependency("det", 4, 3),
            new Dependency("obl:tmod", 1, 4), new Dependency("mark", 8, 5),
            new Dependency("nsubj", 8, 6), new Dependency("aux", 8, 7),
            new Dependency("ccomp", 1, 8), new Dependency("obj", 8, 9)),
        List.of(new Timex("DATE", "2021-05", 2, 4)));
  }

  @Test
  void intentToldInTheFutureIsDatedBySaying() {
    EventDate d = DATER.date(saidThat("would"), 8, WEDNESDAY);
    assertEquals(EventDate.Source.TEXT, d.source());
    assertEquals(LocalDate.of(2021, 5, 1), d.date());
    assertEquals(LocalDate.of(2021, 5, 10), d.last()); // "early": the first ten days
    assertEquals("2021-05", d.value());
  }

  @Test
  void pastActToldInAComplementIsNotDatedBySaying() {
    assertEquals(EventDate.Source.PUBLICATION, DATER.date(saidThat("could"), 8, WEDNESDAY)
        .source());
  }

  @Test
  void lateAndMidMonthAreTheirPartsOfTheMonth() {
    Sentence late = sentence("Iran/NNP met/VBD Oman/NNP late/RB last/JJ month/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("advmod", 5, 3),
            new Dependency("amod", 5, 4), new Dependency("obl:tmod", 1, 5)),
        List.of(new Timex("DATE", "2021-04", 3, 5)));
    EventDate d = DATER.date(late, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 4, 21), d.date());
    assertEquals(LocalDate.of(2021, 4, 30), d.last());
    Sentence mid = sentence("Iran/NNP met/VBD Oman/NNP in/IN mid-April/NNP",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("case", 4, 3),
            new Dependency("obl:in", 1, 4)),
        List.of(new Timex("DATE", "2021-04", 4, 4)));
    d = DATER.date(mid, MET, WEDNESDAY);
    assertEquals(LocalDate.of(2021, 4, 11), d.date());
    assertEquals(LocalDate.of(2021, 4, 20), d.last());
  }

  /** "{noun} {verb} on Monday", the noun the verb's subject (the helper's lemma is the word). */
  private static Sentence nounThen(String noun, String verb, boolean passive) {
    String words = noun + "/NNS " + (passive ? "was/VBD " : "") + verb + "/VBN on/IN Monday/NNP";
    int v = passive ? 2 : 1;
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency("root", -1, v),
        new Dependency(passive ? "nsubj:pass" : "nsubj", v, 0),
        new Dependency("case", v + 2, v + 1), new Dependency("obl:on", v, v + 2)));
    if (passive) {
      deps.add(new Dependency("aux:pass", v, 1));
    }
    return sentence(words, deps, List.of(new Timex("DATE", "2021-05-17", v + 2, v + 2)));
  }

  @Test
  void eventNounIsDatedByTheVerbTellingItHappened() {
    assertEquals(LocalDate.of(2021, 5, 17),
        DATER.date(nounThen("Clashes", "erupt", false), 0, WEDNESDAY).date());
    assertEquals(LocalDate.of(2021, 5, 17),
        DATER.date(nounThen("violations", "record", true), 0, WEDNESDAY).date());
    // A reaction to the event is dated, not the event.
    assertEquals(EventDate.Source.PUBLICATION,
        DATER.date(nounThen("attack", "condemned", true), 0, WEDNESDAY).source());
  }

  @Test
  void bareNightIsNoDate() {
    Sentence raid = sentence("Forces/NNS killed/VBD five/CD in/IN a/DT night/NN raid/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("obj", 1, 2), new Dependency("case", 6, 3),
            new Dependency("det", 6, 4), new Dependency("compound", 6, 5),
            new Dependency("obl:in", 1, 6)),
        List.of(new Timex("TIME", "2021-05-19TNI", 5, 5)));
    assertEquals(EventDate.Source.PUBLICATION, DATER.date(raid, 1, WEDNESDAY).source());
    Sentence tuesday = sentence("Forces/NNS attacked/VBD Tuesday/NNP night/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("compound", 3, 2), new Dependency("obl:tmod", 1, 3)),
        List.of(new Timex("TIME", "2021-05-18TNI", 2, 3)));
    assertEquals(LocalDate.of(2021, 5, 18), DATER.date(tuesday, 1, WEDNESDAY).date());
  }

  @Test
  void aYearInANounsNameDatesTheNounNotTheEvent() {
    // "Iran violated the 2015 deal": today's news about an old agreement.
    Sentence deal = sentence("Iran/NNP violated/VBD the/DT 2015/CD deal/NN",
        List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
            new Dependency("det", 4, 2), new Dependency("nummod", 4, 3),
            new Dependency("obj", 1, 4)),
        List.of(new Timex("DATE", "2015", 3, 3)));
    assertEquals(EventDate.Source.PUBLICATION, DATER.date(deal, 1, WEDNESDAY).source());
    // "the 2015 attack that killed 20": the attack is what the year dates, and the killing.
    Sentence attack = sentence("the/DT 2015/CD attack/NN that/WDT killed/VBD 20/CD",
        List.of(new Dependency("root", -1, 2), new Dependency("det", 2, 0),
            new Dependency("nummod", 2, 1), new Dependency("nsubj", 4, 3),
            new Dependency("acl:relcl", 2, 4), new Dependency("obj", 4, 5)),
        List.of(new Timex("DATE", "2015", 1, 1)));
    EventDate d = DATER.date(attack, 4, WEDNESDAY);
    assertEquals(EventDate.Source.TEXT, d.source());
    assertEquals("2015", d.value());
  }

  /** "Planes struck Gaza [on Thursday], a day after militants fired rockets". */
  private static Sentence aDayAfter(boolean mainDated) {
    String words = mainDated ? "Planes/NNS struck/VBD Gaza/NNP on/IN Thursday/NNP ,/, a/DT"
        + " day/NN after/IN militants/NNS fired/VBD rockets/NNS"
        : "Planes/NNS struck/VBD Gaza/NNP at/IN dawn/NN ,/, a/DT day/NN after/IN militants/NNS"
        + " fired/VBD rockets/NNS";
    List<Dependency> deps = List.of(new Dependency("root", -1, 1),
        new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
        new Dependency("case", 4, 3), new Dependency(mainDated ? "obl:on" : "obl:at", 1, 4),
        new Dependency("punct", 1, 5), new Dependency("det", 7, 6),
        new Dependency("obl:npmod", 10, 7), new Dependency("mark", 10, 8),
        new Dependency("nsubj", 10, 9), new Dependency("advcl:after", 1, 10),
        new Dependency("obj", 10, 11));
    List<Timex> timexes = mainDated
        ? List.of(new Timex("DATE", "2021-05-13", 4, 4), new Timex("DURATION", "P1D", 6, 7))
        : List.of(new Timex("DURATION", "P1D", 6, 7));
    return sentence(words, deps, timexes);
  }

  @Test
  void anActADayAfterTheDatedMainActIsTheDayBefore() {
    Sentence s = aDayAfter(true);
    assertEquals(new EventDate(LocalDate.of(2021, 5, 13), EventDate.Precision.DAY,
        EventDate.Source.TEXT), DATER.date(s, 1, WEDNESDAY));
    assertEquals(new EventDate(LocalDate.of(2021, 5, 12), EventDate.Precision.DAY,
        EventDate.Source.TEXT), DATER.date(s, 10, WEDNESDAY));
  }

  @Test
  void anActADayAfterAnUndatedMainActIsCountedFromThePagesDay() {
    // "The attack comes a day after militants killed ...": the main act is the page's news.
    assertEquals(new EventDate(WEDNESDAY.minusDays(1), EventDate.Precision.DAY,
        EventDate.Source.TEXT), DATER.date(aDayAfter(false), 10, WEDNESDAY));
  }

  private static Sentence sentence(String tagged, List<Dependency> deps, List<Timex> timexes) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tagged.split(" +")) {
      int slash = t.lastIndexOf('/');
      String word = t.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT),
          t.substring(slash + 1), "O", begin, text.length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, deps, timexes);
  }
}
