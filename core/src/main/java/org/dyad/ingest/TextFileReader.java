package org.dyad.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Reads plain-text article files (one article a file) and walks directories for them. This is
 * an edge of the system: it does the I/O, and turns unreadable files into diagnostics rather
 * than exceptions, so one bad file never stops a run.
 */
public final class TextFileReader {

  /** Files larger than this are not read as one article. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final ArticleParser parser;

  public TextFileReader(ArticleParser parser) {
    this.parser = parser;
  }

  /**
   * The article files under the given paths: files as named, directories walked recursively
   * for {@code *.txt} files, in a stable (sorted) order. A missing path is a diagnostic.
   */
  public static List<Result<Path>> expand(List<Path> paths) {
    List<Result<Path>> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p)) {
        out.add(Result.of(p));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                  .endsWith(".txt"))
              .sorted()
              .forEach(f -> out.add(Result.of(f)));
        } catch (IOException | java.io.UncheckedIOException e) {
          out.add(Result.skipped(Diagnostic.error(p.toString(), 0,
              "cannot list directory: " + e.getMessage())));
        }
      } else {
        out.add(Result.skipped(Diagnostic.error(p.toString(), 0, "no such file or directory")));
      }
    }
    return out;
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
   * Decodes bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with a
   * byte-order mark. Binary content, empty files and undecodable bytes are diagnostics.
   */
  static Result<String> decode(String source, byte[] bytes) {
    int offset = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (looksBinary(bytes)) {
      return Result.skipped(Diagnostic.error(source, 0, "not a text file (binary content);"
          + " skipped"));
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return Result.skipped(Diagnostic.error(source, lineOfFirstBadByte(bytes, offset),
          "cannot be decoded as " + charset.name() + " text; skipped"));
    }
    if (text.isBlank()) {
      return Result.skipped(Diagnostic.error(source, 0, "empty file; skipped"));
    }
    if (text.indexOf('\u0000') >= 0) {
      return Result.skipped(Diagnostic.error(source, 0, "not a text file (NUL characters);"
          + " skipped"));
    }
    return Result.of(text);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes, or many control characters, in the first 8 KB mark a binary file. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  /** The 1-based line of the first byte that is not valid UTF-8, for the message. */
  private static int lineOfFirstBadByte(byte[] bytes, int offset) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = offset;
    for (int i = offset; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }
}
