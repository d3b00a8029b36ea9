package org.dyad.events;

import java.time.LocalDate;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Acts the story recalls rather than reports: background, not this story's events (the coding
 * guide). Pure.
 *
 * <p>Design decision: an act the text dates wholly more than a year before the story is
 * recalled ("Russia and Georgia fought a brief war in 2008"), whatever its clause; a year,
 * not a week or a month, because stories report last month's events as news ("earlier this
 * month walked away from the talks") and reactions to them. An act in a relative clause that
 * describes an actor ("police officers who attacked protesters in January") tells who the
 * actor is: dated wholly more than a month before the story, it is recalled too. A
 * re-published page is dated from its own text first ({@code Pipeline}), so its events are
 * not history.
 */
final class History {

  private History() {}

  /** Whether the act at {@code anchor}, dated {@code date}, is recalled background. */
  static boolean recalled(EventDate date, LocalDate published, Sentence s, int anchor) {
    if (published == null || date.source() != EventDate.Source.TEXT || date.last() == null) {
      return false;
    }
    LocalDate before = describes(s, anchor) ? published.minusMonths(1) : published.minusYears(1);
    return date.last().isBefore(before);
  }

  /** Whether the token heads a relative clause on a noun ("officers who attacked ..."). */
  private static boolean describes(Sentence s, int anchor) {
    Dependency up = s.treeParent(anchor);
    return up != null && up.relation().equals("acl:relcl");
  }
}
