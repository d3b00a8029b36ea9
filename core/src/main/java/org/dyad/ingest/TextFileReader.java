package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Reads one plain-text article file, as {@code dyad explain --file} does. This is an edge of
 * the system: it does the I/O, and turns unreadable files into diagnostics rather than
 * exceptions. Runs over many files and formats use {@link ArticleSource}.
 */
public final class TextFileReader {

  /** Files larger than this are not read as one article. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final ArticleParser parser;

  public TextFileReader(ArticleParser parser) {
    this.parser = parser;
  }

  /** Reads and parses one file. The article id is the file name without its extension. */
  public Result<Article> read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return Result.skipped(Diagnostic.error(source, 0, "file is " + size / (1024 * 1024)
            + " MB, more than the " + MAX_BYTES / (1024 * 1024) + " MB an article may have;"
            + " skipped"));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Result.skipped(Diagnostic.error(source, 0, "cannot read file: " + e.getMessage()));
    }
    Result<String> text = decode(source, bytes);
    if (text.isSkipped()) {
      return Result.skipped(text.diagnostics().get(0));
    }
    Result<Article> parsed = parser.parse(articleId(file), source, text.value().get());
    List<Diagnostic> all = new ArrayList<>(text.diagnostics());
    all.addAll(parsed.diagnostics());
    return new Result<>(parsed.value(), all);
  }

  /** The file's base name without its extension: {@code 68f634befddb3675.txt} gives the id. */
  public static String articleId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Decodes bytes as text (see {@link TextDecoder}) and normalises it (see {@link
   * TextNormalizer}). Binary content, empty files and undecodable bytes are diagnostics.
   */
  static Result<String> decode(String source, byte[] bytes) {
    Result<String> text = TextDecoder.decode(source, bytes);
    if (text.isSkipped()) {
      return text;
    }
    TextNormalizer.Normalized n = TextNormalizer.normalize(text.value().get());
    List<Diagnostic> notes = new ArrayList<>(text.diagnostics());
    if (n.repairs() > 0) {
      notes.add(Diagnostic.info(source, 0, "repaired " + n.repairs()
          + " mis-decoded character" + (n.repairs() == 1 ? "" : "s") + " (mojibake)"));
    }
    return Result.of(n.text(), notes);
  }
}
