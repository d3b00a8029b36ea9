package org.dyad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.dyad.events.CameoCode;

/**
 * Reads a gold file for {@code dyad eval}: UTF-8 JSON lines in either of two formats, told
 * apart line by line. Pure: it parses bytes it is given; thread-safe.
 *
 * <ul>
 *   <li>The coding guide's format ({@code ../shared/corpus/CODING-GUIDE.md}), recognised by
 *       {@code src}, {@code tgt} or {@code roots}: {@code {"id":"V01-3","article":"v01",
 *       "src":"PAK","tgt":"IND","roots":["11","04"],"from":"2019-02-26","to":"2019-02-26",
 *       "either":true,"note":"..."}}; {@code src} and {@code tgt} are countries (ISO alpha-3)
 *       or {@code IGO}, {@code tgt} may be {@code *} (any target or none), {@code roots} lists
 *       the acceptable CAMEO roots, {@code either} makes the row symmetric.
 *   <li>Dyad's older format: {@code {"article":"a","source":"IRNGOV","target":"PSE",
 *       "root":"041","date":"2021-05-16"}}, or {@code date_from} and {@code date_to}; codes
 *       compare by their first three letters, a null or absent target matches any.
 * </ul>
 * Blank lines are ignored; each bad line gives one positioned problem and is skipped; fields
 * neither format uses are ignored.
 */
final class EvalGoldReader {

