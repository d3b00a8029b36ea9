package org.dyad.events;

import java.util.Objects;
import org.dyad.actors.ActorRef;

/**
 * One coded event: who did what to whom, when, and the evidence for it, in CAMEO and in
 * PLOVER. The target is null when the text names none ("the protesters rallied"), and the
 * location when the text does not place the event.
 */
public record Event(String id, String articleId, EventDate date, ActorRef source,
    ActorRef target, Codebook.Entry cameo, Plover.Coding plover, boolean negated, Mode mode,
    Location location, Evidence evidence) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(mode, "mode");
    if (negated != (mode == Mode.NEGATED)) {
      throw new IllegalArgumentException("negated and mode disagree");
    }
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A copy dated otherwise. */
  public Event withDate(EventDate other) {
    return new Event(id, articleId, other, source, target, cameo, plover, negated, mode,
        location, evidence);
  }

  /** A copy placed elsewhere (the dateline's place for an event its words do not place). */
  public Event withLocation(Location other) {
    return new Event(id, articleId, date, source, target, cameo, plover, negated, mode,
        other, evidence);
  }

  /** A copy aimed at another target. */
  public Event withTarget(ActorRef other) {
    return new Event(id, articleId, date, source, other, cameo, plover, negated, mode,
        location, evidence);
  }

  /** A copy attributed to a speaker, as a quotation around the event gives. */
  public Event withSpeaker(String speaker) {
    Evidence e = evidence;
    return new Event(id, articleId, date, source, target, cameo, plover, negated, mode,
        location, new Evidence(e.sentenceIndex(), e.sentence(), e.sentenceBegin(),
            e.sentenceEnd(), e.trigger(), e.triggerBegin(), e.triggerEnd(), e.rule(), e.ruleSource(), speaker));
  }

  public CameoCode code() {
    return cameo.code();
  }
}
