package org.dyad.corpus;

import java.util.Objects;
import org.dyad.events.Event;

/**
 * One event mention as the corpus knows it: the event coded from one sentence, with the
 * identity of its article and the outlet that published it.
 *
 * @param mentionId the mention's id in the store (any number unique in the corpus)
 * @param event the coded event, with its evidence
 * @param articleKey the article's stable identity (its {@link ContentHash})
 * @param outlet the article's {@link Outlet}
 */
public record Report(long mentionId, Event event, String articleKey, String outlet) {
  public Report {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(articleKey, "articleKey");
    Objects.requireNonNull(outlet, "outlet");
  }
}
