package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.Pipeline;
import org.dyad.ingest.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.DateWords;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Timex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parsing and dating only the sentences the pipeline's plan picks must code exactly what
 * annotating every sentence codes: the same events (codes, actors, dates, places, evidence),
 * quotations, unknown names and notes, on every corpus the tests have ({@link TestCorpora}).
 * It also checks the list of date words against SUTime on the same text: every sentence in
 * which SUTime finds a calendar date has a date word. And it checks that SUTime on the windows
 * around date words ({@link org.dyad.nlp.DateWindows}) finds in every sentence of those corpora
 * the timexes (type, value, tokens) and date tags SUTime finds in the whole sentence. Without
 * {@code ../shared} it runs on the samples and golden articles alone (they need nothing from
 * it); under CI the shared corpora must be there.
 */
class PlannedAnnotationIT {

  /** Events of the samples and golden articles alone (89), rounded down. */
  private static final int SAMPLE_EVENTS = 85;

  private static List<Article> articles;
  /** Whether the corpora of {@code ../shared} were read, not only the samples and goldens. */
  private static boolean shared;

  @BeforeAll
  static void read() throws IOException {
    TestCorpora corpora = TestCorpora.read();
    articles = corpora.articles();
    shared = corpora.shared();
    int least = shared ? 500 : 19;
    assertTrue(articles.size() >= least, "only " + articles.size() + " articles read");
  }

  @Test
  void sutimeOnDateWindowsFindsWhatItFindsInWholeSentences() {
    CoreNlpAnnotator windows = new CoreNlpAnnotator();
    CoreNlpAnnotator whole = CoreNlpAnnotator.datingWholeSentences();
    // Every sentence is dated, not only those a plan would date: a timex the windows miss in
    // a sentence without a date word would be missed the same way beside one.
    Annotator.Planner everySentence = new Annotator.Planner() {
      @Override
      public Set<Integer> parse(List<Sentence> tagged) {
        return Set.of();
      }

      @Override
      public Set<Integer> dates(List<Sentence> parsed) {
        Set<Integer> all = new java.util.HashSet<>();
        parsed.forEach(s -> all.add(s.index()));
        return all;
      }
    };
    List<String> differences = new ArrayList<>();
    int sentences = 0;
    int timexes = 0;
    for (Article a : articles) {
      List<Sentence> expected = whole.annotate(a.codableText(), a.published(), everySentence);
      List<Sentence> actual = windows.annotate(a.codableText(), a.published(), everySentence);
      assertTrue(expected.size() == actual.size(), a.id() + ": sentences differ");
      for (int i = 0; i < expected.size(); i++) {
        Sentence e = expected.get(i);
        Sentence w = actual.get(i);
        sentences++;
        timexes += e.timexes().size();
        if (!e.timexes().equals(w.timexes()) || !ner(e).equals(ner(w))) {
          differences.add(a.id() + " (" + a.published() + "): " + e.text() + "\n  whole:   "
              + e.timexes() + " " + ner(e) + "\n  windows: " + w.timexes() + " " + ner(w));
        }
      }
    }
    System.out.printf("date windows: %d articles, %d sentences, %d timexes%n",
        articles.size(), sentences, timexes);
    assertTrue(timexes >= (shared ? 850 : 90), "only " + timexes + " timexes found");
    assertTrue(differences.isEmpty(), differences.size() + " sentences dated differently, first: "
        + differences.subList(0, Math.min(5, differences.size())));
  }

  /** The named-entity tags of a sentence, where SUTime's types show. */
  private static List<String> ner(Sentence s) {
    return s.tokens().stream().map(org.dyad.nlp.Token::ner).toList();
  }

  @Test
  void thePlannedAnnotationCodesWhatTheFullOneCodes() {
    CoreNlpAnnotator nlp = new CoreNlpAnnotator();
    DateWords dateWords = DateWords.standard();
    List<String> undated = new ArrayList<>();
    Annotator everything = (text, date) -> {
      List<Sentence> out = nlp.annotate(text, date);
      for (Sentence s : out) {
        boolean calendar = s.timexes().stream().map(Timex::value)
            .anyMatch(v -> v.matches("(\\d{4}|XXXX)(-.*)?"));
        if (calendar && !dateWords.anyDateWord(s.tokens().stream()
            .map(org.dyad.nlp.Token::word).toList())) {
          undated.add(s.timexes() + " in: " + s.text());
        }
      }
      return out;
    };
    AtomicInteger sentences = new AtomicInteger();
    AtomicInteger parsed = new AtomicInteger();
    AtomicInteger dated = new AtomicInteger();
    Annotator planned = new Annotator() {
      @Override
      public List<Sentence> annotate(String text, LocalDate date) {
        return nlp.annotate(text, date);
      }

      @Override
      public List<Sentence> annotate(String text, LocalDate date, Planner planner) {
        return nlp.annotate(text, date, new Planner() {
          @Override
          public Set<Integer> parse(List<Sentence> tagged) {
            sentences.addAndGet(tagged.size());
            Set<Integer> chosen = planner.parse(tagged);
            parsed.addAndGet(chosen.size());
            return chosen;
          }

          @Override
          public Set<Integer> dates(List<Sentence> parsedSentences) {
            Set<Integer> chosen = planner.dates(parsedSentences);
            dated.addAndGet(chosen.size());
            return chosen;
          }
        });
      }
    };
    Pipeline full = Pipeline.withAnnotator(everything);
    Pipeline selective = Pipeline.withAnnotator(planned);
    List<String> differences = new ArrayList<>();
    int events = 0;
    for (Article a : articles) {
      Pipeline.Coded expected = full.code(a);
      Pipeline.Coded actual = selective.code(a);
      events += expected.events().size();
      if (!expected.equals(actual)) {
        differences.add(a.id() + ":\n  all sentences: " + expected.events() + " "
            + expected.quotes() + " " + expected.unknownNames() + "\n  planned:       "
            + actual.events() + " " + actual.quotes() + " " + actual.unknownNames());
      }
    }
    System.out.printf("planned annotation: %d articles, %d events; %d of %d sentences parsed,"
        + " %d dated%n", articles.size(), events, parsed.get(), sentences.get(), dated.get());
    assertTrue(events >= (shared ? 300 : SAMPLE_EVENTS), "only " + events + " events coded");
    // The plan must choose: were every sentence parsed and every parsed one dated, the
    // comparison above would compare the full annotation with itself.
    assertTrue(parsed.get() < sentences.get(), "the plan parsed every sentence: "
        + parsed.get() + " of " + sentences.get());
    assertTrue(dated.get() < parsed.get(), "the plan dated every parsed sentence: "
        + dated.get() + " of " + parsed.get());
    assertTrue(dated.get() > 0, "the plan dated no sentence");
    assertTrue(differences.isEmpty(), differences.size() + " articles coded differently, first: "
        + differences.subList(0, Math.min(3, differences.size())));
    assertTrue(undated.isEmpty(), "SUTime found dates in sentences without a date word"
        + " (add the word to date-words.txt): " + undated);
  }
}
