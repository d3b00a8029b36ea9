package org.dyad.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.zip.ZipException;

/** Wording shared by the readers' messages. */
final class Readers {

  private Readers() {}

  /** An I/O problem as a user reads it, without Java class names. */
  static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "the data ends unexpectedly";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + e.getMessage();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "read error" : m;
  }

  /** {@code 54 MB}, {@code 0.3 MB}. */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb >= 10 ? String.format(Locale.ROOT, "%d MB", Math.round(mb))
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
