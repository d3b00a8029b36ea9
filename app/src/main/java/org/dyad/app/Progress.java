package org.dyad.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on the error stream: a bar redrawn in place on a terminal, plain
 * lines every few seconds otherwise (logs, CI). Messages print above it.
 */
final class Progress {

  private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

  private final PrintStream err;
  private final int total;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private long lastPlain = start;
  private int done;
  private boolean drawn;

  Progress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  void message(String text) {
    clear();
    err.println(text);
    redraw();
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (terminal) {
      redraw();
    } else if (now - lastPlain > PLAIN_INTERVAL_NANOS) {
      lastPlain = now;
      err.println(status());
    }
  }

  void done() {
    clear();
  }

  private String status() {
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = done / Math.max(seconds, 1e-3);
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    return String.format(Locale.ROOT, "coding %d/%d articles, %.2f articles/s, ETA %ds", done,
        total, rate, eta);
  }

  private void redraw() {
    if (!terminal || total < 2) {
      return;
    }
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + status() + "  ");
    err.flush();
    drawn = true;
  }

  private void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(100) + "\r");
      drawn = false;
    }
  }
}
