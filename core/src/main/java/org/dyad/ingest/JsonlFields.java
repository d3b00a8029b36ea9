package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields of a JSON-lines record hold the article's id, URL, headline, date, text and
 * publisher: for each, the names tried in order. The defaults cover the common spellings of
 * news datasets and scrapers; {@link #preferring} puts a user's own field name first.
 */
public record JsonlFields(List<String> id, List<String> url, List<String> title,
    List<String> date, List<String> text, List<String> publisher) {

  public JsonlFields {
    id = List.copyOf(id);
    url = List.copyOf(url);
    title = List.copyOf(title);
    date = List.copyOf(date);
    text = List.copyOf(text);
    publisher = List.copyOf(publisher);
  }

  /** The names Dyad tries when told nothing. */
  public static JsonlFields defaults() {
    return new JsonlFields(
        List.of("id", "_id", "doc_id", "article_id", "uuid", "guid", "docid"),
        List.of("url", "link", "source_url", "uri", "article_url", "canonical_url"),
        List.of("title", "headline", "header", "name"),
        List.of("date", "published", "publish_date", "published_at", "publication_date",
            "pubdate", "date_published", "datePublished", "date_publish", "published_date",
            "publishedAt", "timestamp", "created_at", "time"),
        List.of("text", "body", "content", "article", "maintext", "full_text", "fulltext",
            "story", "article_text", "articleBody"),
        List.of("publisher", "source", "site", "site_name", "outlet", "source_name",
            "domain", "media"));
  }

  /**
   * These fields with the given names tried first; null or blank names change nothing.
   */
  public JsonlFields preferring(String idField, String urlField, String titleField,
      String dateField, String textField) {
    return new JsonlFields(first(idField, id), first(urlField, url), first(titleField, title),
        first(dateField, date), first(textField, text), publisher);
  }

  private static List<String> first(String name, List<String> names) {
    if (name == null || name.isBlank()) {
      return names;
    }
    List<String> out = new ArrayList<>();
    out.add(name.strip());
    names.stream().filter(n -> !Objects.equals(n, name.strip())).forEach(out::add);
    return out;
  }
}
