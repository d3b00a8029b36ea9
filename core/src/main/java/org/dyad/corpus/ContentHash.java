package org.dyad.corpus;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.dyad.Digests;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;

/**
 * The normalised content hash that identifies an article however often it is read: SHA-256 of
 * its headline and body paragraphs after Unicode NFKC, lower-casing, unified quotes and dashes,
 * and collapsed white space. The date header, dateline and boilerplate lines do not count, so
 * a page fetched again with other related links or another "Updated" line is the same article.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash as 32 hex digits (the first 128 bits of SHA-256). */
  public static String of(Article article) {
    StringBuilder b = new StringBuilder(normalise(article.headline())).append('\n');
    for (Span p : article.paragraphs()) {
      b.append(normalise(article.text().substring(p.begin(), p.end()))).append('\n');
    }
    return hex(b.toString());
  }

  static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[‘’‛′`]", "'").replaceAll("[“”„″]", "\"")
        .replaceAll("[‐‑‒–—―]", "-");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(Digests.sha256(text), 0, 16);
  }
}
