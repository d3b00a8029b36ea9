package org.dyad.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Splits a raw article text, as it comes from the web, into header date, headline, dateline,
 * body paragraphs and boilerplate. Pure and thread-safe: it never changes the text, it only
 * says which spans of it are which.
 *
 * <p>Design decision: a body paragraph must read as prose, ending in sentence punctuation.
 * Short lines without it (headlines, menu items, related-article titles, captions) are never
 * coded: a related headline such as "Iran condemns attack" is a different article's event.
 * Nor are photo captions however long ({@link Boilerplate#isCaption}), nor a line of eight
 * words or more that the page repeats word for word: a caption under its picture and again
 * under the enlarged view, a pull quote. A story tells its news once; a page repeats its
 * furniture.
 */
public final class ArticleParser {

  private static final int HEADLINE_MAX_WORDS = 25;
  /** A repeated line shorter than this may be a refrain of the story's own ("Allahu akbar"). */
  private static final int REPEATED_MIN_WORDS = 8;
  private static final int HEADER_SEARCH_LINES = 3;
  /** A dateline's date: "May 16", "March 12, 2024", "12 March 2024". */
  private static final String WHEN = "\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?"
      + "|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8}\\.?(?:,?\\s+\\d{4})?";
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:(?<caps>\\p{Lu}[\\p{Lu}.'’ -]{1,40}\\p{Lu}\\.?)"
          + "|(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}\\p{Ll})(?=\\s*(?:,[^()]{3,20})?\\s*\\("
          + "|\\s*,\\s*(?:" + WHEN + ")\\s*(?:--|—|–|-)\\s))"
          + "(?:\\s*,\\s*(?<when>" + WHEN + "))?"
          + "\\s*(?:\\((?<agency>[^()]{1,40})\\))?\\s*(?:--|—|–|-|:)\\s+");

  private final Boilerplate boilerplate;

  public ArticleParser(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** A parser with Dyad's shipped boilerplate rules. */
  public static ArticleParser standard() {
    return new ArticleParser(Boilerplate.standard());
  }

  private record Line(int number, int begin, int end, String text) {
    boolean blank() {
      return text.isBlank();
    }
  }

  /**
   * What a reader knew about an article besides its text: from HTML meta tags, JSON-LD, a JSON
   * record's fields or a WARC record's headers. Empty strings and nulls mean unknown.
   *
   * @param headline the headline; a line of the text repeating it is not body text
   * @param date the publication date the input states, or null
   * @param dateFrom where {@code date} came from (NONE with a null date)
   * @param url the article's URL; a date in its path is used when nothing else gives one
   * @param publisher the outlet's name
   * @param crawlDate when an archive fetched the page (WARC-Date), the last resort, or null
   */
  public record Metadata(String headline, LocalDate date, Article.DateOrigin dateFrom,
      String url, String publisher, LocalDate crawlDate) {

    /** Nothing known. */
    public static final Metadata NONE =
        new Metadata("", null, Article.DateOrigin.NONE, "", "", null);

    public Metadata {
      headline = headline == null ? "" : headline.strip();
      url = url == null ? "" : url.strip();
      publisher = publisher == null ? "" : publisher.strip();
      if ((date == null) != (dateFrom == Article.DateOrigin.NONE)) {
        throw new IllegalArgumentException("date and dateFrom disagree");
      }
    }
  }

  /**
   * Parses one article.
   *
   * @param id the article id
   * @param source the file or record it came from, for messages
   * @param text the whole decoded text
   */
  public Result<Article> parse(String id, String source, String text) {
    return parse(id, source, text, Metadata.NONE);
  }

  /**
   * Parses one article whose reader already knows some of its metadata. A date the metadata
   * states wins over a date line of the text; a date line wins over a URL's date, and that
   * over the crawl date.
   */
  public Result<Article> parse(String id, String source, String text, Metadata meta) {
    List<Diagnostic> notes = new ArrayList<>();
    List<Line> lines = lines(text);
    List<Span> paragraphs = new ArrayList<>();
    List<Span> junk = new ArrayList<>();

    int first = 0;
    int bodyStartOffset = -1;
    LocalDate published = null;
    String headline = meta.headline();
    String repeated = comparable(meta.headline());
    Optional<HeaderDate.Found> found = Optional.empty();
    int headerLine = -1;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < HEADER_SEARCH_LINES; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (!repeated.isEmpty() && comparable(line.text()).equals(repeated)) {
        continue;
      }
      seen++;
      found = HeaderDate.find(line.text());
      if (found.isPresent()) {
        headerLine = i;
        break;
      }
      if (!headlineLike(line.text())) {
        break;
      }
    }
    if (found.isPresent()) {
      HeaderDate.Found f = found.get();
      Line line = lines.get(headerLine);
      published = f.date();
      if (f.ambiguous() && meta.date() == null) {
        notes.add(Diagnostic.warning(source, line.number(), "date '"
            + line.text().substring(0, f.end()).strip() + "' read day first as " + f.date()));
      }
      // Lines above a date header are a headline or kicker.
      for (int i = 0; i < headerLine; i++) {
        if (!lines.get(i).blank()) {
          if (headline.isEmpty()) {
            headline = lines.get(i).text().strip();
          }
          junk.add(new Span(lines.get(i).begin(), lines.get(i).end()));
        }
      }
      junk.add(new Span(line.begin(), line.begin() + f.end()));
      if (!line.text().substring(f.end()).isBlank()) {
        bodyStartOffset = line.begin() + f.end();
        first = headerLine;
      } else {
        first = headerLine + 1;
      }
    }

    java.util.Set<String> repeatedLines = repeated(lines.subList(first, lines.size()));
    boolean inList = false;
    boolean firstParagraph = true;
    String dateline = "";
    LocalDate datelineDate = null;
    for (int i = first; i < lines.size(); i++) {
      Line line = lines.get(i);
      int begin = i == first && bodyStartOffset >= 0 ? bodyStartOffset : line.begin();
      String t = text.substring(begin, line.end());
      if (t.isBlank()) {
        continue;
      }
      if (!repeated.isEmpty() && comparable(t).equals(repeated)) {
        junk.add(trim(text, begin, line.end()));
        continue;
      }
      if (boilerplate.startsList(t)) {
        inList = true;
        junk.add(trim(text, begin, line.end()));
        continue;
      }
      if (boilerplate.isBoilerplate(t) || boilerplate.isCaption(t)
          || repeatedLines.contains(comparable(t))) {
        junk.add(trim(text, begin, line.end()));
        continue;
      }
      if (headlineLike(t)) {
        if (headline.isEmpty() && firstParagraph && !inList) {
          headline = t.strip();
        }
        junk.add(trim(text, begin, line.end()));
        continue;
      }
      inList = false;
      if (firstParagraph) {
        firstParagraph = false;
        Matcher m = DATELINE.matcher(t);
        if (m.find()) {
          dateline = m.group("caps") != null ? m.group("caps").strip() : m.group("place").strip();
          if (m.group("when") != null && m.group("when").matches(".*\\d{4}")) {
            datelineDate = HeaderDate.find(m.group("when")).map(HeaderDate.Found::date)
                .orElse(null);
          }
          junk.add(new Span(begin, begin + m.end()));
          begin += m.end();
        }
      }
      paragraphs.add(trim(text, begin, line.end()));
    }
    if (paragraphs.isEmpty()) {
      notes.add(Diagnostic.warning(source, 0, "no article text left after removing the header"
          + " and boilerplate; nothing to code"));
    }
    Article.DateOrigin origin = published == null ? Article.DateOrigin.NONE
        : Article.DateOrigin.HEADER;
    if (meta.date() != null) {
      published = meta.date();
      origin = meta.dateFrom();
    } else if (published == null) {
      Optional<LocalDate> fromUrl = DateText.fromUrl(meta.url());
      if (fromUrl.isPresent()) {
        published = fromUrl.get();
        origin = Article.DateOrigin.URL;
      } else if (datelineDate != null) {
        // "Paris, 12 March 2024 -": the dateline's date is the story's filing day, read when
        // no header, tag, record or URL gives one; before the crawl date, which only says
        // when the page was fetched.
        published = datelineDate;
        origin = Article.DateOrigin.DATELINE;
      } else if (meta.crawlDate() != null) {
        published = meta.crawlDate();
        origin = Article.DateOrigin.WARC_DATE;
        notes.add(Diagnostic.info(source, 0, "no publication date found; using the date the"
            + " archive crawled the page (WARC-Date), " + published));
      }
    }
    if (published == null) {
      notes.add(Diagnostic.info(source, 0,
          "no publication date found; events without a date in the text get none (use --date)"));
    }
    return Result.of(new Article(id, source, text, published, origin, headline, dateline,
        meta.url(), meta.publisher(), paragraphs, junk), notes);
  }

  /** A line as compared with a headline: case, spacing and closing punctuation ignored. */
  /** The lines, as {@link #comparable} gives them, of eight words or more that occur twice. */
  private static java.util.Set<String> repeated(List<Line> lines) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Set<String> twice = new java.util.HashSet<>();
    for (Line line : lines) {
      String c = comparable(line.text());
      if (Boilerplate.words(c) >= REPEATED_MIN_WORDS && !seen.add(c)) {
        twice.add(c);
      }
    }
    return twice;
  }

  private static String comparable(String line) {
    String t = line.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    return t.replaceAll("[\\s.!?:;]+$", "");
  }

  /** A short line that does not end like a sentence: a headline, menu item or caption. */
  static boolean headlineLike(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    boolean ends = ".!?\"'”’)…:;»".indexOf(last) >= 0;
    return !ends && Boilerplate.words(t) <= HEADLINE_MAX_WORDS;
  }

  private static Span trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(begin, end);
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int begin = 0;
    int number = 1;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > begin && text.charAt(i - 1) == '\r' ? i - 1 : i;
        if (i < text.length() || begin < text.length()) {
          lines.add(new Line(number++, begin, end, text.substring(begin, end)));
        }
        begin = i + 1;
      }
    }
    return lines;
  }
}
