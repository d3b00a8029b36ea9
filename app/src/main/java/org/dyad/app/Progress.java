package org.dyad.app;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.Watch;
import org.dyad.ingest.Article;

/**
 * Progress of a long run on the error stream, drawn by the progressbar library: a bar with
 * articles/s and ETA redrawn in place on a terminal, a plain line every few seconds otherwise
 * (logs, CI). When the number of articles is not known in advance (JSON lines, WARC, standard
 * input) it shows the count and the rate. A long article shows its own stage and parsed
 * sentences beside it ({@link #watch}). Messages print above it.
 */
final class Progress implements AutoCloseable {

  private static final int TERMINAL_INTERVAL_MILLIS = 500;
  private static final int PLAIN_INTERVAL_MILLIS = 5000;
  /** Articles of this many characters and more show their own progress. */
  static final int LONG_ARTICLE = 100_000;

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

  /**
   * A watch for one article's coding: for a long article (at least {@link #LONG_ARTICLE}
   * characters, minutes of work), its stage and parsed sentences beside the bar, so the bar
   * does not stand at 0% while a single article is coded; none for others.
   */
  Watch watch(Article article) {
    if (article.text().length() < LONG_ARTICLE) {
      return Watch.NONE;
    }
    String name = article.id();
    return (stage, done, of) -> bar.setExtraMessage(within(name, stage, done, of));
  }

  /** What the bar says about a long article in progress. */
  static String within(String article, String stage, int done, int of) {
    return of == 0 ? article + ": " + stage : String.format(Locale.ROOT,
        "%s: %s %d/%d sentences (%d%%)", article, stage, done, of, 100L * done / of);
  }

  /** What the bar says beside the count now (empty when nothing). */
  String besideTheBar() {
    return bar.getExtraMessage();
  }

  /** Prints a line above the bar. */
  void message(String text) {
    synchronized (lock) {
      clear();
      err.println(text);
    }
  }

  void step() {
    bar.setExtraMessage("");
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
