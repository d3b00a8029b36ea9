package org.dyad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.Affiliations;
import org.dyad.actors.Antecedents;
import org.dyad.actors.ArticleNames;
import org.dyad.actors.Coalitions;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.Offices;
import org.dyad.actors.Participants;
import org.dyad.actors.StoryCountry;
import org.dyad.actors.UnknownName;
import org.dyad.events.Codebook;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.EventCoder;
import org.dyad.events.EventDater;
import org.dyad.events.PatternDictionary;
import org.dyad.events.Plover;
import org.dyad.events.Quote;
import org.dyad.events.Rebuttals;
import org.dyad.events.QuoteFinder;
import org.dyad.events.Republication;
import org.dyad.events.Retellings;
import org.dyad.events.StoryDates;
import org.dyad.ingest.Article;
import org.dyad.ingest.DateLines;
import org.dyad.ingest.Span;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.DateWords;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Builds the stages once (models, knowledge base, dictionaries) and codes articles into
 * events: annotate the body text, find actor mentions, code each sentence. Thread-safe: one
 * pipeline serves every thread; per-article state lives in {@link #code}'s locals.
 */
public final class Pipeline {

  /**
   * An article with the events coded from it, its direct quotations, the names the knowledge base lacks, and what
   * was noticed on the way (a page date years after the text's dates).
   *
   * @param storyDate the story's own date when the page is a re-publication (the page date,
   *     kept on the article, lies years after every date its text writes), else null
   */
  public record Coded(Article article, int sentences, List<Event> events, List<Quote> quotes,
      List<UnknownName> unknownNames, List<Diagnostic> diagnostics, LocalDate storyDate) {

    /** Whether the page re-publishes an older story: its events are dated in the story's time. */
    public boolean republished() {
      return storyDate != null;
    }

    public Coded {
      events = List.copyOf(events);
      quotes = List.copyOf(quotes);
      unknownNames = List.copyOf(unknownNames);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final Annotator annotator;
  private final MentionFinder finder;
  private final ActorResolver resolver;
  private final EventCoder coder;
  private final EventDater dater = new EventDater();
  private final QuoteFinder quotes;
  private final StoryCountry story;
  private final Coalitions coalitions;
  private final ArticleNames names;
  private final Affiliations affiliations;
  private final DateWords dateWords = DateWords.standard();

  public Pipeline(Annotator annotator, KnowledgeBase kb, Codebook codebook,
      PatternDictionary patterns, Set<String> speechVerbs) {
    this.annotator = annotator;
    this.finder = MentionFinder.standard(kb);
    this.resolver = new ActorResolver(kb, Offices.standard(kb));
    this.coder = new EventCoder(codebook, Plover.standard(codebook), kb, patterns, resolver,
        dater, speechVerbs);
    this.quotes = new QuoteFinder(resolver, speechVerbs);
    this.story = new StoryCountry(kb);
    this.coalitions = new Coalitions(kb);
    this.names = new ArticleNames(resolver);
    this.affiliations = new Affiliations(resolver);
  }

  /** The pipeline with CoreNLP and Dyad's shipped data files. Takes seconds to build. */
  public static Pipeline standard() {
    return withAnnotator(new CoreNlpAnnotator());
  }

  /** Dyad's shipped data files with the given annotator. */
  public static Pipeline withAnnotator(Annotator annotator) {
    return with(annotator, KnowledgeBase.standard());
  }

  /** CoreNLP, Dyad's shipped dictionaries and the given knowledge base (with imports). */
  public static Pipeline withKnowledgeBase(KnowledgeBase kb) {
    return with(new CoreNlpAnnotator(), kb);
  }

  private static Pipeline with(Annotator annotator, KnowledgeBase kb) {
    Codebook codebook = Codebook.standard();
    return new Pipeline(annotator, kb, codebook, PatternDictionary.standard(codebook),
        EventCoder.standardSpeechVerbs());
  }

  /** One sentence as the coder saw it: for {@code dyad explain}. */
  public record Explained(Sentence sentence, List<Mention> mentions,
      List<org.dyad.events.Trace> traces, List<Event> events) {}

  /**
   * Where coding time goes, summed over every article coded with it, in nanoseconds of the
   * coding threads: CoreNLP's annotation, finding and resolving actor mentions (with quotation
   * speakers and the names kept for later references), and coding events (with the names the
   * knowledge base lacks); within the annotation, the time spent choosing the sentences to
   * parse and date, and how many were. For {@code ./dyad bench}; thread-safe, so one
   * accumulator can serve every thread of a run.
   */
  public static final class Timings {
    private final LongAdder annotate = new LongAdder();
    private final LongAdder mentions = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final LongAdder plan = new LongAdder();
    private final LongAdder tagged = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder dated = new LongAdder();

    public long annotateNanos() {
      return annotate.sum();
    }

    public long mentionsNanos() {
      return mentions.sum();
    }

    public long eventsNanos() {
      return events.sum();
    }

    /**
     * The part of {@link #annotateNanos} spent deciding which sentences to parse and date:
     * Dyad's own work, done between CoreNLP's steps.
     */
    public long planNanos() {
      return plan.sum();
    }

    /** Sentences tagged; of those, how many the plan had parsed, and how many dated. */
    public long sentences() {
      return tagged.sum();
    }

    public long parsed() {
      return parsed.sum();
    }

    public long dated() {
      return dated.sum();
    }
  }

  /** Sums the timings of calls that nobody asked to time. */
  private static final Timings UNTIMED = new Timings();

  /** Codes one article. */
  public Coded code(Article article) {
    return code(article, UNTIMED);
  }

  /** Codes one article, adding the time each stage took to {@code timings}. */
  public Coded code(Article article, Timings timings) {
    return code(article, timings, Watch.NONE);
  }

  /** Codes one article, adding stage times to {@code timings} and telling {@code watch}. */
  public Coded code(Article article, Timings timings, Watch watch) {
    List<Event> events = new ArrayList<>();
    List<UnknownName> unknown = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    List<Quote> quoted = new ArrayList<>();
    List<StoryDates.Mark> days = new ArrayList<>();
    List<StoryDates.Counted> counted = new ArrayList<>();
    LocalDate[] story = new LocalDate[1];
    String[] storyCountry = new String[1];
    int coded = analyse(article, true, notes, quoted, story, (context, sentenceEvents) -> {
      storyCountry[0] = context.antecedents().storyCountry().orElse(null);
      unknown.addAll(names.unknown(context));
      events.addAll(sentenceEvents);
      StoryDates.day(context.sentence(), dater, context.date()).ifPresent(days::add);
      StoryDates.counted(context.sentence()).ifPresent(counted::add);
    }, timings, watch);
    long start = System.nanoTime();
    LocalDate reference = story[0] != null ? story[0] : article.published();
    List<Event> carried = StoryDates.carried(
        Retellings.onceEach(Rebuttals.answered(spokenBy(events, quoted))), days, counted,
        reference,
        DateLines.of(article.text(), reference));
    Coded out = new Coded(article, coded, coder.placedByDateline(
        story[0] == null ? carried : inStory(carried), article.dateline(), storyCountry[0]),
        quoted, unknown, notes, story[0]);
    timings.events.add(System.nanoTime() - start);
    return out;
  }

  /**
   * The events of a re-published page: those the reference date dated, as the page date
   * would have, are dated in the story's time (date source "story").
   */
  private static List<Event> inStory(List<Event> events) {
    return events.stream().map(e -> e.date().source() == EventDate.Source.PUBLICATION
        ? e.withDate(new EventDate(e.date().date(), e.date().precision(),
            EventDate.Source.STORY, e.date().end()))
        : e).toList();
  }

  /** Events told inside a quotation were said by its speaker, when nothing else says who. */
  private static List<Event> spokenBy(List<Event> events, List<Quote> quoted) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Quote q = e.evidence().speaker() != null ? null : quoted.stream()
          .filter(x -> x.attributed() && x.covers(e.evidence().triggerBegin()))
          .findFirst().orElse(null);
      out.add(q == null ? e : e.withSpeaker(q.speaker() != null && q.speaker().known()
          ? q.speaker().name() : q.speakerText()));
    }
    return out;
  }

  /** Codes one article and says, sentence by sentence, what the coder saw and tried. */
  public List<Explained> explain(Article article) {
    List<Explained> out = new ArrayList<>();
    analyse(article, false, new ArrayList<>(), new ArrayList<>(), new LocalDate[1],
        (context, events) -> out.add(
        new Explained(context.sentence(), context.mentions(),
            coder.explain(context, context.date()), events)), UNTIMED, Watch.NONE);
    return out;
  }

  private interface SentenceSink {
    void accept(ActorResolver.Context context, List<Event> events);
  }

  /**
   * Annotates and codes each sentence with words; returns how many there were. With
   * {@code planned}, only the sentences {@link #toParse} picks are parsed, only those {@link
   * #toDate} picks dated, and only parsed ones coded (explanations annotate every sentence, so
   * that they show what the coder saw everywhere). When {@link Republication} takes the page
   * for a re-publication, the text is read again against the story's date, which is put in
   * {@code storyDate[0]}, and events that would have taken the page date take that date instead
   * (date source "story", set by {@link #code}, after the story's days are carried).
   */
  private int analyse(Article article, boolean planned, List<Diagnostic> notes,
      List<Quote> quoted, LocalDate[] storyDate, SentenceSink sink, Timings timings, Watch watch) {
    LocalDate reference = article.published();
    List<Span> marks = QuoteFinder.marks(article.text(), article.paragraphs());
    long start = System.nanoTime();
    List<Sentence> sentences = annotate(article, reference, planned, marks, timings, watch);
    timings.annotate.add(System.nanoTime() - start);
    LocalDate latest = Republication.storyDate(sentences, reference).orElse(null);
    if (latest != null) {
      notes.add(Diagnostic.warning(article.source(), 0, "the text's dates end on " + latest
          + ", long before the page date " + reference + ": the page looks re-published;"
          + " events are dated from the text"));
      reference = latest;
      storyDate[0] = latest;
      start = System.nanoTime();
      sentences = annotate(article, reference, planned, marks, timings, watch);
      timings.annotate.add(System.nanoTime() - start);
    }
    if (planned) {
      SentenceLimit.report(article, sentences, notes);
    }
    long found = System.nanoTime();
    List<List<Mention>> named = sentences.stream().map(finder::find).toList();
    Antecedents antecedents = new Antecedents();
    story.of(sentences, named, article.dateline()).ifPresent(antecedents::storyCountry);
    coalitions.leader(article.text(), sentences, named).ifPresent(antecedents::coalitionLeader);
    affiliations.read(sentences, named, reference, antecedents);
    antecedents.quotations(marks);
    timings.mentions.add(System.nanoTime() - found);
    QuoteFinder.Speaker[] speakers = new QuoteFinder.Speaker[marks.size()];
    int[] quoteSentence = new int[marks.size()];
    boolean[] spoken = new boolean[marks.size()];
    java.util.Arrays.fill(quoteSentence, -1);
    int coded = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.tokens().stream().noneMatch(t -> t.word().codePoints()
          .anyMatch(Character::isLetter))) {
        continue;
      }
      coded++;
      found = System.nanoTime();
      List<Mention> mentions = named.get(k);
      ActorResolver.Context context =
          new ActorResolver.Context(s, mentions, reference, antecedents);
      names.remember(context);
      for (int q = 0; q < marks.size(); q++) {
        Span m = marks.get(q);
        if (m.begin() <= s.end() && s.begin() <= m.end()) {
          quoteSentence[q] = quoteSentence[q] < 0 ? s.index() : quoteSentence[q];
          spoken[q] |= QuoteFinder.hasVerbInside(s, m);
          if (speakers[q] == null) {
            speakers[q] = quotes.speaker(context, m).orElse(q > 0
                && QuoteFinder.continues(article.text(), marks.get(q - 1), m)
                ? speakers[q - 1] : null); // "…," Mr. Ban said. "That is why I …"
            if (speakers[q] != null && speakers[q].actor() != null) {
              antecedents.quoteSpeaker(m, speakers[q].actor()); // who "we" in it is
            }
          }
        }
      }
      long resolved = System.nanoTime();
      timings.mentions.add(resolved - found);
      sink.accept(context, s.parsed() ? coder.code(context, article.id(), reference)
          : List.of());
      timings.events.add(System.nanoTime() - resolved);
    }
    for (int q = 0; q < marks.size(); q++) {
      Span m = marks.get(q);
      if (spoken[q]) {
        quoted.add(new Quote(article.id(), m.begin(), m.end(),
            article.text().substring(m.begin(), m.end()), quoteSentence[q],
            speakers[q] == null ? null : speakers[q].actor(),
            speakers[q] == null ? "" : speakers[q].words()));
      }
    }
    return coded;
  }

  private List<Sentence> annotate(Article article, LocalDate reference, boolean planned,
      List<Span> marks, Timings timings, Watch watch) {
    watch.progress("tagging", 0, 0);
    if (!planned) {
      return annotator.annotate(article.codableText(), reference);
    }
    return annotator.annotate(article.codableText(), reference, new Annotator.Planner() {
      @Override
      public Set<Integer> parse(List<Sentence> tagged) {
        long start = System.nanoTime();
        Set<Integer> parse = toParse(tagged, marks);
        timings.plan.add(System.nanoTime() - start);
        timings.tagged.add(tagged.size());
        timings.parsed.add(parse.size());
        watch.progress("parsing", 0, parse.size());
        return parse;
      }

      @Override
      public void parsed(int done, int of) {
        watch.progress("parsing", done, of);
      }

      @Override
      public Set<Integer> dates(List<Sentence> parsed) {
        long start = System.nanoTime();
        Set<Integer> dates = toDate(parsed);
        timings.plan.add(System.nanoTime() - start);
        timings.dated.add(dates.size());
        return dates;
      }
    });
  }

  /**
   * Which tagged sentences need a parse: those that may hold an event ({@link
   * EventCoder#mayCode}), may name the speaker of a quote they share ({@link
   * QuoteFinder#maySpeak}), name a person or organisation the knowledge base lacks beside
   * one it knows (the parse may place the unknown one: "X, an Iranian official"; later
   * sentences refer back to it), name anything before a "we" outside quotation marks (the
   * parse finds the institution speaking: {@link ActorResolver#voice}), or have a word a date
   * is written with ({@link DateWords}: the day its main verb is told on becomes the story's
   * day for the events after it, {@link StoryDates#day}, even where it holds no event: "The
   * deadliest incident on Saturday took place near a checkpoint").
   *
   * <p>Design decision: each part of the test is a necessary condition of what the parse is
   * for, read from tokens, tags and names alone, so a sentence left out would have given the
   * same events, quotes and names parsed; {@code PlannedAnnotationIT} checks that on whole
   * corpora. The test is generous: most sentences of news pass it.
   */
  private Set<Integer> toParse(List<Sentence> tagged, List<Span> marks) {
    Set<Integer> parse = new java.util.HashSet<>();
    List<List<Mention>> named = tagged.stream().map(finder::find).toList();
    for (int k = 0; k < tagged.size(); k++) {
      Sentence s = tagged.get(k);
      List<Mention> mentions = named.get(k);
      // Inside a quotation its speaker is one more actor ("Congratulations to Ethiopia!").
      boolean quoted = marks.stream().anyMatch(m -> m.covers(s.begin()));
      if (coder.mayCode(s, ActorResolver.actorsNamed(s, mentions) + (quoted ? 1 : 0))
          || marks.stream().anyMatch(m -> quotes.maySpeak(s, m))
          || !mentions.isEmpty() && namesUnknown(s, mentions)
          || dateWords.anyDateWord(s.tokens().stream().map(Token::word).toList())) {
        parse.add(s.index());
      }
    }
    // "we" outside quotation marks is the voice of an earlier sentence, "he", "she", "the
    // two" and "they" its subject or pair of people: read from its parse (Participants).
    int lastWe = -1;
    for (Sentence s : tagged) {
      if (s.tokens().stream().anyMatch(t -> ActorResolver.isFirstPersonPlural(t)
          && marks.stream().noneMatch(m -> m.covers(t.begin()))
          || Participants.refersBack(t))) {
        lastWe = s.index();
      }
    }
    for (int k = 0; k < tagged.size(); k++) {
      if (tagged.get(k).index() < lastWe
          && ActorResolver.actorsNamed(tagged.get(k), named.get(k)) > 0) {
        parse.add(tagged.get(k).index());
      }
    }
    for (Sentence s : tagged) {
      if (SentenceLimit.over(s)) {
        parse.remove(s.index());
      }
    }
    return parse;
  }

  /**
   * Which sentences need their dates: every parsed one (an event takes its date from its own
   * sentence, and a sentence whose main verb is told on a day moves the story's day for the
   * events after it: {@link StoryDates#day}), and those that write a year (the re-publication
   * check reads them), when the sentence has a word a date can be written with ({@link
   * DateWords}). Dating only the sentences where a pattern fires, as this once did, left the
   * story's day where an undated sentence had moved it (found when voa joined the corpora of
   * {@code PlannedAnnotationIT}).
   */
  private Set<Integer> toDate(List<Sentence> parsed) {
    Set<Integer> dates = new java.util.HashSet<>();
    for (Sentence s : parsed) {
      if (SentenceLimit.over(s)) {
        continue;
      }
      List<String> words = s.tokens().stream().map(Token::word).toList();
      if ((s.parsed() || words.stream().anyMatch(Republication::isYear))
          && dateWords.anyDateWord(words)) {
        dates.add(s.index());
      }
    }
    return dates;
  }

  /** Whether a tagged person or organisation name lies outside every knowledge-base mention. */
  private static boolean namesUnknown(Sentence s, List<Mention> mentions) {
    for (Token t : s.tokens()) {
      if ((t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"))
          && mentions.stream().noneMatch(m -> m.covers(t.index()))) {
        return true;
      }
    }
    return false;
  }
}
