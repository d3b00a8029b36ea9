package org.dyad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read: its text (the source of truth for every offset: the decoded and
 * normalised file for plain text, the extracted article text for HTML, JSON lines and WARC), its
 * publication date when known, and which parts of the text are body paragraphs to code. Header,
 * headline, dateline and boilerplate lie outside {@link #paragraphs()}.
 *
 * @param id the article id: the file's base name without extension, a JSON-lines record's id,
 *     a WARC record's id; unique within a run
 * @param source where it came from, as the user named it (a path, with the line or record
 *     inside it for multi-article files)
 * @param published the publication date, or null when none was found
 * @param publishedFrom how the publication date was found
 * @param headline the headline, or "" when none
 * @param dateline the dateline place ("BEIRUT"), or "" when none
 * @param url the article's URL when the input gave one, else ""
 * @param publisher the outlet's name when the input gave one, else ""
 * @param paragraphs body paragraphs, in order, as spans of {@code text}
 * @param boilerplate the lines recognised as web boilerplate, as spans of {@code text}
 */
public record Article(
    String id,
    String source,
    String text,
    LocalDate published,
    DateOrigin publishedFrom,
    String headline,
    String dateline,
    String url,
    String publisher,
    List<Span> paragraphs,
    List<Span> boilerplate) {

  /**
   * Where an article's publication date came from: a date line of the text ({@code HEADER}),
   * an HTML meta tag or {@code <time>} element ({@code META}), a JSON-LD {@code NewsArticle}
   * ({@code JSON_LD}), a date field of a JSON-lines record ({@code RECORD}), the article's URL
   * ({@code URL}: {@code /2021/05/16/}), the dateline ({@code
   * DATELINE}: a dateline that writes a full date, "Paris, 12 March 2024 -"), the WARC-Date of
   * the archive record ({@code WARC_DATE}: when the page was crawled, not published; used only when nothing else gives a
   * date), the command line ({@code OVERRIDE}), or nowhere ({@code NONE}).
   */
  public enum DateOrigin {
    HEADER, META, JSON_LD, RECORD, URL, DATELINE, WARC_DATE, OVERRIDE, NONE
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    if ((published == null) != (publishedFrom == DateOrigin.NONE)) {
      throw new IllegalArgumentException("published and publishedFrom disagree");
    }
    headline = Objects.requireNonNullElse(headline, "");
    dateline = Objects.requireNonNullElse(dateline, "");
    url = Objects.requireNonNullElse(url, "");
    publisher = Objects.requireNonNullElse(publisher, "");
    paragraphs = List.copyOf(paragraphs);
    boilerplate = List.copyOf(boilerplate);
    for (Span span : paragraphs) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + span + " outside the text");
      }
    }
  }

  /**
   * An article that is only the given text, one paragraph, with no header, headline or
   * boilerplate to find: a sentence to explain, a record of a reference suite.
   *
   * @param published the date given with it, or null
   */
  public static Article ofText(String id, String source, String text, LocalDate published) {
    return new Article(id, source, text, published,
        published == null ? DateOrigin.NONE : DateOrigin.OVERRIDE, "", "", "", "",
        List.of(new Span(0, text.length())), List.of());
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** A copy with another publication date, as {@code --date} gives. */
  public Article withPublished(LocalDate date) {
    return new Article(id, source, text, date, DateOrigin.OVERRIDE, headline, dateline,
        url, publisher, paragraphs, boilerplate);
  }

  /**
   * The text to annotate: the original with everything outside the body paragraphs blanked to
   * spaces (line breaks kept), so that every offset into it is an offset into the original.
   */
  public String codableText() {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c == '\n' || c == '\r' ? c : ' ';
    }
    for (Span p : paragraphs) {
      text.getChars(p.begin(), p.end(), out, p.begin());
    }
    return new String(out);
  }
}
