package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorRef;

/**
 * Whom a denial answers: news tells claims and counter-claims ("Moscow accuses Kyiv of a
 * provocation ... Kyiv denies doing anything wrong"), and a denial that names no one of its
 * own is aimed at the side the same article reports accusing or condemning the denier's
 * country (the coding guide: the accusation is a row, the denial is 016 from the denier).
 * Pure and thread-safe.
 */
public final class Rebuttals {

  private static final String DENY = "016";
  private static final String DISAPPROVE = "11";
  private static final String ACCUSE = "112";

  private Rebuttals() {}

  /**
   * The article's events, each denial with no target aimed at its accuser: the first
   * accusation (112x), else the first other disapproval (11), by an actor of another country
   * aimed at the denier's country. A denial that no event of the article answers keeps no
   * target: the text names no accuser ("denied any wrongdoing" alone).
   */
  public static List<Event> answered(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      ActorRef accuser = e.target() == null && e.code().value().startsWith(DENY)
          ? accuser(events, e.source().country()) : null;
      out.add(accuser == null ? e : e.withTarget(accuser));
    }
    return out;
  }

  private static ActorRef accuser(List<Event> events, String denier) {
    if (denier == null) {
      return null;
    }
    ActorRef disapproving = null;
    for (Event e : events) {
      boolean against = e.code().root().equals(DISAPPROVE) && e.target() != null
          && denier.equals(e.target().country()) && e.source().country() != null
          && !Objects.equals(e.source().country(), denier) && e.mode() != Mode.NEGATED;
      if (against && e.code().value().startsWith(ACCUSE)) {
        return e.source();
      }
      if (against && disapproving == null) {
        disapproving = e.source();
      }
    }
    return disapproving;
  }
}
