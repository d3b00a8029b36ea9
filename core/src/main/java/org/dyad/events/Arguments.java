package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds the arguments of a pattern that matched: the heads of its source (the subject; the
 * by-agent in the passive; for an event noun a possessive or the subject of the verb that
 * governs it) and of its target (the dependents its slots name, a target inside the act of a
 * complement clause, an actor named inside a thing). Pure functions of the parse.
 */
final class Arguments {

  private static final int MAX_CLIMB = 3;
  private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "advcl", "conj", "dep");
  /** Words that open a participle clause sharing its main clause's subject ("after meeting"). */
  private static final Set<String> TIME_WORDS = Set.of("after", "before", "while", "upon",
      "since", "when");
  /**
   * Where the target of an act in a complement clause is looked for, in order: prepositions
   * first, on the verb or its object ("to cut off gas supplies to Turkey"), then the object
   * itself ("to attack Israel").
   */
  private static final List<String> COMPLEMENT_SLOTS =
      List.of("to", "with", "against", "on", "from", "into", "over", "obj");
  private static final List<String> NESTED_SLOTS =
      List.of("with", "to", "against", "on", "from", "of");
  static final int MAX_NESTING = 3;
  /** Nouns that count or batch an event noun: "a new round of sanctions", "a package of aid". */
  private static final Set<String> AMOUNT_NOUNS = Set.of("round", "series", "package",
      "tranche", "batch", "wave", "set", "number", "lot", "shipment", "million", "billion");
  /**
   * Nouns by which a speaker weighs a stance and so takes it as the speaker's own: "stressed the
   * importance of international support for Ukraine" is the speaker's support for Ukraine;
   * "the two affirmed the strength of their alliance" is their alliance.
   */
  private static final Set<String> WEIGHT_NOUNS = Set.of("importance", "significance",
      "strength", "depth");
  /**
   * The codes of acts that two parties do together at one time, whose "between" phrase names
   * them: meetings and talks (04), military exercises (062). Not standing relations, trade or
   * agreements: "the anniversary of diplomatic relations between A and B" is no act of theirs.
   */
  private static final Set<String> BETWEEN_CODES = Set.of("04", "062");
  /** Verbs that judge their object for an act named in a "for" phrase: the object did it. */
  private static final Set<String> JUDGMENT_VERBS = Set.of("thank", "praise", "commend",
      "congratulate", "credit", "applaud", "laud", "hail", "blame", "fault", "condemn",
      "criticize", "criticise", "punish", "reward");
  /** Nouns that carry an event noun and its arguments: "the use of violence by X against Y". */
  private static final Set<String> CARRIERS = Set.of("use", "announcement", "imposition",
      "adoption", "introduction", "approval");
  /**
   * The modifiers of a thing that may name who did it, in order: "India's firing", "firing by
   * India", "rockets from Gaza", "an Israeli strike", "a Hamas attack".
   */
  private static final List<String> AGENT_MODIFIERS =
      List.of("nmod:poss", "nmod:by", "nmod:agent", "nmod:from", "amod", "compound");

  private Arguments() {}

  /**
   * A verb pattern's firing: source from the subject, target from the first slot that names
   * something, else from the act of an infinitive complement ("threatened to cut off
   * electricity to Nakhichevan": the target is the act's).
   */
  static Firing ofVerb(Sentence s, int v, EventPattern p) {
    int summons = Summons.summoner(s, v);
    if (summons >= 0) { // "summoned the envoy to protest": the summoner's, at the envoy
      return new Firing(p, v, v, subjects(s, summons), s.children(summons, "obj"),
          "(summons: " + s.token(summons).word() + ")", -1);
    }
    boolean passive = isPassive(s, v);
    List<Integer> targets = new ArrayList<>();
    for (String slot : p.targets()) {
      targets = verbTargets(s, v, slot, passive);
      if (!targets.isEmpty()) {
        break;
      }
    }
    String construction = passive ? "(passive)" : "";
    if (targets.isEmpty() && !p.targets().isEmpty()) {
      for (int c : s.children(v, "xcomp")) {
        for (String slot : COMPLEMENT_SLOTS) {
          targets = verbTargets(s, c, slot, isPassive(s, c));
          if (!targets.isEmpty()) {
            construction = "(complement: " + s.token(c).word() + ")";
            break;
          }
        }
        if (!targets.isEmpty()) {
          break;
        }
      }
    }
    return new Firing(p, v, v, subjects(s, v), targets, construction, -1);
  }

  /**
   * An event noun's firing. Its verb (the anchor) is a light verb whose object it is ("held
   * talks"), or the verb its phrase hangs on ("in a phone call with"); the source is a
   * possessive on the noun, else the verb's subject; the target a slot on the noun, or after
   * a light verb on that verb ("paid a visit to X"); {@link Participles} mends one misparse.
   * @param light whether a lemma is a light verb
   */
  static Firing ofNoun(Sentence s, int n, EventPattern p,
      java.util.function.Predicate<Token> light) {
    if (p.targets().contains(Judgements.SLOT)) {
      return Judgements.firing(s, n, p);
    }
    Optional<Firing> equated = Equations.firing(s, n, p); // "amounts to an assassination attempt"
    if (equated.isPresent()) {
      return equated.get();
    }
    int anchor = -1;
    boolean isLight = false;
    boolean reason = false;
    boolean manner = false;
    for (Dependency d : parentsThroughAmount(s, n)) {
      if (d.governor() < 0 || !s.token(d.governor()).isVerb()) {
        continue;
      }
      if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
          && light.test(s.token(d.governor()))) {
        anchor = d.governor();
        isLight = true;
        break;
      }
      if (d.base().equals("obl") || (d.relation().equals("obj") && weighed(s, n))) {
        anchor = d.governor();
        reason = d.relation().equals("obl:for") && JUDGMENT_VERBS.contains(
            s.token(anchor).lemma().toLowerCase(Locale.ROOT));
        manner = d.relation().equals("obl:in");
        break;
      }
    }
    isLight |= anchor < 0 && (anchor = Participles.lightVerbOf(s, n, light)) >= 0;
    List<Integer> sources = new ArrayList<>(s.children(n, "nmod:poss"));
    // "expressed their gratitude": the possessive pronoun repeats the verb's subject.
    if (anchor >= 0) {
      sources.removeIf(i -> s.token(i).pos().equals("PRP$"));
    }
    if (sources.isEmpty() && reason) {
      // "thanked Pakistan for the arrest", "blamed Russia for the attack": whom the speaker
      // thanks or blames for an act did it, not the speaker.
      sources = s.children(anchor, "obj");
    }
    if (sources.isEmpty() && anchor >= 0) {
      sources = subjects(s, anchor);
    }
    int carrier = carrier(s, n);
    if (sources.isEmpty() && carrier >= 0) {
      sources = new ArrayList<>(s.children(carrier, "nmod:poss"));
      sources.addAll(s.children(carrier, "nmod:by"));
      sources.addAll(s.children(carrier, "nmod:agent"));
      if (sources.isEmpty()) {
        sources = agentModifiers(s, List.of(carrier)); // "an EU announcement of sanctions"
      }
    }
    List<Integer> between = s.prepositional(n, "between");
    if (between.size() >= 2 && BETWEEN_CODES.stream().anyMatch(p.code().value()::startsWith)) {
      // "the meeting between Maliki and Barzani", "an exercise between the two armies": the
      // act is theirs, one with the other (EventCoder pairs them).
      sources = between;
    }
    Dependency named = s.treeParent(n);
    if (sources.isEmpty() && named != null && named.base().equals("appos")) {
      // "China's provocative actions, particularly the military drills around Taiwan": the
      // noun it names more closely has the owner.
      sources = new ArrayList<>(s.children(named.governor(), "nmod:poss"));
    }
    if (sources.isEmpty()) {
      // A modifier in one of the pattern's target slots names the target: "the withdrawal
      // of Kenyan forces from Somalia" is not by Somalia.
      sources = agentModifiers(s, List.of(n));
      sources.removeAll(slotDependents(s, n, p));
    }
    // The noun's own phrases first: in "announced on Monday sanctions against Russia" the
    // light verb's "on" is a date, and the noun's "against" names the target.
    List<Integer> targets = new ArrayList<>();
    int amount = amountOver(s, n);
    for (String slot : p.targets()) {
      targets = s.prepositional(n, slot);
      if (targets.isEmpty() && carrier >= 0) {
        targets = s.prepositional(carrier, slot);
      }
      if (targets.isEmpty() && amount >= 0) {
        targets = s.prepositional(amount, slot); // "a round of sanctions against 11 people"
      }
      int clause = targets.isEmpty() ? clauseMarkedBy(s, n, slot) : -1;
      if (clause >= 0) {
        // "support for the government to continue its work": CoreNLP reads a clause whose
        // subject is the target, as after a verb ("called on Sudan to open").
        targets = s.children(clause, "nsubj");
      }
      if (!targets.isEmpty()) {
        break;
      }
    }
    // After a light verb, or where the noun tells how its verb's act was done ("slammed
    // dozens of targets in air raids against militants"), the verb's phrase is the noun's.
    for (int i = 0; targets.isEmpty() && (isLight || manner) && i < p.targets().size(); i++) {
      targets = new ArrayList<>(s.prepositional(anchor, p.targets().get(i)));
      targets.removeIf(t -> isTime(s.token(t)));
    }
    String construction = isLight ? "(light verb: " + s.token(anchor).word() + ")" : "";
    return new Firing(p, n, anchor >= 0 ? anchor : n, sources, targets, construction, -1);
  }

  /**
   * The dependencies that place event noun {@code n} in its clause. An amount or a batch of
   * the thing stands between it and its verb in "announced $820 million in security
   * assistance" or "imposed a new round of sanctions": the verb governs the amount, and the
   * noun is only its "in" or "of"; then the amount's own dependencies place the noun. So does
   * a weight the speaker gives it ("underscored the importance of support for Ukraine").
   */
  private static List<Dependency> parentsThroughAmount(Sentence s, int n) {
    int amount = amountOver(s, n);
    return s.parents(amount >= 0 ? amount : n);
  }

  /**
   * The amount, batch or weight that event noun {@code n} is the "of" or "in" of ("$820
   * million in assistance", "the importance of support"), or -1.
   */
  private static int amountOver(Sentence s, int n) {
    for (Dependency d : s.parents(n)) {
      if (d.governor() >= 0 && (d.relation().equals("nmod:of") || d.relation().equals("nmod:in"))
          && isAmount(s.token(d.governor()))
          || d.governor() >= 0 && d.relation().equals("nmod:of") && isWeight(s.token(d.governor()))) {
        return d.governor();
      }
    }
    return -1;
  }

  /** Whether event noun {@code n} is what a weight noun weighs ("the importance of ..."). */
  private static boolean weighed(Sentence s, int n) {
    return s.parents(n).stream().anyMatch(d -> d.relation().equals("nmod:of")
        && d.governor() >= 0 && isWeight(s.token(d.governor())));
  }

  private static boolean isWeight(Token t) {
    return WEIGHT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean isTime(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  private static boolean isAmount(Token t) {
    return t.pos().equals("$") || t.pos().equals("CD")
        || AMOUNT_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The subjects of a verb; a non-finite verb borrows them from the verb it depends on. */
  static List<Integer> subjects(Sentence s, int v) {
    return subjects(s, v, 0);
  }

  private static List<Integer> subjects(Sentence s, int v, int depth) {
    List<Integer> out = new ArrayList<>();
    if (isPassive(s, v)) {
      out.addAll(s.children(v, "obl:agent"));
      out.addAll(s.children(v, "obl:by"));
      return out;
    }
    out.addAll(s.children(v, "nsubj"));
    out.addAll(s.children(v, "nsubj:xsubj"));
    out.addAll(s.children(v, "nsubj:pass")); // an active verb's borrowed subject (isPassive)
    if (out.isEmpty() && depth < MAX_CLIMB) {
      for (Dependency d : s.parents(v)) {
        if (SUBJECT_CLIMB.contains(d.base()) && d.governor() >= 0
            && s.token(d.governor()).isVerb()) {
          return ByAgents.splitComplement(s, d) // "claimed fire by X killed seven"
              .orElseGet(() -> subjects(s, d.governor(), depth + 1));
        }
      }
      int clause = clauseVerb(s, v);
      if (clause >= 0) {
        return subjects(s, clause, depth + 1);
      }
    }
    return ByAgents.realSubjects(s, v, out); // "for killing X by Y", "a day after X killed"
  }

  /**
   * The verb of the clause a time participle hangs in, whatever noun the parser hung it on:
   * in "X called for the release of prisoners after meeting with Y", "meeting" is X's, though
   * CoreNLP attaches it to "release". Only participles opened by a time word, which share
   * the clause's subject in English; -1 for any other.
   */
  static int clauseVerb(Sentence s, int v) {
    boolean timed = false;
    for (Dependency d : s.children(v)) {
      timed |= (d.base().equals("case") || d.base().equals("mark"))
          && TIME_WORDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
    }
    if (!timed || !s.token(v).pos().equals("VBG")) {
      return -1;
    }
    int at = v;
    for (int step = 0; step < MAX_CLIMB + 2; step++) {
      List<Dependency> up = s.parents(at);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return -1;
      }
      at = up.get(0).governor();
      if (s.token(at).isVerb()) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Who a thing says did it, when the thing stands where an actor should: "cross-border
   * firing by India killed 11 civilians", "an Israeli missile strike killed", "barrages of
   * rockets from Gaza". Looks through one "of" ("barrages of rockets") to the thing itself.
   */
  static List<Integer> agentModifiers(Sentence s, List<Integer> things) {
    List<Integer> out = new ArrayList<>();
    for (int t : things) {
      for (String relation : AGENT_MODIFIERS) {
        out.addAll(s.children(t, relation));
      }
      out.addAll(Doers.participleAgents(s, t)); // "the steps taken by the EU to ..."
      if (out.isEmpty()) {
        for (int inner : s.children(t, "nmod:of")) {
          for (String relation : AGENT_MODIFIERS) {
            out.addAll(s.children(inner, relation));
          }
        }
      }
    }
    // "expanded sanctions", "air-dropped food": a participle says what was done, never who.
    out.removeIf(i -> s.token(i).pos().startsWith("VB"));
    return out;
  }

  /**
   * The noun that only carries an event noun, whose arguments are the event's: "the use of
   * violence by the regime against citizens" ("use"), "the EU's announcement of sanctions on
   * Russia" ("announcement"); -1 when there is none.
   */
  private static int carrier(Sentence s, int n) {
    for (Dependency d : s.parents(n)) {
      if (d.relation().equals("nmod:of") && d.governor() >= 0 && CARRIERS.contains(
          s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The dependents of a noun in the pattern's prepositional target slots. */
  private static List<Integer> slotDependents(Sentence s, int n, EventPattern p) {
    List<Integer> out = new ArrayList<>();
    for (String slot : p.targets()) {
      out.addAll(s.prepositional(n, slot));
    }
    return out;
  }

  /**
   * Where a passive act without its agent came from: "rockets were fired at Israel from Gaza".
   */
  static List<Integer> passiveOrigin(Sentence s, int v) {
    if (!isPassive(s, v) || !subjects(s, v).isEmpty()) {
      return List.of();
    }
    return s.prepositional(v, "from");
  }

  static boolean isPassive(Sentence s, int v) {
    // "he was encouraged by ... and urged Iraqi leaders to ...": the parser hands the second
    // verb the first one's passive subject; with an object of its own and no passive
    // auxiliary, it is active.
    return !s.children(v, "aux:pass").isEmpty()
        || !s.children(v, "nsubj:pass").isEmpty() && s.children(v, "obj").isEmpty();
  }

  /** Subject or object of a verb: a participant in that verb's event, not an act of its own. */
  static boolean isCoreArgument(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      String base = d.base();
      if (base.equals("obj") || base.equals("nsubj") || base.equals("iobj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dependents of verb {@code v} that fill a target slot. A ditransitive's recipient is
   * its indirect object ("offered the Philippines vessels"); a preposition may hang on the
   * verb's object ("severed ties with France") or mark a clause whose subject is the target
   * (CoreNLP reads "called on Sudan to open" as a clause "Sudan to open").
   */
  static List<Integer> verbTargets(Sentence s, int v, String slot, boolean passive) {
    if (slot.equals("obj")) {
      if (passive) {
        return s.children(v, "nsubj:pass");
      }
      List<Integer> iobj = s.children(v, "iobj");
      List<Integer> obj = iobj.isEmpty() ? s.children(v, "obj") : iobj;
      if (obj.isEmpty()) {
        // "called the vote illegal": CoreNLP reads a small clause whose subject is the object.
        for (int c : s.children(v, "xcomp")) {
          if (!s.token(c).isVerb()) {
            obj = s.children(c, "nsubj");
          }
        }
      }
      return obj;
    }
    if (slot.equals("iobj")) {
      return s.children(v, "iobj");
    }
    List<Integer> out = s.prepositional(v, slot);
    if (out.isEmpty() && hasParticle(s, v, slot)) {
      out.addAll(s.children(v, "obj")); // "called on NATO" read as particle + object
    }
    if (out.isEmpty()) {
      for (int o : s.children(v, "obj")) {
        out.addAll(s.prepositional(o, slot));
      }
    }
    if (out.isEmpty()) {
      int clause = clauseMarkedBy(s, v, slot);
      if (clause >= 0) {
        out.addAll(s.children(clause, "nsubj"));
      }
    }
    if (out.isEmpty() && slot.equals("with")) {
      // "walked away from talks with the US": the partner hangs on the verb's own phrase.
      for (Dependency d : s.children(v)) {
        if (d.base().equals("obl")) {
          out.addAll(s.prepositional(d.dependent(), slot));
        }
      }
    }
    return out;
  }

  /**
   * The actors named in prepositional phrases inside an object that is not an actor itself,
   * nearest first: "calls for a ceasefire with Israel" gives Israel.
   */
  static List<Integer> nestedTargets(Sentence s, List<Integer> objects) {
    return nested(s, objects, NESTED_SLOTS, Set.of("nmod"), MAX_NESTING);
  }

  /**
   * The heads of the phrases in {@code slots} on the nearest level that has any, walking down
   * from {@code from} through dependents of the {@code through} relations (by base), over at
   * most {@code levels} levels, {@code from} itself the first; empty when none has any.
   */
  static List<Integer> nested(Sentence s, List<Integer> from, List<String> slots,
      Set<String> through, int levels) {
    List<Integer> level = from;
    for (int depth = 0; depth < levels && !level.isEmpty(); depth++) {
      List<Integer> found = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int o : level) {
        for (String slot : slots) {
          found.addAll(s.prepositional(o, slot));
        }
        for (Dependency d : s.children(o)) {
          if (through.contains(d.base())) {
            next.add(d.dependent());
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      level = next;
    }
    return List.of();
  }

  private static boolean hasParticle(Sentence s, int v, String word) {
    for (int p : s.children(v, "compound:prt")) {
      if (s.token(p).lemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause on {@code v} (a verb, or a noun: "support for X to continue") marked by {@code
   * word}, or -1.
   */
  static int clauseMarkedBy(Sentence s, int v, String word) {
    for (Dependency d : s.children(v)) {
      if (d.base().equals("advcl") || d.base().equals("xcomp") || d.base().equals("ccomp")
          || d.base().equals("acl")) {
        for (int m : s.children(d.dependent(), "mark")) {
          if (s.token(m).lemma().equalsIgnoreCase(word)) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }
}
