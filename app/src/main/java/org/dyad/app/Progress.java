package org.dyad.app;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on the error stream, drawn by the progressbar library: a bar with
 * articles/s and ETA redrawn in place on a terminal, a plain line every few seconds otherwise
 * (logs, CI). When the number of articles is not known in advance (JSON lines, WARC, standard
 * input) it shows the count and the rate. Messages print above it.
 */
final class Progress implements AutoCloseable {

  private static final int TERMINAL_INTERVAL_MILLIS = 500;
  private static final int PLAIN_INTERVAL_MILLIS = 5000;

  private final PrintStream err;
  private final ProgressBar bar;
  private final Object lock = new Object();
  private final boolean terminal = System.console() != null;
  private boolean drawn;

  Progress(PrintStream err, OptionalLong total) {
    this.err = err;
    ProgressBarBuilder b = new ProgressBarBuilder()
        .setTaskName("coding")
        .setInitialMax(total.orElse(-1))
        .setUnit(" articles", 1)
        .setSpeedUnit(ChronoUnit.SECONDS)
        .showSpeed(new java.text.DecimalFormat("0.00",
            java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(terminal ? TERMINAL_INTERVAL_MILLIS : PLAIN_INTERVAL_MILLIS)
        .setConsumer(terminal ? new InPlace() : new Lines());
    if (terminal) {
      b.clearDisplayOnFinish();
    }
    this.bar = b.build();
  }

  /** Prints a line above the bar. */
  void message(String text) {
    synchronized (lock) {
      clear();
      err.println(text);
    }
  }

  void step() {
    bar.step();
  }

  @Override
  public void close() {
    bar.close();
    synchronized (lock) {
      clear();
    }
  }

  private void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(width()) + "\r");
      err.flush();
      drawn = false;
    }
  }

  private static int width() {
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? 100 : Math.max(40, Integer.parseInt(columns.strip()) - 1);
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** Redraws one line in place. */
  private final class InPlace implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return width();
    }

    @Override
    public void accept(String rendered) {
      synchronized (lock) {
        err.print("\r" + rendered);
        err.flush();
        drawn = true;
      }
    }

    @Override
    public void close() {
      // the last line is cleared by Progress.close
    }
  }

  /** One plain line per update, for logs. */
  private final class Lines implements ProgressBarConsumer {
    private String last = "";

    @Override
    public int getMaxRenderedLength() {
      return 100;
    }

    @Override
    public void accept(String rendered) {
      String line = rendered.strip();
      synchronized (lock) {
        if (!line.equals(last) && !line.isEmpty()) {
          err.println(line);
          last = line;
        }
      }
    }

    @Override
    public void close() {
      // the run's summary line follows
    }
  }
}
