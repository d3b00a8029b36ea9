package org.dyad.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dyad.Diagnostic;
import org.dyad.Pipeline;
import org.dyad.actors.DictionaryEntry;
import org.dyad.actors.KnowledgeBase;
import org.dyad.Tsv;
import org.dyad.events.Codebook;
import org.dyad.events.EventCoder;
import org.dyad.events.Event;
import org.dyad.events.PatternDictionary;
import org.dyad.ingest.Article;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.petrarch.PetrarchDictionary;
import org.dyad.petrarch.PetrarchVerbs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The PETRARCH2 validation suite ({@code PETR.UnitTest.records.xml}) coded by Dyad on its own
 * CoreNLP parse of each record's {@code <Text>} (the suite's {@code <Parse>} trees are not
 * used), with the suite's own dictionaries imported: {@code PETR.Validate.actors.txt} and
 * {@code .agents.txt} through {@link PetrarchDictionary} into the knowledge base, and
 * {@code PETR.Validate.verbs.txt} through {@link PetrarchVerbs} into the patterns. The discards
 * file is not used.
 *
 * <p>Design decision: a record passes when the set of (source code, target code, event code)
 * of Dyad's events equals the set of its {@code <EventCoding>} elements. Actor codes compare
 * as strings (Dyad's {@code source.code} and {@code target.code} against PETRARCH's
 * "ARN", "ARNGOV"); event codes as CAMEO strings with their zeros ("064"). The suite runs
 * PETRARCH with dyads required, so Dyad's events without a target are left out. A record
 * expecting {@code noevents} passes when Dyad codes nothing that way; records expecting an
 * {@code error} (dateline, bad parse, story discard) test PETRARCH's input handling and are
 * skipped and counted. Each record is coded as an article of its own, published on the
 * record's date.
 */
final class PetrarchSuite {

  /** One record: its expected codings as "SRC TGT EVT" strings, empty for noevents. */
  record Record(String id, String category, LocalDate date, String text, Set<String> expected,
      boolean error) {}

  /** One record's outcome. */
  record Outcome(Record record, Set<String> coded, boolean pass) {}

  /** Pass counts overall and per category, with the failures. */
  record Score(int records, int skipped, int judged, int passed, int cameoJudged,
      int cameoPassed, Map<String, int[]> byCategory, List<Outcome> failures,
      PetrarchVerbs.Counts verbs,
      int importedPatterns, int usedPatterns, int problems) {

    double rate() {
      return judged == 0 ? 0 : (double) passed / judged;
    }
  }

  static final String RECORDS = "petrarch2/text/PETR.UnitTest.records.xml";
  static final String DICTIONARIES = "petrarch2/dictionaries/";

  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

  private PetrarchSuite() {}

