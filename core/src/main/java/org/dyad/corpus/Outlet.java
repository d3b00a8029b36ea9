package org.dyad.corpus;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.Article;

/**
 * Who published an article, as a key for counting distinct sources (GDELT's NumSources): the
 * publisher the input names, else the URL's host, else the news agency of the dateline
 * ("KYIV (Eastwire) -"), else the article's source as given (its file). Pure and thread-safe.
 *
 * <p>Design decision: the dateline agency is read here, not in {@code ingest}, because only
 * counting sources needs it; plain-text files rarely say more about their outlet.
 */
public final class Outlet {

  private static final Pattern AGENCY = Pattern.compile(
      "^\\s*[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^()\\n]{1,30})?\\s*\\(([\\p{L}][\\p{L}\\d .&'-]{0,40})\\)\\s*[-—–]");

  private Outlet() {}

  /** The outlet key of an article: lower case, never empty. */
  public static String of(Article article) {
    if (!article.publisher().isBlank()) {
      return normalise(article.publisher());
    }
    String host = host(article.url());
    if (!host.isEmpty()) {
      return host;
    }
    String agency = datelineAgency(article);
    if (!agency.isEmpty()) {
      return normalise(agency);
    }
    return "source:" + article.source();
  }

  /** The host of a URL without "www.", or "" when the URL has none. */
  static String host(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The agency named in parentheses right after the dateline, or "". */
  static String datelineAgency(Article article) {
    if (article.paragraphs().isEmpty()) {
      return "";
    }
    String text = article.text();
    int begin = article.paragraphs().get(0).begin();
    // The dateline may sit on the paragraph's own line or on the line before it.
    int lineStart = text.lastIndexOf('\n', Math.max(begin - 2, 0));
    int from = Math.max(lineStart + 1, 0);
    String head = text.substring(Math.min(from, begin), Math.min(text.length(), begin + 120));
    for (String line : head.split("\n", -1)) {
      Matcher m = AGENCY.matcher(line);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return "";
  }

  private static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
