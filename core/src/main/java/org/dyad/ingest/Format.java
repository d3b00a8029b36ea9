package org.dyad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input Dyad reads, told apart by their first bytes rather than by the file name:
 * archives are renamed, feeds are saved as {@code .txt}, pages come without an extension.
 */
public enum Format {
  /** One article as plain text. */
  TEXT,
  /** One article as a web page. */
  HTML,
  /** One article a line, as a JSON object. */
  JSONL,
  /** A WARC (or WET) archive of crawled pages. */
  WARC;

  /** How many leading bytes {@link #detect} looks at. */
  static final int SNIFF_BYTES = 4096;

  /** True when the bytes start like gzip data (magic 1f 8b). */
  static boolean isGzip(byte[] head, int length) {
    return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** The format of (uncompressed) content that starts with {@code head[0..length)}. */
  static Format detect(byte[] head, int length) {
    String s;
    if (TextDecoder.startsWith(head, 0xFE, 0xFF)) {
      s = new String(head, 2, Math.max(0, length - 2), StandardCharsets.UTF_16BE);
    } else if (TextDecoder.startsWith(head, 0xFF, 0xFE)) {
      s = new String(head, 2, Math.max(0, length - 2), StandardCharsets.UTF_16LE);
    } else {
      s = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    }
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF'
        || s.charAt(i) == '\u00EF' || s.charAt(i) == '\u00BB' || s.charAt(i) == '\u00BF')) {
      i++; // blank space and a UTF-8 byte-order mark read as Latin-1
    }
    String t = s.substring(i).toLowerCase(Locale.ROOT);
    if (t.startsWith("warc/1.") || t.startsWith("warc/0.")) {
      return WARC;
    }
    if (t.startsWith("{")) {
      return JSONL;
    }
    if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head")
        || t.startsWith("<body")) {
      return HTML;
    }
    if (t.startsWith("<") && (t.contains("<html") || t.contains("<body") || t.contains("<head")
        || t.contains("<p>") || t.contains("<article") || t.contains("<div"))) {
      return HTML; // an XML declaration or comment first
    }
    return TEXT;
  }
}
