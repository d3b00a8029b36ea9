package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the articles of a WARC or WET archive, record by record, streaming: only the current
 * record is in memory, so a 10 GB archive needs no more memory than its largest page (at most
 * the article size limit; larger records are skipped unread). HTTP responses and resources that
 * are HTML pages give articles through {@link HtmlExtractor}; WET conversion records and
 * plain-text resources through the plain-text path. Other records (requests, metadata,
 * images, redirects, errors) are passed over silently. Not thread-safe.
 *
 * <p>Design decision: Dyad frames the records itself (version line, headers, Content-Length)
 * and hands each record's bytes to jwarc to parse. A corrupt record then costs that record
 * only: the reader reports it and looks for the next line that starts a WARC record, where a
 * reader that lost its place in the stream would have to give up on the whole file.
 */
final class WarcArticles implements RecordReader {

  private static final int MAX_HEADER_LINES = 200;
  private static final int MAX_HEADER_LINE = 16 * 1024;

  private final ByteLines in;
  private final String source;
  private final String baseId;
  private final ArticleAssembler assembler;
  private final long maxBytes;
  private int record;
  private boolean done;
  private boolean resyncing;

  WarcArticles(ByteLines in, String source, String baseId, ArticleAssembler assembler,
      long maxBytes) {
    this.in = in;
    this.source = source;
    this.baseId = baseId;
    this.assembler = assembler;
    this.maxBytes = maxBytes;
  }

  @Override
  public Optional<Result<Article>> next() {
    while (!done) {
      Optional<Result<Article>> r;
      try {
        r = readRecord();
      } catch (EOFException e) {
        done = true;
        return Optional.of(skip("the compressed data ends unexpectedly (truncated gzip); the"
            + " rest of the file is lost, " + Math.max(0, record - 1) + " records read before"
            + " it"));
      } catch (IOException e) {
        done = true;
        return Optional.of(skip("cannot read further (" + Readers.describe(e) + "); the rest"
            + " of the file is lost"));
      }
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Result<Article> skip(String message) {
    return Result.skipped(Diagnostic.error(where(), 0, message));
  }

  private String where() {
    return source + " record " + Math.max(record, 1);
  }

  /** One record: an article, a skipped result, or empty for a record that holds none. */
  private Optional<Result<Article>> readRecord() throws IOException {
    ByteLines.Line first;
    do {
      first = in.next(MAX_HEADER_LINE);
      if (first == null) {
        done = true;
        return Optional.empty();
      }
    } while (!first.tooLong() && blank(first.bytes()));
    long at = in.offset();
    if (first.tooLong() || !startsRecord(first.bytes())) {
      if (resyncing) {
        return Optional.empty(); // still looking for the next record; reported once
      }
      resyncing = true;
      record++;
      return Optional.of(skip("not a WARC record header at byte " + at + "; skipping to the"
          + " next record"));
    }
    resyncing = false;
    record++;
    ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
    header.write(first.bytes());
    header.write('\r');
    header.write('\n');
    long length = -1;
    String type = "";
    String target = "";
    for (int i = 0; ; i++) {
      ByteLines.Line line = in.next(MAX_HEADER_LINE);
      if (line == null) {
        done = true;
        return Optional.of(skip("the file ends inside the record's header; record skipped"));
      }
      if (line.tooLong() || i > MAX_HEADER_LINES) {
        resyncing = true;
        return Optional.of(skip("corrupt WARC record (header too long); record skipped"));
      }
      if (line.bytes().length == 0) {
        break;
      }
      header.write(line.bytes());
      header.write('\r');
      header.write('\n');
      String h = new String(line.bytes(), StandardCharsets.ISO_8859_1);
      int colon = h.indexOf(':');
      if (colon > 0) {
        String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).strip();
        switch (name) {
          case "content-length" -> length = parseLength(value);
          case "warc-type" -> type = value.toLowerCase(Locale.ROOT);
          case "warc-target-uri" -> target = value;
          default -> { }
        }
      }
    }
    header.write('\r');
    header.write('\n');
    if (length < 0) {
      resyncing = true;
      return Optional.of(skip("corrupt WARC record (no valid Content-Length); skipping to the"
          + " next record"));
    }
    boolean wanted = type.equals("response") || type.equals("resource")
        || type.equals("conversion");
    if (!wanted) {
      in.skip(length);
      return Optional.empty();
    }
    if (length > maxBytes) {
      byte[] peek = in.read((int) Math.min(length, 8192));
      in.skip(length - peek.length);
      String head = new String(peek, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      if (type.equals("conversion") || head.contains("text/html")
          || head.contains("text/plain")) {
        return Optional.of(skip("record of " + Readers.megabytes(length) + (target.isEmpty() ? ""
            : " (" + target + ")") + " is more than the " + Readers.megabytes(maxBytes)
            + " an article may have; record skipped"));
      }
      return Optional.empty();
    }
    byte[] block = in.read((int) length);
    if (block.length < length) {
      done = true;
      return Optional.of(skip("the file ends inside the record (" + block.length + " of "
          + length + " bytes); record skipped"));
    }
    header.write(block);
    header.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return article(header.toByteArray());
  }

  private Optional<Result<Article>> article(byte[] bytes) {
    WarcRecord r;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return Optional.of(skip("corrupt WARC record; record skipped"));
      }
      r = next.get();
      return articleOf(r);
    } catch (IOException | RuntimeException e) {
      // jwarc reports bad headers and bad HTTP messages by exceptions; any is this record's
      return Optional.of(skip("corrupt WARC record (" + brief(e) + "); record skipped"));
    }
  }

