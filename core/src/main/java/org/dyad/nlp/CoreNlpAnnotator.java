package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SharedScores;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The Stanford CoreNLP 4.5 pipeline behind {@link Annotator}: tokenize, ssplit, pos, lemma, ner
 * (three classes), depparse, and SUTime for dates. Loading takes seconds and about 2 GB of
 * memory, so build one per process; {@code annotate} is safe to call from several threads.
 *
 * <p>Design decisions: fine-grained NER (the KBP regex tables) is off, as Dyad's own knowledge
 * base names countries, titles and organisations; NER runs the three-class model without its
 * numeric classifiers, and SUTime runs on its own (TimeAnnotator): dates and names are all Dyad
 * reads from NER, and the numeric classifiers and the seven-class models cost more than the
 * parse (measured in docs/BENCHMARKS.md); a blank line ends a sentence, so that lines
 * blanked out as boilerplate never join two paragraphs. With a planner, the tagging steps
 * run on the whole text and the parser and SUTime only on the sentences the planner names,
 * each on a document of just those sentences (the CoreNLP annotators work sentence by
 * sentence, so a sentence gets the same parse either way). SUTime runs on windows around the
 * words a date is written with ({@link DateWindows}), not on the whole sentences it dates: its
 * rules are tried at every token, and the windows give the same dates for a fraction of the time
 * ({@code PlannedAnnotationIT} compares them with whole sentences on every corpus the tests
 * have).
 *
 * <p>The parse is CoreNLP's neural dependency parser with its English UD model, as the {@code
 * depparse} annotator runs it, with two differences that change no dependency ({@code
 * ParserParityIT} compares them with the annotator's on every corpus the tests have): its
 * scores are computed by {@link SharedScores} (the same arithmetic, without a lock every
 * parsing thread waits on), and only the graph Dyad reads (enhanced++) is built, not the four
 * others the annotator builds for each sentence.
 */
public final class CoreNlpAnnotator implements Annotator {

  /** The three-class model: persons, organisations and places are all Dyad reads from NER. */
  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Sentences parsed between two progress reports to the planner. */
  private static final int PARSE_BATCH = 64;

  private final StanfordCoreNLP tagger;
  /** Dyad's parse; null in the {@link #reference()}. */
  private final DependencyParser parser;
  /** CoreNLP's own {@code depparse} annotator; null but in the {@link #reference()}. */
  private final StanfordCoreNLP depparse;
  private final TimeAnnotator time;
  /** Why the parse is not scored by {@link SharedScores}; empty where it is. */
  private final Optional<String> ownScoresRefused;
  /** Where the planned annotation runs SUTime; null: on the whole sentences it dates. */
  private final DateWindows windows;

  /** The annotator: with a planner, SUTime runs on the windows around date words. */
  public CoreNlpAnnotator() {
    this(false, DateWindows.standard());
  }

  /**
   * An annotator that, with a planner, runs SUTime on the whole of each sentence it dates: the
   * reference the windows are checked against, and the one to time them against.
   */
  public static CoreNlpAnnotator datingWholeSentences() {
    return new CoreNlpAnnotator(false, null);
  }

  /**
   * CoreNLP's own annotators in Dyad's configuration: its {@code depparse} annotator (its
   * classifier, all five graphs) and SUTime on whole sentences. The reference {@code
   * ParserParityIT} holds Dyad's parse to, and the benchmarks' baseline of CoreNLP alone.
   */
  public static CoreNlpAnnotator reference() {
    return new CoreNlpAnnotator(true, null);
  }

  private CoreNlpAnnotator(boolean coreNlpParse, DateWindows windows) {
    this.tagger = new StanfordCoreNLP(taggerProperties());
    if (coreNlpParse) {
      Properties parse = new Properties();
      parse.setProperty("annotators", "depparse");
      // Its requirements (tokens, sentences, tags) are met by the tagger's output it is given.
      this.depparse = new StanfordCoreNLP(parse, false);
      this.parser = null;
      this.ownScoresRefused = Optional.of("the reference parses with CoreNLP's annotator");
    } else {
      this.depparse = null;
      // A parser of its own, not CoreNLP's cached one (DependencyParser.loadFromModelFile):
      // SharedScores changes the parser it is put into, and the depparse annotator of a
      // reference() in the same process must keep CoreNLP's scoring.
      this.parser = new DependencyParser(new Properties());
      parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
      this.ownScoresRefused = SharedScores.install(parser);
    }
    this.time = new TimeAnnotator("sutime", new Properties());
    this.windows = windows;
  }

  private static Properties taggerProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    return props;
  }

  /**
   * Why the parser does not score with {@link SharedScores}, where it does not (this CoreNLP's
   * classifier does not score as it does: then the parse is CoreNLP's own, only slower).
   */
  public Optional<String> sharedScoresRefused() {
    return ownScoresRefused;
  }

  @Override
  public List<Sentence> annotate(String text, LocalDate documentDate) {
    Annotation doc = tag(text, documentDate);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    parse(doc, sentences);
    time.annotate(doc);
    return convert(text, sentences);
  }

  @Override
  public List<Sentence> annotate(String text, LocalDate documentDate, Planner planner) {
    Annotation doc = tag(text, documentDate);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = convert(text, sentences);
    Set<Integer> parse = planner.parse(List.copyOf(out));
    List<CoreMap> parsed = chosen(sentences, parse);
    if (!parsed.isEmpty()) {
      // In batches, to tell the planner how far it has come (a long article parses for
      // minutes); each sentence is parsed on its own, so the parses are the same.
      for (int from = 0; from < parsed.size(); from += PARSE_BATCH) {
        int to = Math.min(parsed.size(), from + PARSE_BATCH);
        parse(doc, parsed.subList(from, to));
        planner.parsed(to, parsed.size());
      }
      convertAgain(text, sentences, parse, out);
    }
    Set<Integer> dates = planner.dates(List.copyOf(out));
    List<CoreMap> dated = chosen(sentences, dates);
    if (!dated.isEmpty()) {
      if (windows == null) {
        time.annotate(part(doc, dated));
      } else {
        dateWindows(doc, text, sentences, dates, out);
      }
      convertAgain(text, sentences, dates, out);
    }
    return out;
  }

  /**
   * Parses tagged sentences of {@code doc} into the enhanced++ graph Dyad reads: as {@code
   * depparse} does, without the graphs Dyad does not read (the reference runs the annotator).
   */
  private void parse(Annotation doc, List<CoreMap> sentences) {
    if (depparse != null) {
      depparse.annotate(part(doc, sentences));
      return;
    }
    for (CoreMap sentence : sentences) {
      GrammaticalStructure structure = parser.predict(sentence);
      sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(structure,
              SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE,
              null));
    }
  }

  /**
   * Runs SUTime on the windows of the sentences to date, each window a sentence of its own made
   * of copies of its tokens (whatever SUTime sets on what it reads stays out of the tagged
   * sentence) with the offsets and token indexes they have in the text, and gives each sentence
   * the timexes of its windows as SUTime on the whole sentence gives them: in token order, spans
   * counted in the document, so {@code convert} reads them alike.
   */
  private void dateWindows(Annotation doc, String text, List<CoreMap> sentences,
      Set<Integer> dates, List<Sentence> tagged) {
    List<CoreMap> parts = new ArrayList<>();
    List<List<CoreMap>> found = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!dates.contains(i)) {
        continue;
      }
      CoreMap s = sentences.get(i);
      List<CoreMap> timexes = new ArrayList<>();
      s.set(TimeAnnotations.TimexAnnotations.class, timexes);
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (DateWindows.Window w : windows.windows(tagged.get(i).tokens())) {
        List<CoreLabel> copies = new ArrayList<>();
        for (CoreLabel l : labels.subList(w.first(), w.last() + 1)) {
          copies.add(new CoreLabel(l));
        }
        int begin = copies.get(0).beginPosition();
        int end = copies.get(copies.size() - 1).endPosition();
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        part.set(CoreAnnotations.TokensAnnotation.class, copies);
        part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + w.first());
        part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + w.last() + 1);
        part.set(CoreAnnotations.SentenceIndexAnnotation.class, parts.size());
        parts.add(part);
        found.add(timexes);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    time.annotate(part(doc, parts));
    for (int k = 0; k < parts.size(); k++) {
      List<CoreMap> timexes = parts.get(k).get(TimeAnnotations.TimexAnnotations.class);
      if (timexes != null) {
        found.get(k).addAll(timexes);
      }
    }
  }

  private static List<CoreMap> chosen(List<CoreMap> sentences, Set<Integer> indexes) {
    List<CoreMap> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (indexes.contains(i)) {
        out.add(sentences.get(i));
      }
    }
    return out;
  }

  /** Converts again the sentences a step has just annotated; the others are as they were. */
  private static void convertAgain(String text, List<CoreMap> sentences, Set<Integer> indexes,
      List<Sentence> out) {
    for (int i = 0; i < sentences.size(); i++) {
      if (indexes.contains(i)) {
        out.set(i, convert(i, text, sentences.get(i)));
      }
    }
  }

  private Annotation tag(String text, LocalDate documentDate) {
    Objects.requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    tagger.annotate(doc);
    return doc;
  }

  /**
   * A document of some sentences (or windows) of a tagged document: the annotators write into
   * them.
   */
  private static Annotation part(Annotation doc, List<CoreMap> sentences) {
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return part;
  }

  private static List<Sentence> convert(String text, List<CoreMap> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      out.add(convert(out.size(), text, s));
    }
    return out;
  }

  private static Sentence convert(int index, String text, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    List<Timex> timexes = new ArrayList<>();
    String[] timeType = new String[labels.size()];
    List<CoreMap> found = s.get(TimeAnnotations.TimexAnnotations.class);
    int offset = s.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
      edu.stanford.nlp.time.Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - offset;
      int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - offset - 1;
      if (t == null || first < 0 || last >= labels.size() || last < first) {
        continue;
      }
      for (int i = first; i <= last; i++) {
        timeType[i] = t.timexType();
      }
      if (t.value() != null) {
        timexes.add(new Timex(t.timexType(), t.value(), first, last));
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String ner = l.ner() == null || l.ner().equals("O") && timeType[i] != null
          ? (timeType[i] == null ? "O" : timeType[i]) : l.ner();
      tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(),
          ner, l.beginPosition(), l.endPosition()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeListSorted()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
            e.getDependent().index() - 1));
      }
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    Accusations.Parse parse = Accusations.repair(tokens, deps);
    List<Token> repaired = parse.tokens();
    return new Sentence(index, begin, end, text.substring(begin, end), repaired,
        Relatives.repair(repaired, OfConjuncts.repair(repaired, Inversions.repair(repaired,
            Coordinations.repair(repaired, parse.deps())))), timexes);
  }
}
