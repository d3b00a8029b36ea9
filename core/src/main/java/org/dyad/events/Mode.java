package org.dyad.events;

import java.util.Locale;

/**
 * How the text presents an event: as having happened, as not having happened ("did not
 * attend"), as to come ("will continue to support", "said it would"), or as possible only
 * ("could", "may", "should"). Researchers who count what happened filter on {@link #ASSERTED}.
 */
public enum Mode {
  ASSERTED, NEGATED, FUTURE, HYPOTHETICAL;

  /** The name as written in output: {@code asserted}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
