package org.dyad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of text, and the stable numeric ids Dyad derives from it. Pure and thread-safe. */
public final class Digests {

  private Digests() {}

  /** SHA-256 of the text's UTF-8 bytes. */
  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * A positive id below 2^53 (exact in JSON numbers and doubles) from the text: the first 53
   * bits of its SHA-256, and 1 where those are all zero.
   */
  public static long id53(String text) {
    byte[] d = sha256(text);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (d[i] & 0xff);
    }
    return (v >>> 11) == 0 ? 1 : v >>> 11;
  }
}
