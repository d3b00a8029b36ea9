package org.dyad.app;

import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.JsonlFields;
import picocli.CommandLine.Option;

/** The options of commands that read articles: which JSON-lines fields hold what. */
final class InputOptions {

  @Option(names = "--jsonl-text", paramLabel = "FIELD",
      description = "JSON lines: the field holding the article text, tried before text, body,"
          + " content, article, ...")
  String text;

  @Option(names = "--jsonl-id", paramLabel = "FIELD",
      description = "JSON lines: the field holding the article id, tried before id, _id,"
          + " doc_id, ... (without one the id is FILE-lineN)")
  String id;

  @Option(names = "--jsonl-title", paramLabel = "FIELD",
      description = "JSON lines: the headline field, tried before title, headline, ...")
  String title;

  @Option(names = "--jsonl-date", paramLabel = "FIELD",
      description = "JSON lines: the publication date field, tried before date, published,"
          + " publish_date, published_at, ...")
  String date;

  @Option(names = "--jsonl-url", paramLabel = "FIELD",
      description = "JSON lines: the URL field, tried before url, link, ...")
  String url;

  /** How to read the inputs. */
  ArticleSource.Options sourceOptions() {
    return ArticleSource.Options.defaults().withJsonl(
        JsonlFields.defaults().preferring(id, url, title, date, text));
  }
}
