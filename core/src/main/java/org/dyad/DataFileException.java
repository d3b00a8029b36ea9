package org.dyad;

/**
 * Bad configuration: a dictionary or codebook line that cannot be used. Thrown when the object
 * that reads it is built, never while coding, and always names the file and line.
 */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataFileException(String file, int line, String message) {
    super(file + (line > 0 ? " line " + line : "") + ": " + message);
  }
}
