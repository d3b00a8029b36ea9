package org.dyad.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.Tsv;

/**
 * The code rewrites of {@code rewrites.tsv}: which code an act announced for the future, an
 * act a speaker talks of, an obligation laid on another, and the complement of an appeal,
 * intent, demand, refusal, threat, denial or accusation become, which acts are events only
 * toward a target, which are aimed at the government when a society names none, what a
 * crowd's act of force is, and which acts aimed at a thing are aimed at its owner. Immutable
 * and thread-safe;
 * bad rows are rejected when it is built, naming the file and line.
 */
public final class Rewrites {

  /** The kinds of rewrite, as the file's first column names them. */
  enum Kind {
    FUTURE, SPOKEN, OBLIGATION, COMPLEMENT, TARGETED, PRESS, OFFICIAL, DOMESTIC, CROWD, OWNED,
    PLACED, CLAUSE, FOREIGN, PUBLIC, REFUSED
  }

  /** One row: the codes it applies to ("" for every code) and what they become (null: "-"). */
  private record Rule(String from, CameoCode to, String source) {}

  private final Map<Kind, List<Rule>> rules;

  private Rewrites(Map<Kind, List<Rule>> rules) {
    this.rules = rules;
  }

  /** The rewrites shipped with Dyad. */
  public static Rewrites standard(Codebook codebook) {
    return load(Tsv.resource(Rewrites.class, "rewrites.tsv", 3), codebook);
  }

  /** Builds the rewrites from rows, checking every code against the codebook. */
  public static Rewrites load(List<Tsv.Row> rows, Codebook codebook) {
    Map<Kind, List<Rule>> rules = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      rules.put(k, new ArrayList<>());
    }
    for (Tsv.Row r : rows) {
      Kind kind;
      try {
        kind = Kind.valueOf(r.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("kind must be future, spoken, obligation, complement, targeted, press,"
            + " official, domestic, crowd, owned, placed, clause, foreign, public or refused,"
            + " not '" + r.get(0) + "'");
      }
      String from = r.get(1);
      if (!from.equals("*") && !from.matches("\\d{2,4}")) {
        throw r.error("'from' must be a CAMEO root, code or prefix, or *, not '" + from + "'");
      }
      String to = r.get(2);
      boolean marks = kind == Kind.COMPLEMENT || kind == Kind.TARGETED || kind == Kind.PRESS
          || kind == Kind.DOMESTIC || kind == Kind.OWNED || kind == Kind.PLACED
          || kind == Kind.CLAUSE || kind == Kind.FOREIGN || kind == Kind.PUBLIC;
      if (marks != to.equals("-")) {
        throw r.error(marks ? "a " + r.get(0) + " row's 'to' is '-'"
            : "'" + to + "' must be a code of the CAMEO codebook");
      }
      if (!to.equals("-") && !codebook.contains(to)) {
        throw r.error("'" + to + "' is not a code of the CAMEO codebook");
      }
      String prefix = from.equals("*") ? "" : from;
      if (rules.get(kind).stream().anyMatch(x -> x.from().equals(prefix))) {
        throw r.error("'" + from + "' is already listed for " + r.get(0));
      }
      rules.get(kind).add(new Rule(prefix, to.equals("-") ? null : CameoCode.of(to),
          r.file() + ":" + r.line()));
    }
    rules.replaceAll((k, v) -> List.copyOf(v));
    return new Rewrites(Map.copyOf(rules));
  }

  /** The longest rule of a kind whose codes include {@code code}. */
  private Optional<Rule> rule(Kind kind, CameoCode code) {
    Rule best = null;
    for (Rule r : rules.get(kind)) {
      if (code.value().startsWith(r.from())
          && (best == null || r.from().length() > best.from().length())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** What an act announced for the future is: an intent or a threat, else the act's code. */
  CameoCode future(CameoCode act) {
    return rule(Kind.FUTURE, act).map(Rule::to).orElse(act);
  }

  /**
   * What refusing an act is ("would not observe the truce", "will not attend the talks"): the
   * rejection, if the act is one whose refusal CAMEO codes; else empty.
   */
  Optional<CameoCode> refused(CameoCode act) {
    return rule(Kind.REFUSED, act).map(Rule::to);
  }

  /** What an act by a state is: a diplomatic protest, not a street protest; else the act's. */
  CameoCode official(CameoCode act) {
    return rule(Kind.OFFICIAL, act).map(Rule::to).orElse(act);
  }

  /** What an act of force by a crowd of civilians is: a riot (145), else the act's code. */
  CameoCode crowd(CameoCode act) {
    return rule(Kind.CROWD, act).map(Rule::to).orElse(act);
  }

  /**
   * Whether an act of this code by a country's society that names no target is aimed at that
   * country's government ("protesters rallied in Cairo").
   */
  boolean aimsAtGovernment(CameoCode code) {
    return rule(Kind.DOMESTIC, code).isPresent();
  }

  /** What an agentless act a speaker talks of is: the speaker's threat, else the act's code. */
  CameoCode spoken(CameoCode act) {
    return rule(Kind.SPOKEN, act).map(Rule::to).orElse(act);
  }

  /** What saying another must do an act is, if anything (a demand). */
  Optional<CameoCode> obligation(CameoCode act) {
    return rule(Kind.OBLIGATION, act).map(Rule::to);
  }

  /**
   * Whether a pattern of this code makes the act in its complement a non-fact: "threatened to
   * cut off electricity" is a threat, not a cut.
   */
  boolean governsComplement(CameoCode code) {
    return rule(Kind.COMPLEMENT, code).isPresent();
  }

  /** Whether the media are only the channel of an act of this code ("told reporters"). */
  boolean throughPress(CameoCode code) {
    return rule(Kind.PRESS, code).isPresent();
  }

  /** Whether an act of this code is an event only toward a target ("made a statement": no). */
  boolean needsTarget(CameoCode code) {
    return rule(Kind.TARGETED, code).isPresent();
  }

  /**
   * Whether an act of this code aimed at a thing ("condemned the attack") is aimed at the
   * actor the thing belongs to.
   */
  boolean ownedThing(CameoCode code) {
    return rule(Kind.OWNED, code).isPresent();
  }

  /**
   * Whether an act of this code aimed at a thing that belongs to no actor the text names is
   * aimed at the country where the thing happened, else at the story's country.
   */
  boolean placedThing(CameoCode code) {
    return rule(Kind.PLACED, code).isPresent();
  }

  /**
   * Whether an act of this code that names no target of its own is aimed at the subject of
   * the clause it takes: a demand is made of whoever is to act, an allegation is aimed at
   * whoever it says acted.
   */
  boolean aimsAtClauseSubject(CameoCode code) {
    return rule(Kind.CLAUSE, code).isPresent();
  }

  /**
   * Whether an act of this code is an event only between two countries: help or trade within
   * one country is its own business.
   */
  boolean acrossBorders(CameoCode code) {
    return rule(Kind.FOREIGN, code).isPresent();
  }

  /**
   * Whether an act of this code, made by a state to the civilians of its own country, is a
   * notice to its public rather than an event between two actors: officials who warn residents
   * to take shelter do not threaten them.
   */
  boolean noticeToPublic(CameoCode code) {
    return rule(Kind.PUBLIC, code).isPresent();
  }
}
