package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as bytes, never holding more than a bounded line in
 * memory: a line longer than the limit is read to its end and dropped, and says so. Used by
 * the JSON-lines and WARC readers, which must stream files far larger than memory. Not
 * thread-safe: one reader per stream.
 */
final class ByteLines {

  /** One line without its terminator, or only the note that it was too long. */
  record Line(byte[] bytes, long length, boolean tooLong) {}

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long offset;
  private boolean eof;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Bytes consumed so far: the offset of the next line or block. */
  long offset() {
    return offset;
  }

  /**
   * The next line, {@code \n}, {@code \r\n} or end of input ending it, or null at the end.
   * A line longer than {@code max} bytes comes back as {@code tooLong} with no bytes.
   */
  Line next(int max) throws IOException {
    byte[] out = new byte[Math.min(max, 256)];
    int n = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      byte b = buffer[pos++];
      offset++;
      if (b == '\n') {
        break;
      }
      length++;
      if (length <= max) {
        if (n == out.length) {
          out = Arrays.copyOf(out, (int) Math.min((long) max, out.length * 2L));
        }
        out[n++] = b;
      }
    }
    if (length > max) {
      return new Line(new byte[0], length, true);
    }
    if (n > 0 && out[n - 1] == '\r') {
      n--;
    }
    return new Line(Arrays.copyOf(out, n), length, false);
  }

  /** Exactly {@code n} bytes, or fewer when the input ends first. */
  byte[] read(int n) throws IOException {
    byte[] out = new byte[n];
    int got = 0;
    while (got < n) {
      if (pos == limit && !fill()) {
        return Arrays.copyOf(out, got);
      }
      int k = Math.min(n - got, limit - pos);
      System.arraycopy(buffer, pos, out, got, k);
      pos += k;
      got += k;
      offset += k;
    }
    return out;
  }

  /** Skips {@code n} bytes; the number skipped, less than {@code n} when the input ends. */
  long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n) {
      if (pos == limit && !fill()) {
        break;
      }
      int k = (int) Math.min(n - skipped, limit - pos);
      pos += k;
      skipped += k;
      offset += k;
    }
    return skipped;
  }

  /** The next byte without consuming it, or -1 at the end. */
  int peek() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int k = in.read(buffer, 0, buffer.length);
    if (k <= 0) {
      eof = k < 0;
      if (k == 0) {
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buffer[0] = (byte) b;
        pos = 0;
        limit = 1;
        return true;
      }
      return false;
    }
    pos = 0;
    limit = k;
    return true;
  }
}
