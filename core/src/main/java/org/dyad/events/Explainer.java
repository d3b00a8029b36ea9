package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * What the coder tried on each word of a sentence, for people who maintain dictionaries: the
 * outcome of every pattern of the word's lemma as {@link Firings#attempt} recorded it while
 * trying them (so "why not fired" is the matcher's own answer, never a second reading of the
 * pattern), and for a pattern that fired, its events or why it gave none. Thread-safe.
 */
final class Explainer {

  private final EventCoder coder;
  private final Firings firings;
  private final ActorResolver resolver;
  private final Rewrites rewrites;

  Explainer(EventCoder coder, Firings firings, ActorResolver resolver, Rewrites rewrites) {
    this.coder = coder;
    this.firings = firings;
    this.resolver = resolver;
    this.rewrites = rewrites;
  }

  List<Trace> explain(ActorResolver.Context context, LocalDate published) {
    Sentence s = context.sentence();
    List<Trace> out = new ArrayList<>();
    Map<Integer, Firing> kept = firings.of(s);
    for (Token t : s.tokens()) {
      Firings.Attempt attempt = firings.attempt(s, t.index(), true);
      Firing fired = attempt.firing();
      if (fired != null && !kept.containsKey(t.index())) {
        int governor = Math.max(Modality.governor(s, fired.anchor(), kept, rewrites),
            Modality.askedBy(s, fired.trigger(), kept, rewrites));
        out.add(trace(t, fired.pattern(), "not coded: what "
            + (governor >= 0 ? s.token(governor).word() : "a modal verb") + " asks, offers,"
            + " refuses, threatens, denies or alleges, not an event", List.of(), List.of()));
        continue;
      }
      for (Firings.Tried tried : attempt.tried()) {
        if (tried.outcome() != null) {
          out.add(trace(t, tried.pattern(), tried.outcome(), List.of(), List.of()));
          continue;
        }
        List<Event> events = coder.events(context, "explain", published, fired);
        out.add(trace(t, tried.pattern(), events.isEmpty() ? "fired, no event: "
            + whyNoEvent(context, fired, published) : "fired: " + events.size() + " event(s)",
            describe(context, fired.sources()), describe(context, fired.targets())));
      }
    }
    return out;
  }

  private static Trace trace(Token t, EventPattern p, String outcome, List<String> sources,
      List<String> targets) {
    return new Trace(t.index(), p.id(), p.source(), outcome, sources, targets);
  }

  private String whyNoEvent(ActorResolver.Context c, Firing f, LocalDate published) {
    Sentence s = c.sentence();
    if (Modality.isTally(s, f.anchor())) {
      return "a running total since a time sums up the past: background, not news";
    }
    if (History.recalled(coder.dateOf(s, f, published), published, s, f.anchor())) {
      return "dated long before the story (a year; a month for an act describing an actor):"
          + " background it recalls";
    }
    if (f.sources().isEmpty()) {
      return "no subject, agent or possessive gives a source";
    }
    if (coder.actors(c, f.sources()).stream().allMatch(a -> a.code() == null)) {
      return "the source names no actor with a code";
    }
    if (!f.pattern().targets().isEmpty()) {
      return f.targets().isEmpty() ? "nothing fills the target slots "
          + String.join(" ", f.pattern().targets()) : "the target names no actor with a code";
    }
    return "source and target are the same actor";
  }

  /** How each head resolved: "Velyati -> IRNGOV ali-akbar-velayati (fuzzy)". */
  private List<String> describe(ActorResolver.Context c, List<Integer> heads) {
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      String word = c.sentence().token(h).word();
      List<ActorRef> found = resolver.resolveAll(c, h);
      if (found.isEmpty()) {
        out.add(word + " -> no actor");
      }
      for (ActorRef a : found) {
        out.add(word + " -> " + (a.code() == null ? "no code" : a.code()) + " " + a.id()
            + " (" + a.resolvedBy() + ")");
      }
    }
    return out;
  }
}