  /** JSON parsing that rejects what a hand-edited line most often gets wrong. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Pattern ACTOR = Pattern.compile("[A-Za-z]{3}[A-Za-z0-9]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");

  private EvalGoldReader() {}

  /**
   * Parses a gold file's bytes (UTF-8, a byte-order mark allowed, LF or CRLF line ends).
   */
  static EvalScore.GoldFile parse(String file, byte[] content) {
    List<EvalScore.Gold> events = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (byte b : content) {
      if (b == 0) {
        problems.add(Diagnostic.error(file, 0,
            "not a UTF-8 text file (UTF-16 or binary?); gold file skipped"));
        return new EvalScore.GoldFile(events, problems);
      }
    }
    int start = 0;
    int line = 0;
    while (start < content.length) {
      int end = start;
      while (end < content.length && content[end] != '\n') {
        end++;
      }
      line++;
      int stop = end > start && content[end - 1] == '\r' ? end - 1 : end;
      int begin = line == 1 && stop - start >= 3 && (content[start] & 0xff) == 0xef
          && (content[start + 1] & 0xff) == 0xbb && (content[start + 2] & 0xff) == 0xbf
          ? start + 3 : start;
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .decode(ByteBuffer.wrap(content, begin, stop - begin)).toString();
      } catch (CharacterCodingException e) {
        problems.add(Diagnostic.error(file, line, "cannot be decoded as UTF-8; line skipped"));
        start = end + 1;
        continue;
      }
      if (!text.isBlank()) {
        Result<EvalScore.Gold> gold = parseLine(file, line, text);
        gold.value().ifPresent(events::add);
        problems.addAll(gold.diagnostics());
      }
      start = end + 1;
    }
    return new EvalScore.GoldFile(events, problems);
  }

  /** Parses one line of a gold file: a gold event, or a problem naming the line. */
  static Result<EvalScore.Gold> parseLine(String file, int line, String text) {
    JsonNode o;
    try {
      o = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage().lines().findFirst().orElse("");
      return bad(file, line, "not a JSON object (" + why + ")");
    }
    if (o == null || !o.isObject()) {
      return bad(file, line, "not a JSON object");
    }
    JsonNode article = o.get("article");
    if (article == null || article.isNull()) {
      return bad(file, line, "no \"article\"");
    }
    if (!article.isTextual() || article.asText().isBlank()) {
      return bad(file, line, "\"article\" must be an article id (a file's base name), not "
          + article);
    }
    boolean guide = o.has("src") || o.has("tgt") || o.has("roots");
    boolean codes = o.has("source") || o.has("target") || o.has("root");
    if (guide && codes) {
      return bad(file, line, "mixes the coding guide's fields (\"src\", \"tgt\", \"roots\")"
          + " with Dyad's older ones (\"source\", \"target\", \"root\"); use one format");
    }
    try {
      return Result.of(guide ? guideRow(o, article.asText(), line)
          : codesRow(o, article.asText(), line));
    } catch (IllegalArgumentException e) {
      return bad(file, line, e.getMessage());
    }
  }

  /** A row in the coding guide's format; throws with the message for a bad field. */
  private static EvalScore.Gold guideRow(JsonNode o, String article, int line) {
    String id = optionalText(o, "id");
    JsonNode src = o.get("src");
    if (src == null || src.isNull()) {
      throw new IllegalArgumentException("no \"src\"");
    }
    if (!src.isTextual() || !COUNTRY.matcher(src.asText()).matches()) {
      throw new IllegalArgumentException("\"src\" must be a country (ISO alpha-3, such as"
          + " \"IRN\") or \"IGO\", not " + src);
    }
    JsonNode tgt = o.get("tgt");
    if (tgt == null || tgt.isNull()) {
      throw new IllegalArgumentException("no \"tgt\" (\"*\" when any target or none will do)");
    }
    boolean anyTarget = tgt.isTextual() && tgt.asText().equals("*");
    if (!anyTarget && (!tgt.isTextual() || !COUNTRY.matcher(tgt.asText()).matches())) {
      throw new IllegalArgumentException("\"tgt\" must be a country (ISO alpha-3, such as"
          + " \"ISR\"), \"IGO\" or \"*\", not " + tgt);
    }
    JsonNode roots = o.get("roots");
    if (roots == null || roots.isNull()) {
      throw new IllegalArgumentException("no \"roots\"");
    }
    if (!roots.isArray() || roots.isEmpty()) {
      throw new IllegalArgumentException("\"roots\" must be a list of CAMEO roots such as"
          + " [\"11\",\"04\"], not " + roots);
    }
    List<String> rootList = new ArrayList<>();
    for (JsonNode r : roots) {
      String root = root(r, "roots");
      if (!rootList.contains(root)) {
        rootList.add(root);
      }
    }
    LocalDate[] range = range(o, "from", "to");
    JsonNode either = o.get("either");
    if (either != null && !either.isNull() && !either.isBoolean()) {
      throw new IllegalArgumentException("\"either\" must be true or false, not " + either);
    }
    return new EvalScore.Gold(id, article, upper(src), anyTarget ? null : upper(tgt),
        rootList, either != null && either.asBoolean(false), range[0], range[1],
        optionalText(o, "note"), EvalScore.Format.GUIDE, line);
  }

  /** A row in Dyad's older format; throws with the message for a bad field. */
  private static EvalScore.Gold codesRow(JsonNode o, String article, int line) {
    JsonNode source = o.get("source");
    if (source == null || source.isNull()) {
      throw new IllegalArgumentException("no \"source\" (nor the coding guide's \"src\")");
    }
    if (!isActor(source)) {
      throw new IllegalArgumentException("\"source\" must be an actor code such as \"IRN\" or"
          + " \"IRNGOV\", not " + source);
    }
    JsonNode target = o.get("target");
    boolean hasTarget = target != null && !target.isNull();
    if (hasTarget && !isActor(target)) {
      throw new IllegalArgumentException("\"target\" must be an actor code such as \"ISR\","
          + " or null, not " + target);
    }
    JsonNode root = o.get("root");
    if (root == null || root.isNull()) {
      throw new IllegalArgumentException("no \"root\"");
    }
    String theRoot = root(root, "root");
    LocalDate from = null;
    LocalDate to = null;
    JsonNode date = o.get("date");
    boolean hasDate = date != null && !date.isNull();
    boolean hasRange = o.hasNonNull("date_from") || o.hasNonNull("date_to");
    if (hasDate && hasRange) {
      throw new IllegalArgumentException("give \"date\" or \"date_from\" and \"date_to\","
          + " not both");
    }
    if (hasDate) {
      from = day(date, "date");
      to = from;
    } else {
      LocalDate[] range = range(o, "date_from", "date_to");
      from = range[0];
      to = range[1];
    }
    return new EvalScore.Gold(null, article, upper(source), hasTarget ? upper(target) : null,
        List.of(theRoot), false, from, to, null, EvalScore.Format.CODES, line);
  }

  private static Result<EvalScore.Gold> bad(String file, int line, String message) {
    return Result.skipped(Diagnostic.error(file, line, message + "; line skipped"));
  }

  /** A two-digit root from a code given as text ("04", or "041" whose first two count). */
  private static String root(JsonNode n, String field) {
    if (!n.isTextual() || !CODE.matcher(n.asText()).matches() || !validCode(n)) {
      throw new IllegalArgumentException("\"" + field + "\" must be a CAMEO code as text,"
          + " such as \"04\" or \"041\", not " + n);
    }
    return n.asText().substring(0, 2);
  }

  /** Both ends of a date range, or neither (two nulls). */
  private static LocalDate[] range(JsonNode o, String fromField, String toField) {
    boolean hasFrom = o.hasNonNull(fromField);
    boolean hasTo = o.hasNonNull(toField);
    if (hasFrom != hasTo) {
      throw new IllegalArgumentException("a range needs both \"" + fromField + "\" and \""
          + toField + "\"");
    }
    if (!hasFrom) {
      return new LocalDate[2];
    }
    LocalDate from = day(o.get(fromField), fromField);
    LocalDate to = day(o.get(toField), toField);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("\"" + fromField + "\" " + from + " is after \""
          + toField + "\" " + to);
    }
    return new LocalDate[] {from, to};
  }

  private static String optionalText(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be text, not " + n);
    }
    return n.asText();
  }

  private static boolean isActor(JsonNode n) {
    return n.isTextual() && ACTOR.matcher(n.asText()).matches();
  }

  private static boolean validCode(JsonNode n) {
    try {
      CameoCode.of(n.asText());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String upper(JsonNode n) {
    return n.asText().toUpperCase(Locale.ROOT);
  }

  private static LocalDate day(JsonNode n, String field) {
    try {
      if (n.isTextual()) {
        return LocalDate.parse(n.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below, with the field's name
    }
    throw new IllegalArgumentException("\"" + field + "\" must be a date YYYY-MM-DD, not " + n);
  }
}
