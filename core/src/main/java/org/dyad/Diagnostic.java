package org.dyad;

import java.util.Objects;

/**
 * A problem found in the input, positioned so a user can find it: bad content is data, not an
 * exception. {@code line} is 1-based, or 0 when the problem concerns the whole file.
 */
public record Diagnostic(Severity severity, String source, int line, String message) {

  /** How bad a diagnostic is: a skipped record is an {@link #ERROR}. */
  public enum Severity { INFO, WARNING, ERROR }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  public static Diagnostic error(String source, int line, String message) {
    return new Diagnostic(Severity.ERROR, source, line, message);
  }

  public static Diagnostic warning(String source, int line, String message) {
    return new Diagnostic(Severity.WARNING, source, line, message);
  }

  public static Diagnostic info(String source, int line, String message) {
    return new Diagnostic(Severity.INFO, source, line, message);
  }

  /** The message as a user reads it: {@code feed.jsonl line 2: unterminated string}. */
  @Override
  public String toString() {
    return line > 0 ? source + " line " + line + ": " + message : source + ": " + message;
  }
}
