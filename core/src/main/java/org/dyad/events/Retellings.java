package org.dyad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The events of one article, each told once: news tells an event in the lead, a quote and the
 * body, and a readout tells a call again. Pure and thread-safe.
 */
public final class Retellings {

  /** Roots whose calls, told together, are one statement's (appeal, demand, threat). */
  private static final Set<String> STATED = Set.of("02", "10", "13");

  private Retellings() {}

  /**
   * One row for one event: an event the article tells again (in the lead and the body, in a
   * quote) with the same source, target, code, date and mode is the first telling's; so is a
   * consultation (04) between two actors already told, either way round, when the later
   * telling has no date of its own (a readout's "The two also discussed ..." after "X called
   * Y"). A protest (root 14) told again by one country's people against one country is one
   * row whatever its words, date and which of its groups the text names: the lead's rally, a
   * caption's march and the body's sit-in are the story's one protest (the coding guide: a
   * series of acts of one kind by the same side on the same side is one row). So is the use
   * of force of one root (18 or 19) by one country's side on another's on one date at one
   * place: "militants stormed the base, killed 20 soldiers and seized it" is one raid, which
   * the guide codes as one row, not three; blasts in two towns are two. A show of force
   * (15) aimed at one country's mainland and its bases is one posture, one row, too. An
   * appeal, demand or threat (02, 10, 13) by one country's side to another on one date is one
   * row whatever arm of it the text names: "We call for an end to violence and urge the
   * soldiers to return to barracks" lists the calls of one statement, and the guide codes a
   * statement's calls to one country as one row.
   */
  public static List<Event> onceEach(List<Event> events) {
    Set<String> told = new HashSet<>();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String pair = e.target() == null || !e.code().root().equals("04") ? null
          : Stream.of(e.source().id(), e.target().id()).sorted().toList()
              + "|" + e.mode();
      if (pair != null && !told.add(pair)
          && e.date().source() == EventDate.Source.PUBLICATION) {
        continue;
      }
      boolean placed = e.target() != null && e.source().country() != null
          && e.target().country() != null;
      String root = e.code().root();
      String key = placed && root.equals("14")
          ? "14|" + e.source().country() + "|" + e.target().country() + "|" + e.mode()
          : placed && (e.code().isForce() || root.equals("15"))
          ? root + "|" + e.source().country() + "|" + e.target().country() + "|"
              + e.date().value() + "|" + e.mode() + "|"
              + (e.location() == null || e.location().source() != Location.Source.PHRASE ? ""
                  : e.location().name())
          : placed && STATED.contains(root)
          ? root + "|stated|" + e.source().country() + "|" + e.target().country() + "|"
              + e.date().value() + "|" + e.mode()
          : e.source().id() + "|" + (e.target() == null ? "" : e.target().id()) + "|"
              + e.code() + "|" + e.date().value() + "|" + e.mode();
      if (told.add(key)) {
        out.add(e);
      }
    }
    return out;
  }
}
