package org.dyad.corpus;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorRef;
import org.dyad.events.CameoCode;
import org.dyad.events.Codebook;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Evidence;
import org.dyad.events.Location;
import org.dyad.events.Mode;
import org.dyad.events.Plover;

/** Hand-made events for tests of deduplication and the store. */
public final class Events {

  private Events() {}

  public static ActorRef actor(String code) {
    return new ActorRef(code, code, code.substring(0, 3), code + " name", code, true, "exact");
  }

  public static EventDate day(String date) {
    return new EventDate(LocalDate.parse(date), EventDate.Precision.DAY, EventDate.Source.TEXT);
  }

  public static EventDate published(String date) {
    return EventDate.published(LocalDate.parse(date));
  }

  public static EventDate month(String date) {
    return new EventDate(LocalDate.parse(date + "-01"), EventDate.Precision.MONTH,
        EventDate.Source.TEXT);
  }

  /** An asserted event of article {@code article}, sentence {@code sentence}. */
  public static Event event(String article, int sentence, String source, String target,
      String code, EventDate date, String trigger, String text) {
    return event(article, sentence, source, target, code, date, trigger, text, Mode.ASSERTED,
        null);
  }

  public static Event event(String article, int sentence, String source, String target,
      String code, EventDate date, String trigger, String text, Mode mode, Location place) {
    int begin = sentence * 100;
    int at = Math.max(0, text.indexOf(trigger));
    return new Event(article + "-" + sentence + "-" + at, article, date, actor(source),
        target == null ? null : actor(target),
        new Codebook.Entry(CameoCode.of(code), "name of " + code, -5.0,
            Codebook.quadClassOf(CameoCode.of(code))),
        new Plover.Coding("ASSAULT", "", List.of()), mode == Mode.NEGATED, mode, place,
        new Evidence(sentence, text, begin, begin + text.length(), trigger, begin + at,
            begin + at + trigger.length(), code + " verb \"" + trigger + "\"", "patterns.tsv:1", null));
  }

  public static Report report(long id, Event e, String outlet) {
    return new Report(id, e, "hash-" + e.articleId(), outlet);
  }
}
