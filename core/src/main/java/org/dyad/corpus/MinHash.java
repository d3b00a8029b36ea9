package org.dyad.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.ingest.Article;
import org.dyad.ingest.Span;

/**
 * Near-duplicate articles (syndicated copies, lightly edited re-publications) by MinHash over
 * word shingles, with locality-sensitive hashing bands to find candidates without comparing
 * every pair. Pure and thread-safe.
 *
 * <p>A signature is {@value #HASHES} minimum hashes of the article's {@value #SHINGLE}-word
 * shingles (body paragraphs, lower case, letters and digits only); the share of equal
 * positions in two signatures estimates the Jaccard similarity of their shingle sets. The
 * signature is cut into {@value #BANDS} bands of {@value #ROWS} rows: two articles whose
 * similarity is 0.5 share a band with probability about 0.87, at 0.8 almost surely.
 */
public final class MinHash {

  /** Words per shingle. */
  public static final int SHINGLE = 4;
  /** Hash functions, the length of a signature. */
  public static final int HASHES = 128;
  /** LSH bands. */
  public static final int BANDS = 32;
  /** Rows (signature positions) per band. */
  public static final int ROWS = HASHES / BANDS;
  /** Estimated Jaccard similarity from which two articles are near-duplicates. */
  public static final double NEAR_DUPLICATE = 0.5;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of an article's body text. */
  public static long[] signature(Article article) {
    StringBuilder b = new StringBuilder();
    for (Span p : article.paragraphs()) {
      b.append(article.text(), p.begin(), p.end()).append('\n');
    }
    return signature(b.toString());
  }

  /** The signature of a text; a text of fewer words than a shingle has one shingle. */
  public static long[] signature(String text) {
    List<String> words = words(text);
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0xcbf29ce484222325L;
      for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
        for (byte c : words.get(w).getBytes(StandardCharsets.UTF_8)) {
          h = (h ^ (c & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The band hashes of a signature, {@value #BANDS} of them, band i at index i. */
  public static long[] bands(long[] signature) {
    check(signature);
    long[] out = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[band * ROWS + r]);
      }
      out[band] = h;
    }
    return out;
  }

  /** The estimated Jaccard similarity of two signatures, 0 to 1. */
  public static double similarity(long[] a, long[] b) {
    check(a);
    check(b);
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(cp);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static void check(long[] signature) {
    if (signature.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " hashes, not "
          + signature.length);
    }
  }

  /** A 64-bit finaliser (SplitMix64's): spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
