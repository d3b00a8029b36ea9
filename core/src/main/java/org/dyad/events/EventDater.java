package org.dyad.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Tsv;
import org.dyad.nlp.CalendarNames;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.dyad.nlp.Token;

/**
 * Dates an event from its own clause: the temporal expression attached to the event's verb
 * (as SUTime normalised it against the publication date), else the publication date. Pure and
 * thread-safe.
 *
 * <p>Design decision: SUTime reads a bare weekday as the one in the publication date's week,
 * which can lie after the publication date. For an event told in the past tense ("met on
 * Sunday" in a Wednesday paper) that is impossible, so the date moves back a week; a day
 * without a year moves back a year in the same case. SUTime also writes the page's year into
 * "in September": whether a year was written is read from the words, and a month or season
 * without one is the latest on or before the reference date whatever the tense; a plan told
 * for a later one ("will meet in September") is dated as the intent is, on the page's day.
 *
 * <p>Besides SUTime's readings, the dater reads: the part of a month ("early this month" is
 * its first ten days, "mid-" the next ten, "late" the rest); a bare time of day ("a night
 * raid", "the late night attack", "into the evening") as no date, since SUTime would make it
 * the page's day; an intent
 * told as the future complement of a verb ("said Monday that they would start talks") on the
 * day of that verb; and an event noun that is the subject of a verb telling that it happened
 * ({@code occurrence-verbs.txt}: "violations have been recorded since late Sunday") on that
 * verb's date. A year that is part of a noun's name ("violated the 2015 deal") dates that
 * noun, not the event. An act told as "a day after" or "two days before" the sentence's dated
 * main act is dated by counting from it ({@link DayOffsets}), and a main act counted from a
 * dated act of its sentence ("met a day after Israel struck Gaza on May 3") by counting from
 * that act; "the day before" and "the next day" count from the page's day here and from the
 * story's day in {@link StoryDates}.
 */
public final class EventDater {

