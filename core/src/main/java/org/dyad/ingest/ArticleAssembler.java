package org.dyad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * The steps every reader shares once it holds one article's bytes or text: decoding,
 * HTML extraction, normalisation, then the {@link ArticleParser}. Each format's reader only
 * finds the articles in its input and what it knows about them; cleaning is done here once.
 * Thread-safe.
 */
final class ArticleAssembler {

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final ArticleParser parser;

  ArticleAssembler(ArticleParser parser) {
    this.parser = parser;
  }

  /** An article from undecoded bytes of the given format (TEXT or HTML). */
  Result<Article> fromBytes(String id, String source, byte[] bytes, Format format,
      String declaredCharset, ArticleParser.Metadata outer) {
    Result<String> text = format == Format.HTML ? decodeHtml(source, bytes, declaredCharset)
        : TextDecoder.decode(source, bytes);
    if (text.isSkipped()) {
      return text.diagnostics().isEmpty() ? Result.skipped(Diagnostic.error(source, 0,
          "cannot be read; skipped")) : Result.skipped(text.diagnostics().get(0));
    }
    return format == Format.HTML
        ? fromHtml(id, source, text.value().get(), outer, false, text.diagnostics())
        : fromText(id, source, text.value().get(), outer, text.diagnostics());
  }

  /** An article from decoded plain text. */
  Result<Article> fromText(String id, String source, String text, ArticleParser.Metadata meta,
      List<Diagnostic> notesSoFar) {
    List<Diagnostic> notes = new ArrayList<>(notesSoFar);
    TextNormalizer.Normalized n = TextNormalizer.normalize(text);
    if (n.repairs() > 0) {
      notes.add(Diagnostic.info(source, 0, "repaired " + n.repairs()
          + " mis-decoded character" + (n.repairs() == 1 ? "" : "s") + " (mojibake)"));
    }
    if (n.text().isBlank()) {
      notes.add(Diagnostic.error(source, 0, "no text; skipped"));
      return new Result<>(java.util.Optional.empty(), errorFirst(notes));
    }
    Result<Article> parsed = parser.parse(id, source, n.text(), meta);
    for (Diagnostic d : parsed.diagnostics()) {
      // Inside a JSON line or a WARC record, a line of the article's own text is no line of
      // the file: say which it is rather than print "feed.jsonl line 14 line 1".
      boolean inRecord = !source.equals(d.source()) || source.contains(" line ")
          || source.contains(" record ");
      notes.add(inRecord && d.line() > 0 ? new Diagnostic(d.severity(), d.source(), 0,
          d.message() + " (line " + d.line() + " of the article's text)") : d);
    }
    return new Result<>(parsed.value(), notes);
  }

  /**
   * An article from a decoded web page.
   *
   * @param outer what the container (a JSON record, a WARC record) says
   * @param outerWins whether the container's headline, date, URL and publisher win over the
   *     page's own (a JSON record's fields do; a WARC record's target URL and crawl date do not)
   */
  Result<Article> fromHtml(String id, String source, String html, ArticleParser.Metadata outer,
      boolean outerWins, List<Diagnostic> notesSoFar) {
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, outer.url());
    ArticleParser.Metadata meta = outerWins ? merge(outer, x.meta()) : merge(x.meta(), outer);
    if (x.text().isBlank()) {
      List<Diagnostic> notes = new ArrayList<>(notesSoFar);
      notes.add(Diagnostic.error(source, 0, "no article text found in the page; skipped"));
      return new Result<>(java.util.Optional.empty(), errorFirst(notes));
    }
    return fromText(id, source, x.text(), meta, notesSoFar);
  }

  /** Field by field, the first's value where it has one, else the second's. */
  static ArticleParser.Metadata merge(ArticleParser.Metadata a, ArticleParser.Metadata b) {
    boolean aDate = a.date() != null;
    return new ArticleParser.Metadata(
        a.headline().isEmpty() ? b.headline() : a.headline(),
        aDate ? a.date() : b.date(),
        aDate ? a.dateFrom() : b.dateFrom(),
        a.url().isEmpty() ? b.url() : a.url(),
        a.publisher().isEmpty() ? b.publisher() : a.publisher(),
        a.crawlDate() != null ? a.crawlDate() : b.crawlDate());
  }

  /**
   * Decodes a page: with the charset its HTTP header or its {@code <meta charset>} declares,
   * else as any text file.
   */
  static Result<String> decodeHtml(String source, byte[] bytes, String declared) {
    String name = declared;
    if (name == null || name.isBlank()) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096),
          StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      name = m.find() ? m.group(1) : null;
    }
    if (name != null && !TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)
        && !TextDecoder.startsWith(bytes, 0xFF, 0xFE)
        && !TextDecoder.startsWith(bytes, 0xFE, 0xFF)) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.equals("utf-8") && !lower.equals("utf8")) {
        try {
          Charset cs = lower.equals("iso-8859-1") || lower.equals("latin1")
              || lower.equals("us-ascii") ? TextDecoder.WINDOWS_1252 : Charset.forName(name);
          if (!TextDecoder.looksBinary(bytes)) {
            return Result.of(new String(bytes, cs));
          }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          // an unknown charset name: read it as any text
        }
      }
    }
    return TextDecoder.decode(source, bytes);
  }

  /** The first error among the notes goes first: it is the reason a skipped result gives. */
  private static List<Diagnostic> errorFirst(List<Diagnostic> notes) {
    List<Diagnostic> out = new ArrayList<>();
    notes.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).forEach(out::add);
    notes.stream().filter(d -> d.severity() != Diagnostic.Severity.ERROR).forEach(out::add);
    return out;
  }
}
