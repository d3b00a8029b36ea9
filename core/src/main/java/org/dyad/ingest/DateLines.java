package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a page that hold nothing but a date ({@code 04/06/2025},
 * {@code April 7, 2025}, {@code July 29, 2017 4:31 AM}): each opens a section of the page (one
 * press release of a list, one statement under its own date) whose items were issued on that
 * day. Pure and immutable.
 *
 * <p>Design decision: only a day on or before the page date, and at most {@link #SPAN} days
 * before it, opens a section; a later one (an "updated" stamp) or a far older one (an archive
 * link) does not. A day written day-first and month-first alike ({@code 04/06/2025}) takes the
 * reading that lies in that window, since a page lists what it has already published.
 */
public final class DateLines {

  /** How many days before the page date a section's date may lie. */
  public static final int SPAN = 31;

  /** A section: it begins at {@code begin} (an offset into the text) and was issued on day. */
  public record Section(int begin, LocalDate day) {}

  private static final DateLines NONE = new DateLines(List.of());

  private final List<Section> sections;

  private DateLines(List<Section> sections) {
    this.sections = List.copyOf(sections);
  }

  /** No sections: every offset takes the page date. */
  public static DateLines none() {
    return NONE;
  }

  /** The sections of {@code text}, a page published on {@code published} (null: none). */
  public static DateLines of(String text, LocalDate published) {
    if (published == null || text == null) {
      return NONE;
    }
    List<Section> out = new ArrayList<>();
    int begin = 0;
    while (begin <= text.length()) {
      int nl = text.indexOf('\n', begin);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(begin, end);
      LocalDate day = HeaderDate.find(line)
          .filter(f -> line.substring(f.end()).strip().isEmpty())
          .map(f -> reading(f, published)).orElse(null);
      if (day != null) {
        out.add(new Section(begin, day));
      }
      if (nl < 0) {
        break;
      }
      begin = nl + 1;
    }
    return out.isEmpty() ? NONE : new DateLines(out);
  }

  /** The section that holds {@code offset}, or null before the first date line. */
  public Section sectionAt(int offset) {
    Section at = null;
    for (Section s : sections) {
      if (s.begin() > offset) {
        break;
      }
      at = s;
    }
    return at;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The reading of a found date inside the window before the page date, or null. */
  private static LocalDate reading(HeaderDate.Found f, LocalDate published) {
    if (inWindow(f.date(), published)) {
      return f.date();
    }
    if (f.ambiguous()) {
      try {
        LocalDate swapped = LocalDate.of(f.date().getYear(), f.date().getDayOfMonth(),
            f.date().getMonthValue());
        return inWindow(swapped, published) ? swapped : null;
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean inWindow(LocalDate day, LocalDate published) {
    return !day.isAfter(published) && !day.isBefore(published.minusDays(SPAN));
  }
}