  private static final Pattern VALUE =
      Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  private static final Pattern SEASON = Pattern.compile("^(\\d{4}|XXXX)-(SP|SU|FA|AU|WI)$");
  /** A season's first month. */
  private static final java.util.Map<String, Integer> SEASON_START = java.util.Map.of(
      "SP", 3, "SU", 6, "FA", 9, "AU", 9, "WI", 12);
  private static final Set<String> WEEKDAYS = CalendarNames.WEEKDAYS;
  private static final Set<String> PAST = Set.of("last", "past", "previous");
  /** Month names as news writes them: a month so named without a year is a guessed year. */
  private static final Set<String> MONTHS = java.util.stream.Stream.concat(
      CalendarNames.MONTHS.stream(), Set.of("jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
          "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
          "oct", "oct.", "nov", "nov.", "dec", "dec.").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Clauses that carry their own time: a date inside them does not date the event. */
  private static final List<String> OWN_TIME = List.of("ccomp", "parataxis", "acl", "advcl",
      "conj", "csubj", "dep");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
  /** Words of a time expression that name no day: "night raid", "the late night attack". */
  private static final Set<String> TIME_OF_DAY_ONLY = Set.of("night", "nighttime", "evening",
      "morning", "afternoon", "dawn", "dusk", "late", "early", "the", "a");
  private static final Set<String> OCCURRED = occurrenceVerbs();
  /** How a year hangs on a noun whose name it is part of ("the 2015 deal", "Vision 2030"). */
  private static final Set<String> NAME_PARTS = Set.of("compound", "amod", "nummod");

  private static Set<String> occurrenceVerbs() {
    Set<String> verbs = new HashSet<>();
    for (Tsv.Row r : Tsv.resource(EventDater.class, "occurrence-verbs.txt", 1)) {
      verbs.add(r.get(0).trim());
    }
    return Set.copyOf(verbs);
  }

  /**
   * The date of an event anchored at token {@code anchor} (the event's verb, or the verb that
   * governs an event noun).
   */
  public EventDate date(Sentence s, int anchor, LocalDate published) {
    EventDate own = dateIn(s, s.subtree(anchor, OWN_TIME), anchor, published, anchor);
    if (own != null) {
      return own;
    }
    EventDate counted = DayOffsets.of(s, anchor, main -> date(s, main, published));
    if (counted == null) {
      counted = DayOffsets.from(s, anchor,
          act -> dateIn(s, s.subtree(act, OWN_TIME), act, published, act));
    }
    if (counted != null) {
      return counted;
    }
    int teller = teller(s, anchor);
    if (teller >= 0) {
      EventDate told = dateIn(s, s.subtree(teller, OWN_TIME), teller, published, anchor);
      if (told != null) {
        return told;
      }
    }
    // "the March 18, 2015 attack that killed 20 people", "carried out an attack on Monday that
    // killed 20", "fired tear gas Thursday at demonstrators who tried to storm parliament": a
    // relative clause with no time of its own tells of the dated thing it
    // describes, or of the act whose object that thing is, and happened then.
    Dependency up = s.treeParent(anchor);
    // "gathered Friday in the square ... and protested": a verb joined to another with no time
    // of its own happened when the first did (a reaction joined to a dated act is not earlier
    // than the act).
    // "walked away from the talks earlier this month, blaming the U.S.": a participle clause
    // opened by no word of its own tells of the same moment as its verb.
    // "continued to attack ISIL on July 21" as CoreNLP hangs it ("On July 21, forces
    // continued to attack"): the act an aspect verb's complement tells happened when it did.
    boolean complement = up != null && up.base().equals("xcomp");
    boolean participle = up != null && up.base().equals("advcl")
        && (s.token(anchor).pos().equals("VBG") || s.token(anchor).pos().equals("VBN"))
        && s.children(anchor).stream().noneMatch(c -> c.base().equals("mark"));
    if (up != null && (up.base().equals("conj") || participle || complement)
        && up.governor() >= 0
        && s.token(up.governor()).pos().startsWith("VB")) {
      // A complement's tense is its verb's ("continued to attack" is past).
      EventDate first = dateIn(s, s.subtree(up.governor(), OWN_TIME),
          complement ? up.governor() : anchor, published, anchor);
      if (first != null) {
        return first;
      }
    }
    if (up != null && up.relation().equals("acl:relcl")) {
      int thing = up.governor();
      EventDate described = dateIn(s, s.subtree(thing, OWN_TIME), anchor, published, thing);
      Dependency act = s.treeParent(thing);
      if (described == null && act != null && act.governor() >= 0
          && (act.base().equals("obj") || act.base().equals("nsubj")
          || act.base().equals("obl") && s.token(act.governor()).pos().startsWith("VB"))) {
        described = dateIn(s, s.subtree(act.governor(), OWN_TIME), anchor, published, thing);
      }
      if (described != null) {
        return described;
      }
    }
    return present(s, anchor) ? EventDate.today(published) : EventDate.published(published);
  }

  /**
   * The verb whose clause dates an event that has no time of its own, or -1: the verb of
   * which an intent is the future complement ("said early this month that they would start
   * talks": the intent is stated when said), or the verb telling that an event noun, its
   * subject, happened ("clashes erupted on Monday", "violations have been recorded since late
   * Sunday").
   */
  private static int teller(Sentence s, int anchor) {
    Dependency up = s.treeParent(anchor);
    if (up == null || up.governor() < 0 || !s.token(up.governor()).isVerb()) {
      return -1;
    }
    if (up.base().equals("ccomp") && s.children(anchor).stream().anyMatch(c ->
        c.base().equals("aux") && FUTURE.contains(
            s.token(c.dependent()).word().toLowerCase(Locale.ROOT)))) {
      return up.governor();
    }
    boolean noun = s.token(anchor).pos().startsWith("NN");
    return noun && up.base().equals("nsubj")
        && OCCURRED.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
        ? up.governor() : -1;
  }

  /**
   * Whether the event's verb is in the present tense: "urges", "are investigating", or a bare
   * verb joined to one ("We extend our condolences and call on ...").
   */
  private static boolean present(Sentence s, int anchor) {
    String pos = s.token(anchor).pos();
    Dependency up = s.treeParent(anchor);
    return pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VBG")
        && s.children(anchor).stream().anyMatch(c -> c.base().equals("aux")
            && (s.token(c.dependent()).pos().equals("VBP")
            || s.token(c.dependent()).pos().equals("VBZ")))
        || pos.equals("VB") && up != null && up.base().equals("conj") && up.governor() >= 0
        && s.children(anchor).stream().noneMatch(c -> c.base().startsWith("aux"))
        && present(s, up.governor());
  }

  /**
   * The date of the first date or time expression inside {@code clause}, else null; a year
   * that names a noun other than {@code owner} (the event's own word) is left out.
   */
  private static EventDate dateIn(Sentence s, List<Integer> clause, int anchor,
      LocalDate published, int owner) {
    for (Timex t : s.timexes()) {
      if (!clause.contains(t.first()) || !(t.type().equals("DATE") || t.type().equals("TIME"))
          || possessive(s, t) || timeOfDayOnly(s, t) || namesNoun(s, t, owner)) {
        continue;
      }
      EventDate d = resolve(t, s, s.token(anchor), published);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether a time expression is a possessive ("this week's release", "Monday's vote"): it
   * dates the noun it owns, not the verb whose object that noun is.
   */
  private static boolean possessive(Sentence s, Timex t) {
    for (int i = t.first(); i <= t.last(); i++) {
      Dependency d = s.treeParent(i);
      if (d != null && d.relation().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a time expression is a year that is part of a noun's name or description ("the
   * 2015 nuclear deal", "a 2003 treaty", "the spirit of the 2011 uprising", "Vision 2030"): it
   * dates that noun, not an event told of it ("Iran violated the 2015 deal" is today's news),
   * unless the noun is the event's own word ("the 2015 attack that killed 20 people"). A year
   * in a phrase of its own ("the annexation of Crimea in 2014") is a date, not a name.
   */
  private static boolean namesNoun(Sentence s, Timex t, int owner) {
    if (t.first() != t.last() || !t.value().matches("\\d{4}")) {
      return false;
    }
    Dependency d = s.treeParent(t.first());
    return d != null && d.governor() >= 0 && d.governor() != owner
        && s.token(d.governor()).pos().startsWith("NN")
        && NAME_PARTS.contains(d.relation());
  }

  /**
   * Whether a time expression is only a bare time of day ("a night raid", "the late night
   * attack", "fought at night", "continued into the evening", "in the early morning"): it tells
   * the time of day, not which day ("this morning" and "Tuesday evening" do name one).
   */
  private static boolean timeOfDayOnly(Sentence s, Timex t) {
    for (int i = t.first(); i <= t.last(); i++) {
      if (!TIME_OF_DAY_ONLY.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The part of a month a time expression names ("early this month", "in mid-March", "late
   * last month"): the first ten days, the next ten, or the rest; the whole month otherwise.
   */
  private static EventDate monthPart(EventDate d, Timex t, Sentence s) {
    LocalDate first = d.date();
    for (int i = t.first(); i <= t.last(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("early") || w.equals("beginning")) {
        return new EventDate(first, d.precision(), d.source(), first.plusDays(9));
      }
      if (w.startsWith("mid") && !w.equals("midnight")) {
        return new EventDate(first.plusDays(10), d.precision(), d.source(), first.plusDays(19));
      }
      if (w.equals("late") || w.equals("end")) {
        return new EventDate(first.plusDays(20), d.precision(), d.source());
      }
    }
    return d;
  }

  /** Days counted from the story's day by the words alone: "the day before", "the next day". */
  private static final java.util.Map<String, Integer> RELATIVE_DAYS = java.util.Map.of(
      "the day before", -1, "the previous day", -1, "the day earlier", -1,
      "the next day", 1, "the following day", 1, "the day after", 1, "the day later", 1);

  /**
   * The days a time expression counts from the day the story told last ("Iran met Oman on
   * Tuesday. Iran attacked Iraq the day before": the Monday), or 0 when it is not such a
   * count: one that names its own point ("the day before the vote") counts from that.
   */
  static int relativeDay(Sentence s, Timex t) {
    if (!t.type().equals("DATE")) {
      return 0;
    }
    StringBuilder words = new StringBuilder();
    for (int i = t.first(); i <= t.last(); i++) {
      words.append(i == t.first() ? "" : " ").append(s.token(i).word().toLowerCase(Locale.ROOT));
    }
    int next = t.last() + 1;
    boolean alone = next >= s.tokens().size()
        || !Character.isLetterOrDigit(s.token(next).word().charAt(0));
    return alone ? RELATIVE_DAYS.getOrDefault(words.toString(), 0) : 0;
  }

  private static EventDate resolve(Timex t, Sentence s, Token anchor, LocalDate published) {
    int counted = relativeDay(s, t);
    if (counted != 0 && published != null) {
      // Counted from the page's day here; StoryDates counts it from the story's day instead
      // when an earlier sentence gives one.
      return new EventDate(published.plusDays(counted), EventDate.Precision.DAY,
          EventDate.Source.TEXT);
    }
    Matcher w = WEEK.matcher(t.value());
    if (w.matches()) {
      // "last week": SUTime gives the ISO week; the event lies somewhere in it.
      LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
              Integer.parseInt(w.group(2)))
          .with(java.time.DayOfWeek.MONDAY);
      if (published != null && has(t, s, PAST) && !monday.plusDays(7).isAfter(published)
          && published.isBefore(monday.plusDays(14))) {
        // "last week", "the past week" in a page of the following week: the seven days
        // before the page's day (the coding guide's reading), not the calendar week.
        return new EventDate(published.minusDays(7), EventDate.Precision.WEEK,
            EventDate.Source.TEXT);
      }
      return clipped(new EventDate(monday, EventDate.Precision.WEEK, EventDate.Source.TEXT),
          t, s, anchor, published);
    }
    Matcher season = SEASON.matcher(t.value());
    if (season.matches()) {
      return season(t, s, anchor, published, season);
    }
    Matcher m = VALUE.matcher(t.value());
    if (!m.matches()) {
      return null;
    }
    // SUTime fills in the reference year for "in September": whether a year was written is
    // read from the words (with no reference date, SUTime's year is the text's). A month told
    // relative to the page ("next month", "this month") is SUTime's to count, not a guess.
    boolean guessed = m.group(1).equals("XXXX");
    boolean noYear = guessed || published != null && m.group(2) != null
        && has(t, s, MONTHS) && !writesYear(t, s);
    if (noYear && published == null) {
      return null;
    }
    int year = guessed ? published.getYear() : Integer.parseInt(m.group(1));
    EventDate.Precision precision = m.group(3) != null ? EventDate.Precision.DAY
        : m.group(2) != null ? EventDate.Precision.MONTH : EventDate.Precision.YEAR;
    if (noYear && precision == EventDate.Precision.YEAR) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (published != null && anchor.isPast() && date.isAfter(published) && isWeekday(t, s)) {
      date = date.minusWeeks(1);
    } else if (published != null && noYear && precision == EventDate.Precision.MONTH
        && date.isAfter(published)) {
      // A month without a year is the latest one on or before the reference date. A plan
      // told for a later month ("will meet in September") is coded as the intent, told on
      // the page's day: the month names no date of the event coded.
      if (!anchor.isPast()) {
        return null;
      }
      date = date.minusYears(1);
    } else if (published != null && anchor.isPast() && noYear && date.isAfter(published)) {
      date = date.minusYears(1);
    }
    if (published != null && anchor.isPast() && date.isAfter(published) && !writesYear(t, s)) {
      // A past act is not dated after the page by words counted from it: they date something
      // it plans ("agreed to coordinate ahead of a meeting next month"), and the act takes the
      // page's day. A date written out with its year is as written.
      return null;
    }
    EventDate found = new EventDate(date, precision, EventDate.Source.TEXT);
    return clipped(precision == EventDate.Precision.MONTH ? monthPart(found, t, s) : found, t, s,
        anchor, published);
  }

  /**
   * A past event dated by a period that holds the publication day ("this month", "earlier
   * this week", "this year") happened by that day, and before it when the text says
   * "earlier": the period ends there.
   */
  private static EventDate clipped(EventDate d, Timex t, Sentence s, Token anchor,
      LocalDate published) {
    if (published == null || d.precision() == EventDate.Precision.DAY || !anchor.isPast()
        || d.date().isAfter(published) || d.last().isBefore(published)) {
      return d;
    }
    return d.until(has(t, s, Set.of("earlier")) ? published.minusDays(1) : published);
  }

  /**
   * A season ("in the spring", "last summer", "in the winter of 2022"): the three months
   * from its first. One without a written year is the latest on or before the reference date
   * (its first day no later than it), as a month without one is; a plan for a later season
   * is the intent, told on the page's day (null here).
   */
  private static EventDate season(Timex t, Sentence s, Token anchor, LocalDate published,
      Matcher m) {
    boolean guessed = m.group(1).equals("XXXX");
    int next = t.last() + 1;
    if (published == null && guessed || next < s.tokens().size()
        && s.token(next).word().equalsIgnoreCase("of")) {
      // "the fall of Kabul", "the spring of 2011" aside (a year there is in the expression).
      return null;
    }
    LocalDate first = LocalDate.of(guessed ? published.getYear() : Integer.parseInt(m.group(1)),
        SEASON_START.get(m.group(2)), 1);
    if (published != null && (guessed || !writesYear(t, s)) && first.isAfter(published)) {
      if (!anchor.isPast()) {
        return null;
      }
      first = first.minusYears(1);
    }
    return clipped(new EventDate(first, EventDate.Precision.SEASON, EventDate.Source.TEXT), t,
        s, anchor, published);
  }

  /** Whether the words of a time expression write a year ("May 2023", "May 3, 2023"). */
  private static boolean writesYear(Timex t, Sentence s) {
    for (int i = t.first(); i <= t.last(); i++) {
      if (s.token(i).word().matches("\\d{4}|'\\d\\d")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekday(Timex t, Sentence s) {
    return has(t, s, WEEKDAYS);
  }

  private static boolean has(Timex t, Sentence s, Set<String> words) {
    for (int i = t.first(); i <= t.last(); i++) {
      if (words.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
