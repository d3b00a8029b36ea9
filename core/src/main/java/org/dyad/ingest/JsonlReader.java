package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Reads JSON lines, one article a line, streaming: only the current line is in memory. Each bad
 * line (malformed JSON, no text field, undecodable bytes, too long) is one skipped result naming
 * the file and line; the lines after it are read as usual. Not thread-safe.
 */
final class JsonlReader implements RecordReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ByteLines lines;
  private final String source;
  private final String baseId;
  private final JsonlFields fields;
  private final ArticleAssembler assembler;
  private final long maxBytes;
  private int lineNumber;
  private boolean done;

  JsonlReader(ByteLines lines, String source, String baseId, JsonlFields fields,
      ArticleAssembler assembler, long maxBytes) {
    this.lines = lines;
    this.source = source;
    this.baseId = baseId;
    this.fields = fields;
    this.assembler = assembler;
    this.maxBytes = maxBytes;
  }

  @Override
  public Optional<Result<Article>> next() {
    while (!done) {
      ByteLines.Line line;
      try {
        line = lines.next((int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
      } catch (EOFException e) {
        done = true;
        return Optional.of(Result.skipped(Diagnostic.error(source, lineNumber + 1,
            "the compressed data ends unexpectedly (truncated gzip); the rest of the file is"
                + " lost, " + lineNumber + " lines read before it")));
      } catch (IOException e) {
        done = true;
        return Optional.of(Result.skipped(Diagnostic.error(source, lineNumber + 1,
            "cannot read further (" + Readers.describe(e) + "); the rest of the file is lost, "
                + lineNumber + " lines read before it")));
      }
      if (line == null) {
        done = true;
        return Optional.empty();
      }
      lineNumber++;
      if (line.tooLong()) {
        return Optional.of(Result.skipped(Diagnostic.error(source, lineNumber, "record is "
            + Readers.megabytes(line.length()) + ", more than the " + Readers.megabytes(maxBytes)
            + " an article may have; record skipped")));
      }
      if (blank(line.bytes())) {
        continue;
      }
      return Optional.of(record(line.bytes()));
    }
    return Optional.empty();
  }

  private Result<Article> record(byte[] bytes) {
    String where = source + " line " + lineNumber;
    Result<String> decoded = TextDecoder.decode(source, bytes, lineNumber);
    if (decoded.isSkipped()) {
      Diagnostic d = decoded.diagnostics().get(0);
      return Result.skipped(Diagnostic.error(source, lineNumber,
          d.message().replace("; skipped", "; record skipped").replace("empty file", "empty")));
    }
    JsonNode node;
    try {
      node = JSON.readTree(decoded.value().get());
    } catch (JsonProcessingException e) {
      return Result.skipped(Diagnostic.error(source, lineNumber, jsonProblem(e)
          + "; record skipped"));
    }
    if (node == null || !node.isObject()) {
      return Result.skipped(Diagnostic.error(source, lineNumber,
          "not a JSON object; record skipped"));
    }
    List<Diagnostic> notes = new ArrayList<>();
    for (Diagnostic d : decoded.diagnostics()) {
      notes.add(new Diagnostic(d.severity(), source, lineNumber, d.message()));
    }
    String text = field(node, fields.text());
    if (text.isBlank()) {
      return Result.skipped(Diagnostic.error(source, lineNumber, "no article text (looked for "
          + String.join(", ", fields.text().subList(0, Math.min(4, fields.text().size())))
          + ", ...); record skipped"));
    }
    String id = field(node, fields.id()).strip().replaceAll("\\s+", "_");
    if (id.isEmpty()) {
      id = baseId + "-line" + lineNumber;
    }
    LocalDate date = null;
    String dateText = field(node, fields.date());
    if (!dateText.isBlank()) {
      Optional<LocalDate> d = DateText.parse(dateText);
      if (d.isPresent()) {
        date = d.get();
      } else {
        notes.add(Diagnostic.warning(source, lineNumber, "date '" + shorten(dateText)
            + "' not understood; ignored"));
      }
    }
    ArticleParser.Metadata meta = new ArticleParser.Metadata(field(node, fields.title()), date,
        date == null ? Article.DateOrigin.NONE : Article.DateOrigin.RECORD,
        field(node, fields.url()), field(node, fields.publisher()), null);
    if (looksLikeHtml(text)) {
      return assembler.fromHtml(id, where, text, meta, true, notes);
    }
    return assembler.fromText(id, where, text, meta, notes);
  }

  /** The first of the named fields that holds a value (text or number), or "". */
  private static String field(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        String s = v.asText("");
        if (!s.isBlank()) {
          return s;
        }
      }
      if (v != null && v.isObject() && v.path("name").isTextual()) {
        return v.path("name").asText(); // "source": {"name": "Reuters"}
      }
    }
    return "";
  }

  static boolean looksLikeHtml(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("<") && (t.contains("</p>") || t.contains("<br") || t.contains("</div>")
        || t.contains("<html"));
  }

  /** Jackson's message, said briefly: {@code unterminated string}, {@code column 12: ...}. */
  static String jsonProblem(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String lower = m.toLowerCase(Locale.ROOT);
    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    if (lower.contains("end-of-input") && (lower.contains("string") || lower.contains("quote"))) {
      return "unterminated string";
    }
    if (lower.contains("end-of-input")) {
      return "unexpected end of line (unclosed object or array)";
    }
    if (lower.contains("trailing token")) {
      return "more than one JSON value on the line";
    }
    String first = m.split("\n", 2)[0];
    if (first.length() > 120) {
      first = first.substring(0, 120) + "...";
    }
    return "invalid JSON" + (column > 0 ? " at column " + column : "") + " (" + first + ")";
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
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
