package org.dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of names, shared by the knowledge base and the matcher so that both sides of a
 * comparison are normalised alike: case, diacritics, apostrophes, hyphens and the Arabic article
 * ("al-Nakhala" and "Nakhala" compare equal).
 */
public final class Names {

  private Names() {}

  /** One word in normal form: lower case, no diacritics, straight apostrophes. */
  public static String norm(String word) {
    if (ascii(word)) { // the common case, and the same result: ASCII has no marks to strip
      return word.replace('`', '\'').toLowerCase(Locale.ROOT);
    }
    String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    s = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace('`', '\'');
    return s.toLowerCase(Locale.ROOT);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern HYPHENS = Pattern.compile("[-‐]");

  /** The characters of the regex class {@code \s}. */
  private static final String WHITE = " \t\n\u000B\f\r";

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A piece of a name: its normal form, its text as written, and the token it came from. */
  public record Piece(String norm, String text, int token) {}

  /**
   * Splits written words (tokens, or the words of a dictionary name) into name pieces: hyphens
   * split words, "al-"/"el-" articles joined by a hyphen are dropped, and punctuation-only
   * words are skipped. {@code token} of each piece is the index of the word it came from.
   */
  public static List<Piece> pieces(List<String> words) {
    List<Piece> out = new ArrayList<>();
    List<Boolean> hyphenAfter = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("-") || w.equals("‐") || w.equals("–")) {
        if (!hyphenAfter.isEmpty()) {
          hyphenAfter.set(hyphenAfter.size() - 1, true);
        }
        continue;
      }
      String[] parts = w.indexOf('-') < 0 && w.indexOf('‐') < 0 ? new String[] {w}
          : HYPHENS.split(w, -1);
      for (int p = 0; p < parts.length; p++) {
        if (!hasLetterOrDigit(parts[p])) {
          continue;
        }
        String part = parts[p];
        String clitic = null;
        int apostrophe = possessive(part);
        if (apostrophe > 0) { // as the tokenizer splits it: "People's" is "People" "'s"
          clitic = part.substring(apostrophe);
          part = part.substring(0, apostrophe);
        }
        out.add(new Piece(norm(part), part, i));
        hyphenAfter.add(p < parts.length - 1 && clitic == null);
        if (clitic != null && hasLetterOrDigit(clitic)) {
          out.add(new Piece(norm(clitic), clitic, i));
          hyphenAfter.add(p < parts.length - 1);
        }
      }
    }
    List<Piece> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      String n = out.get(i).norm();
      boolean article = (n.equals("al") || n.equals("el")) && hyphenAfter.get(i)
          && i + 1 < out.size();
      if (!article) {
        kept.add(out.get(i));
      }
    }
    return kept;
  }

  /**
   * Where the possessive ending of a written word begins ("People's", "Workers'"), or -1: the
   * tokenizer splits it off the text, so a dictionary name is split the same way.
   */
  private static int possessive(String word) {
    int n = word.length();
    if (n > 2 && (word.endsWith("'s") || word.endsWith("’s"))
        && Character.isLetter(word.charAt(n - 3))) {
      return n - 2;
    }
    if (n > 1 && (word.endsWith("'") || word.endsWith("’"))
        && Character.isLetter(word.charAt(n - 2))) {
      return n - 1;
    }
    return -1;
  }

  /** The pieces of a dictionary name written with spaces. */
  public static List<Piece> pieces(String name) {
    List<String> words = new ArrayList<>();
    String trimmed = name.trim();
    int start = -1;
    // split at runs of \s without a regex: thousands of names are split at start-up
    for (int i = 0; i <= trimmed.length(); i++) {
      boolean space = i == trimmed.length() || WHITE.indexOf(trimmed.charAt(i)) >= 0;
      if (space && start >= 0) {
        words.add(trimmed.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return pieces(words);
  }

  /** The lookup key of a sequence of pieces. */
  public static String key(List<Piece> pieces) {
    StringBuilder b = new StringBuilder();
    for (Piece p : pieces) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(p.norm());
    }
    return b.toString();
  }

  /**
   * True for names that must match with their case: acronyms such as "US", "UN", "PIJ",
   * so that the pronoun "us" is never the United States.
   */
  public static boolean caseSensitive(String name) {
    int upper = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2 || name.length() <= 3 && upper >= 1;
  }

  /**
   * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions),
   * stopping early once it exceeds {@code limit}.
   */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
