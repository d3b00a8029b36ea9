package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Turns the bytes of one article (a file, a JSON line, a WARC payload) into text: UTF-8 with or
 * without a byte-order mark, UTF-16 with a byte-order mark (or, without one, when the zero bytes
 * show it unmistakably), and Windows-1252 where the bytes are not UTF-8. Pure and thread-safe.
 *
 * <p>Design decision: text that is not valid UTF-8 is decoded line by line, each line as UTF-8
 * when it is valid UTF-8 and else as Windows-1252, with a warning naming the lines. That reads
 * files from old Windows tools and files that mix both encodings (a UTF-8 feed with pasted
 * Windows-1252 lines) without losing either. A line that is neither (bytes Windows-1252 leaves
 * undefined, control bytes) makes the guess unsafe, and the article is skipped naming that line.
 */
public final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}. Binary content, empty text and undecodable bytes are skipped results
   * whose diagnostic names {@code source}; a Windows-1252 reading is a warning.
   */
  public static Result<String> decode(String source, byte[] bytes) {
    return decode(source, bytes, 0);
  }

  /**
   * As {@link #decode(String, byte[])}, for bytes that start at line {@code firstLine} of a
   * larger input (a JSON line), so messages name the input's own line; 0 when unknown.
   */
  static Result<String> decode(String source, byte[] bytes, int firstLine) {
    int offset = 0;
    Charset utf16 = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      utf16 = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      utf16 = StandardCharsets.UTF_16LE;
      offset = 2;
    } else {
      utf16 = utf16WithoutMark(bytes);
    }
    if (utf16 == null && looksBinary(bytes)) {
      return Result.skipped(Diagnostic.error(source, firstLine,
          "not a text file (binary content); skipped"));
    }
    List<Diagnostic> notes = new ArrayList<>();
    String text;
    if (utf16 != null) {
      try {
        text = strict(utf16).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
            .toString();
      } catch (CharacterCodingException e) {
        return Result.skipped(Diagnostic.error(source, firstLine,
            "cannot be decoded as " + utf16.name() + " text; skipped"));
      }
    } else {
      try {
        text = strict(StandardCharsets.UTF_8)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      } catch (CharacterCodingException e) {
        Result<String> lines = byLine(source, bytes, offset, firstLine);
        if (lines.isSkipped()) {
          return lines;
        }
        text = lines.value().get();
        notes.addAll(lines.diagnostics());
      }
    }
    if (text.isBlank()) {
      return Result.skipped(Diagnostic.error(source, firstLine, "empty file; skipped"));
    }
    if (text.indexOf('\u0000') >= 0) {
      return Result.skipped(Diagnostic.error(source, firstLine,
          "not a text file (NUL characters); skipped"));
    }
    return Result.of(text, notes);
  }

  /** Each line as UTF-8 when it is, else as Windows-1252; see the class comment. */
  private static Result<String> byLine(String source, byte[] bytes, int offset, int firstLine) {
    StringBuilder out = new StringBuilder(bytes.length);
    CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
    CharsetDecoder cp1252 = strict(WINDOWS_1252);
    List<Integer> legacy = new ArrayList<>();
    boolean anyUtf8Beyond7Bit = false;
    int line = 1;
    int start = offset;
    for (int i = offset; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n') {
        continue;
      }
      int end = Math.min(i + 1, bytes.length);
      ByteBuffer chunk = ByteBuffer.wrap(bytes, start, end - start);
      int reported = firstLine > 0 ? firstLine + line - 1 : line;
      try {
        out.append(utf8.reset().decode(chunk));
        anyUtf8Beyond7Bit |= !ascii(bytes, start, end);
      } catch (CharacterCodingException notUtf8) {
        try {
          String s = cp1252.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
          if (hasControl(s)) {
            throw new CharacterCodingException();
          }
          out.append(s);
          legacy.add(reported);
        } catch (CharacterCodingException neither) {
          return Result.skipped(Diagnostic.error(source, reported,
              "cannot be decoded as UTF-8 or Windows-1252 text; skipped"));
        }
      }
      line++;
      start = i + 1;
    }
    String where = legacy.size() == 1 ? "line " + legacy.get(0)
        : "lines " + legacy.get(0) + (legacy.size() == 2 ? " and " : ", ... ")
            + legacy.get(legacy.size() - 1) + " (" + legacy.size() + " lines)";
    String message = anyUtf8Beyond7Bit
        ? "mixed encodings: " + where + " read as Windows-1252, the rest as UTF-8"
        : "not UTF-8: read as Windows-1252 (first at " + where + ")";
    return Result.of(out.toString(), List.of(Diagnostic.warning(source,
        legacy.size() == 1 ? legacy.get(0) : 0, message)));
  }

  private static boolean ascii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return true;
      }
    }
    return false;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
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

  /**
   * UTF-16 without a byte-order mark, when nearly every other byte of the first 4 KB is zero
   * (Latin-script text in UTF-16) and the others are not: no plain text looks like that.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 16) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += bytes[i] == 0 ? 1 : 0;
      oddZero += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 >= pairs * 9 && oddZero == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** NUL bytes, or many control characters, in the first 8 KB mark a binary file. */
  static boolean looksBinary(byte[] bytes) {
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
}
