package org.dyad.ingest;

/** A half-open character range [begin, end) of an article's original text. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** Whether the span covers an offset. */
  public boolean covers(int offset) {
    return begin <= offset && offset < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }
}