  private Optional<Result<Article>> articleOf(WarcRecord r) throws IOException {
    if (!(r instanceof WarcTargetRecord t)) {
      return Optional.empty();
    }
    String url = t.target();
    byte[] body;
    MediaType type;
    if (r instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP)
          && !resp.contentType().raw().toLowerCase(Locale.ROOT).startsWith("application/http")) {
        type = resp.contentType();
        body = resp.body().stream().readAllBytes();
      } else {
        HttpResponse http = resp.http();
        if (http.status() != 200) {
          return Optional.empty();
        }
        type = http.contentType();
        body = http.bodyDecoded().stream().readAllBytes();
      }
    } else if (r instanceof WarcResource || r instanceof WarcConversion) {
      type = r.contentType();
      body = r.body().stream().readAllBytes();
    } else {
      return Optional.empty();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    boolean text = base.equals("text/plain") || r instanceof WarcConversion;
    if (!html && !text) {
      return Optional.empty();
    }
    if (body.length == 0) {
      return Optional.empty();
    }
    LocalDate crawled = r.date() == null ? null : r.date().atOffset(ZoneOffset.UTC).toLocalDate();
    ArticleParser.Metadata outer = new ArticleParser.Metadata("", null, Article.DateOrigin.NONE,
        url, "", crawled);
    String id = idOf(r);
    String charset = type.parameters().get("charset");
    return Optional.of(assembler.fromBytes(id, where() + (url.isEmpty() ? "" : " (" + url + ")"),
        body, html ? Format.HTML : Format.TEXT, charset, outer));
  }

  /** The record id's UUID as 16 hex digits (as Dyad's file ids), else a hash of the id. */
  private String idOf(WarcRecord r) {
    String raw = String.valueOf(r.id());
    String s = raw.replaceAll("^<|>$", "");
    if (s.startsWith("urn:uuid:")) {
      try {
        UUID u = UUID.fromString(s.substring("urn:uuid:".length()));
        return HexFormat.of().toHexDigits(u.getMostSignificantBits());
      } catch (IllegalArgumentException e) {
        // not a UUID after all: hash it below
      }
    }
    if (raw.isBlank() || raw.equals("null")) {
      return baseId + "-record" + record;
    }
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return HexFormat.of().toHexDigits(h);
  }

  private static String brief(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.split("\n", 2)[0];
    return m.length() > 100 ? m.substring(0, 100) + "..." : m;
  }

  private static long parseLength(String v) {
    try {
      long n = Long.parseLong(v.strip());
      return n >= 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean startsRecord(byte[] line) {
    String s = new String(line, 0, Math.min(line.length, 10), StandardCharsets.ISO_8859_1);
    return s.startsWith("WARC/1.") || s.startsWith("WARC/0.");
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