  /** Reads the records; bad ones are skipped into {@code problems}. */
  static List<Record> read(Path file, List<Diagnostic> problems) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      doc = b.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a readable XML file: " + e.getMessage(), e);
    }
    List<Record> out = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      String id = s.getAttribute("id").trim();
      NodeList texts = s.getElementsByTagName("Text");
      if (texts.getLength() == 0) {
        problems.add(Diagnostic.error(file.getFileName().toString(), 0,
            "record " + id + ": no <Text>; skipped"));
        continue;
      }
      String text = texts.item(0).getTextContent().trim().replaceAll("\\s+", " ");
      LocalDate date = NO_DATE;
      try {
        if (!s.getAttribute("date").isBlank()) {
          date = LocalDate.parse(s.getAttribute("date").trim(), YYYYMMDD);
        }
      } catch (DateTimeParseException e) {
        problems.add(Diagnostic.warning(file.getFileName().toString(), 0,
            "record " + id + ": bad date '" + s.getAttribute("date") + "'; 2000-01-01 used"));
      }
      Set<String> expected = new TreeSet<>();
      boolean error = false;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("error")) {
          error = true;
        } else if (c.hasAttribute("eventcode")) {
          expected.add(key(c.getAttribute("sourcecode"), c.getAttribute("targetcode"),
              c.getAttribute("eventcode")));
        }
      }
      out.add(new Record(id, s.getAttribute("category").trim(), date, text, expected, error));
    }
    return out;
  }

  private static String key(String source, String target, String event) {
    return source.trim() + " " + target.trim() + " " + event.trim();
  }

  /** The suite's verbs imported as pattern rows. */
  static PetrarchVerbs.Imported verbs(Path testdata, Codebook codebook) throws IOException {
    return PetrarchVerbs.read(testdata.resolve(DICTIONARIES + "PETR.Validate.verbs.txt"),
        codebook);
  }

  /** The two ways the suite is run: which patterns code it. */
  enum Patterns {
    /** Dyad's shipped patterns, then the suite's verbs where they add words (the default). */
    SHIPPED_THEN_SUITE,
    /** The suite's verbs alone, as PETRARCH runs the suite. */
    SUITE_ONLY
  }

  /** Both runs of the suite. */
  record Report(Score withShipped, Score suiteOnly) {}

  /** Reads, imports and codes the whole suite under {@code testdata}, both ways. */
  static Report run(Path testdata) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Record> records = read(testdata.resolve(RECORDS), problems);
    Codebook codebook = Codebook.standard();
    PetrarchVerbs.Imported verbs = verbs(testdata, codebook);
    List<DictionaryEntry> entries = new ArrayList<>();
    for (String name : List.of("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")) {
      entries.addAll(PetrarchDictionary.read(testdata.resolve(DICTIONARIES + name)).entries());
    }
    KnowledgeBase kb = KnowledgeBase.standardWith(entries);
    PatternDictionary shipped = PatternDictionary.standard(codebook);
    PatternDictionary with = PatternDictionary.standardWith(codebook, List.of(verbs.patterns()));
    PatternDictionary alone = PatternDictionary.load(verbs.patterns(),
        Tsv.resource(PatternDictionary.class, "light-verbs.txt", 1), codebook);
    Annotator annotator = new CoreNlpAnnotator();
    Set<String> speech = EventCoder.standardSpeechVerbs();
    int problemCount = problems.size() + verbs.problems().size();
    Score a = evaluate(new Pipeline(annotator, kb, codebook, with, speech), records, codebook,
        verbs.counts(), verbs.patterns().size(), with.size() - shipped.size(), problemCount);
    Score b = evaluate(new Pipeline(annotator, kb, codebook, alone, speech), records, codebook,
        verbs.counts(), verbs.patterns().size(), alone.size(), problemCount);
    return new Report(a, b);
  }

  static Score evaluate(Pipeline pipeline, List<Record> records, Codebook codebook,
      PetrarchVerbs.Counts counts, int imported, int used, int problems) {
    int skipped = 0;
    int passed = 0;
    int cameoJudged = 0;
    int cameoPassed = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    List<Outcome> failures = new ArrayList<>();
    for (Record r : records) {
      if (r.error()) {
        skipped++;
        continue;
      }
      Article a = Article.ofText(r.id(), "PETR.UnitTest.records.xml", r.text(), r.date());
      Set<String> coded = new TreeSet<>();
      for (Event e : pipeline.code(a).events()) {
        if (e.target() == null || e.source().code() == null || e.target().code() == null) {
          continue;
        }
        coded.add(key(e.source().code(), e.target().code(), e.code().value()));
      }
      boolean pass = symmetricOnce(coded, r.expected()).equals(r.expected());
      boolean cameo = r.expected().stream()
          .allMatch(k -> codebook.contains(k.substring(k.lastIndexOf(' ') + 1)));
      int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
      c[0]++;
      cameoJudged += cameo ? 1 : 0;
      if (pass) {
        passed++;
        c[1]++;
        cameoPassed += cameo ? 1 : 0;
      } else {
        failures.add(new Outcome(r, coded, false));
      }
    }
    return new Score(records.size(), skipped, records.size() - skipped, passed, cameoJudged,
        cameoPassed, byCategory, failures, counts, imported, used, problems);
  }

  static String pct(int n, int of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
  }

  /**
   * The suite writes an event between two sides both ways ("GON OSG 064; OSG GON 064"); Dyad
   * writes it once, the first named as source, as the coding guide says. Where the record
   * expects both directions of a dyad and code and Dyad coded one, the other counts as coded.
   */
  static Set<String> symmetricOnce(Set<String> coded, Set<String> expected) {
    Set<String> out = new TreeSet<>(coded);
    for (String k : coded) {
      String[] f = k.split(" ");
      String reverse = key(f[1], f[0], f[2]);
      if (expected.contains(k) && expected.contains(reverse)) {
        out.add(reverse);
      }
    }
    return out;
  }

  static String describe(Set<String> codings) {
    return codings.isEmpty() ? "none" : String.join("; ", codings);
  }
}
