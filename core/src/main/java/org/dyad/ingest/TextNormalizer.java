package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Normalises decoded text before an article is split, so that every span computed afterwards
 * is an offset into the normalised text: repairs mojibake (UTF-8 read as Windows-1252,
 * "â€™" for "’"), composes characters (NFC), turns the many Unicode spaces into plain spaces,
 * drops invisible characters (zero-width spaces, soft hyphens, stray byte-order marks, control
 * characters) and maps quote look-alikes to the four curly quotes. Pure and thread-safe.
 *
 * <p>Design decision: curly quotes stay curly. The tokenizer reads them and they say which
 * side of a quotation they open, which straight quotes lose; only their rarer look-alikes
 * (low-9 quotes, reversed quotes, an acute accent or backtick used as an apostrophe between
 * letters) are mapped onto them. Mojibake is repaired only where a run of characters is exactly
 * the Windows-1252 reading of one valid UTF-8 sequence, which ordinary text never is.
 */
public final class TextNormalizer {

  /** The normalised text and how many mojibake sequences were repaired. */
  public record Normalized(String text, int repairs) {}

  /** The byte each character stands for in Windows-1252 (or Latin-1 for C1 controls), or -1. */
  private static final int[] BYTE_OF = new int[0x2200];

  static {
    java.util.Arrays.fill(BYTE_OF, -1);
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, TextDecoder.WINDOWS_1252);
      char c = s.charAt(0);
      if (c != '\uFFFD' && c < BYTE_OF.length) {
        BYTE_OF[c] = b;
      }
      if (b < 0xA0) {
        BYTE_OF[b] = b; // a C1 control: the byte read as Latin-1
      }
    }
  }

  private TextNormalizer() {}

  /** Normalises {@code text}. */
  public static Normalized normalize(String text) {
    int repairs = 0;
    String s = text;
    // Twice: text that went through the wrong decoding twice shows mojibake of mojibake.
    for (int pass = 0; pass < 2; pass++) {
      int before = repairs;
      StringBuilder out = new StringBuilder(s.length());
      repairs += repairMojibake(s, out);
      s = out.toString();
      if (repairs == before) {
        break;
      }
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    return new Normalized(mapCharacters(s), repairs);
  }

  private static int repairMojibake(String s, StringBuilder out) {
    int repairs = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
      if (need > 0 && i + need < s.length()) {
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) c;
        boolean ok = true;
        for (int k = 1; ok && k <= need; k++) {
          char n = s.charAt(i + k);
          int b = n < BYTE_OF.length ? BYTE_OF[n] : -1;
          ok = b >= 0x80 && b <= 0xBF;
          bytes[k] = (byte) b;
        }
        if (ok) {
          String decoded = utf8(bytes);
          if (decoded != null) {
            out.append(decoded);
            repairs++;
            i += need + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return repairs;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String mapCharacters(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = replacement(s, i, c);
      if (r == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      out.append(r);
    }
    return out == null ? s : out.toString();
  }

  /** What replaces the character at {@code i}, or null to keep it. */
  private static String replacement(String s, int i, char c) {
    switch (c) {
      case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
          '\u2005', '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000', '\u1680':
        return " ";
      case '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F':
        return "";
      case '\u2028', '\u2029', '\u0085':
        return "\n";
      case '\u201A', '\u201B':
        return "\u2018";
      case '\u201E', '\u201F':
        return "\u201C";
      case '`', '\u00B4':
        // An accent between two letters is an apostrophe typed on the wrong key: "don´t".
        return i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1))
            && Character.isLetter(s.charAt(i + 1)) ? "\u2019" : null;
      default:
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c < 0xA0) {
          return c == '\f' || c == 0x0B ? "\n" : "";
        }
        return null;
    }
  }
}
