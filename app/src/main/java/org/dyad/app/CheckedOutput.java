package org.dyad.app;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An output stream that names what it writes to and fails loudly: every write or flush that
 * fails throws an {@link OutputFailure} ("standard output: No space left on device",
 * "events.tsv: Disk quota exceeded"). It is unchecked on purpose: {@code System.out} and
 * {@link java.io.PrintWriter} swallow {@link IOException}s (they only set a flag few callers
 * check), but let a runtime exception through, so a command stops at the first lost write
 * whatever it writes through.
 *
 * <p>Design decision: one wrapper at the edge instead of {@code checkError()} calls after each
 * print: a command cannot forget it, and the operating system's reason reaches the user.
 */
final class CheckedOutput extends FilterOutputStream {

  /** The name standard output goes by in messages. */
  static final String STANDARD_OUTPUT = "standard output";

  /** A write that failed: the target's name and the operating system's reason. */
  static final class OutputFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final String target;
    /** Shared by the failure and its repetitions, so that it is told once. */
    private final AtomicBoolean reported;

    OutputFailure(String target, IOException cause) {
      this(target, cause, new AtomicBoolean());
    }

    private OutputFailure(String target, IOException cause, AtomicBoolean reported) {
      super(target + ": " + reason(cause), cause);
      this.target = target;
      this.reported = reported;
    }

    /**
     * The same failure met again (a close after a failed write): a new exception, since
     * try-with-resources cannot add an exception to itself as suppressed.
     */
    OutputFailure again() {
      return new OutputFailure(target, getCause(), reported);
    }

    /** What was written to: "standard output" or a file's path. */
    String target() {
      return target;
    }

    /** Marks the failure told to the user; true the first time, so it is told once. */
    boolean report() {
      return reported.compareAndSet(false, true);
    }

    /**
     * True when the reader went away ({@code dyad code ... | head}): the broken pipe a
     * command line expects, not an error to report.
     */
    boolean closedPipe() {
      String m = String.valueOf(getCause().getMessage()).toLowerCase(Locale.ROOT);
      return m.contains("broken pipe") || m.contains("pipe is being closed")
          || m.contains("pipe has been ended");
    }

    private static String reason(IOException e) {
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such file or folder";
      }
      if (e instanceof java.nio.file.FileAlreadyExistsException f) {
        return f.getFile() + " is in the way and is not a folder";
      }
      if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
        return f.getReason();
      }
      String m = e.getMessage();
      return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
  }

  private final String target;
  /** The first failure: every later write or flush throws it again instead of retrying. */
  private OutputFailure failure;

  CheckedOutput(String target, OutputStream out) {
    super(Objects.requireNonNull(out, "out"));
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * A buffered UTF-8 writer on a new file (its folder created), whose failures name the file;
   * the folder's or the file's creation failing names it too.
   */
  static Writer file(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new java.io.OutputStreamWriter(new BufferedOutputStream(
          new CheckedOutput(path.toString(), Files.newOutputStream(path)), 64 * 1024),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutputFailure(path.toString(), e);
    }
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void close() {
    try (OutputStream o = out) {
      check();
      o.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private void check() {
    if (failure != null) {
      throw failure.again();
    }
  }

  private OutputFailure fail(IOException e) {
    failure = new OutputFailure(target, e);
    return failure;
  }
}
