package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.Tsv;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnowledgeBase;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Codes the events of one annotated sentence from the pattern dictionary and the dependency
 * graph. Verbs take their source from the subject (the by-agent in the passive) and their
 * target from the slots the pattern names; event nouns ("held talks with", "in a phone call
 * with") take their source from the verb that governs them or from a possessive. An event with
 * no agent inside a clause of reported speech ("..., adding that ... destroying the regime") is
 * the speaker's statement: material conflict becomes a threat. Thread-safe.
 */
public final class EventCoder {

  private static final int MAX_CLIMB = 3;
  private static final int MAX_SPEECH_CLIMB = 8;
  private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "advcl", "conj", "dep");
  private static final Plover.Coding NO_PLOVER = new Plover.Coding(null, "", List.of());
  /**
   * Where the target of an act in a complement clause is looked for, in order: prepositions
   * first, on the verb or its object ("to cut off gas supplies to Turkey"), then the object
   * itself ("to attack Israel").
   */
  private static final List<String> COMPLEMENT_SLOTS =
      List.of("to", "with", "against", "on", "from", "into", "over", "obj");
  /**
   * Roots whose verb makes its complement a non-fact: appeals (02), intents (03), demands
   * (10), refusals (12) and threats (13). "threatened to cut off electricity" is a threat,
   * not a cut.
   */
  private static final Set<Integer> MODAL_ROOTS = Set.of(2, 3, 10, 12, 13);
  /**
   * Codes whose complement is a claim, not a fact: what is denied (016: "denied attacking the
   * ship") or alleged (112: "accused X of spying").
   */
  private static final List<String> CLAIM_CODES = List.of("016", "112");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  private final Codebook codebook;
  private final PatternDictionary patterns;
  private final ActorResolver resolver;
  private final EventDater dater;
  private final Set<String> speechVerbs;
  private final Plover plover;
  private final Locator locator;

  public EventCoder(Codebook codebook, Plover plover, KnowledgeBase kb,
      PatternDictionary patterns, ActorResolver resolver, EventDater dater,
      Set<String> speechVerbs) {
    this.codebook = codebook;
    this.plover = plover;
    this.locator = new Locator(kb);
    this.patterns = patterns;
    this.resolver = resolver;
    this.dater = dater;
    this.speechVerbs = Set.copyOf(speechVerbs);
  }

  /** The speech verbs shipped with Dyad. */
  public static Set<String> standardSpeechVerbs() {
    Set<String> verbs = new HashSet<>();
    Tsv.resource(EventCoder.class, "speech-verbs.txt", 1).forEach(r -> verbs.add(r.get(0)));
    return verbs;
  }

  /** A pattern that fired on a token, with the roles the graph gave it. */
  private record Firing(EventPattern pattern, int trigger, int anchor, List<Integer> sources,
      List<Integer> targets, String construction, int speakerVerb) {}

  /**
   * The events of a sentence.
   *
   * @param context the sentence, its mentions, the publication date and per-article state
   * @param articleId the article's id, for event ids
   * @param published the publication date, or null
   */
  public List<Event> code(ActorResolver.Context context, String articleId, LocalDate published) {
    List<Event> out = new ArrayList<>();
    for (Firing f : firings(context.sentence()).values()) {
      out.addAll(events(context, articleId, published, f));
    }
    return out;
  }

  /**
   * Whether a sentence can hold an event, read from its tokens alone (no parse): some pattern
   * has its head there with the right part of speech and all its other words somewhere in the
   * sentence (as a lemma or a word), and the sentence names enough actors for it, one for a
   * pattern without a target, two otherwise ({@link ActorResolver#actorsNamed}). Every
   * sentence {@link #code} finds an event in passes; most that pass hold none, but a sentence
   * that fails needs no parse. Keep it in step with {@link #fire}: a new way for a pattern to
   * fire (a synonym, a word the sentence need not contain) must pass here too, or its events
   * are lost where the parse is skipped; {@code PlannedAnnotationIT} catches a miss on the
   * corpora the tests have.
   *
   * @param actors how many actors the sentence can name
   */
  public boolean mayCode(Sentence s, int actors) {
    if (actors == 0) {
      return false;
    }
    Set<String> words = new HashSet<>();
    for (Token t : s.tokens()) {
      words.add(t.lemma().toLowerCase(Locale.ROOT));
      words.add(t.word().toLowerCase(Locale.ROOT));
    }
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      List<EventPattern> candidates = t.isVerb() ? patterns.verbs(lemma)
          : t.isNoun() ? patterns.nouns(lemma) : List.of();
      for (EventPattern p : candidates) {
        // A demand ("said Y must ...") needs a speaker and another actor, as a target does.
        if (actors >= (p.targets().isEmpty() ? 1 : 2) && p.others().stream()
            .allMatch(w -> words.containsAll(List.of(w.split("_"))))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether some pattern fires in a parsed sentence: only such a sentence can hold an event,
   * and only its dates are read ({@link EventDater}).
   */
  public boolean fires(Sentence s) {
    return !firings(s).isEmpty();
  }

  /**
   * The patterns that fire in a sentence, by trigger token, less the acts that lie in the
   * complement of an appeal, intent, demand, refusal or threat that fired: those are what
   * was asked, offered, refused or threatened, not events.
   */
  private java.util.SortedMap<Integer, Firing> firings(Sentence s) {
    java.util.SortedMap<Integer, Firing> all = new java.util.TreeMap<>();
    for (Token t : s.tokens()) {
      fire(s, t.index()).ifPresent(f -> all.put(t.index(), f));
    }
    all.values().removeIf(f -> modalGovernor(s, f.anchor(), all) >= 0);
    return all;
  }

  /** The trigger of a fired modal pattern whose complement holds the token, or -1. */
  private static int modalGovernor(Sentence s, int token, Map<Integer, Firing> fired) {
    int node = token;
    for (int depth = 0; depth < MAX_CLIMB; depth++) {
      Dependency up = s.treeParent(node);
      // "denied attacking" reaches the parser as dep(denied, attacking): a complement too.
      if (up == null || !(up.base().equals("xcomp") || up.base().equals("ccomp")
          || up.base().equals("dep"))) {
        return -1;
      }
      Firing governor = fired.get(up.governor());
      if (governor != null && (MODAL_ROOTS.contains(governor.pattern().code().rootNumber())
          || CLAIM_CODES.stream().anyMatch(governor.pattern().code().value()::startsWith))) {
        return up.governor();
      }
      node = up.governor();
    }
    return -1;
  }

  /**
   * What the coder tried on each word of a sentence, for people who maintain dictionaries:
   * every pattern of the word's lemma, whether it fired, how its source and target resolved,
   * and why a pattern that almost fired did not.
   */
  public List<Trace> explain(ActorResolver.Context context, LocalDate published) {
    Sentence s = context.sentence();
    List<Trace> out = new ArrayList<>();
    Map<Integer, Firing> kept = firings(s);
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      List<EventPattern> candidates = t.isVerb() ? patterns.verbs(lemma)
          : t.isNoun() ? patterns.nouns(lemma) : List.of();
      Optional<Firing> fired = fire(s, t.index());
      if (fired.isPresent() && !kept.containsKey(t.index())) {
        int governor = modalGovernor(s, fired.get().anchor(), kept);
        out.add(new Trace(t.index(), fired.get().pattern().id(), "not coded: what "
            + (governor >= 0 ? s.token(governor).word() : "a modal verb") + " asks, offers,"
            + " refuses, threatens, denies or alleges, not an event", List.of(), List.of()));
        continue;
      }
      for (EventPattern p : candidates) {
        if (fired.isPresent() && fired.get().pattern().equals(p)) {
          Firing f = fired.get();
          List<Event> events = events(context, "explain", published, f);
          out.add(new Trace(t.index(), p.id(), events.isEmpty() ? "fired, no event: "
              + whyNoEvent(context, f) : "fired: " + events.size() + " event(s)",
              describe(context, f.sources()), describe(context, f.targets())));
        } else {
          out.add(new Trace(t.index(), p.id(), whyNotFired(s, t.index(), p, fired),
              List.of(), List.of()));
        }
      }
    }
    return out;
  }

  /**
   * One pattern tried on one word.
   *
   * @param outcome "fired: N event(s)", "fired, no event: why", or "not fired: why"
   * @param sources how each source head resolved ("Velyati -> IRNGOV ali-akbar-velayati
   *     (fuzzy)"), for a pattern that fired
   */
  public record Trace(int token, String rule, String outcome, List<String> sources,
      List<String> targets) {}

  private String whyNotFired(Sentence s, int token, EventPattern p, Optional<Firing> fired) {
    if (p.form() == EventPattern.Form.VERB && !particlesPresent(s, token, p)) {
      return "not fired: needs '" + String.join(" ", p.others()) + "' attached to the verb";
    }
    if (p.form() == EventPattern.Form.NOUN && !modifiersPresent(s, token, p)) {
      return "not fired: needs '" + String.join(" ", p.others()) + "' right before the noun";
    }
    if (fired.isPresent()) {
      return "not fired: " + fired.get().pattern().id() + " matches more words";
    }
    return "not fired: a light verb whose object is an event noun; the noun codes";
  }

  private String whyNoEvent(ActorResolver.Context c, Firing f) {
    if (f.sources().isEmpty()) {
      return "no subject, agent or possessive gives a source";
    }
    if (actors(c, f.sources()).stream().allMatch(a -> a.code() == null)) {
      return "the source names no actor with a code";
    }
    if (!f.pattern().targets().isEmpty()) {
      return f.targets().isEmpty() ? "nothing fills the target slots "
          + String.join(" ", f.pattern().targets()) : "the target names no actor with a code";
    }
    return "source and target are the same actor";
  }

  private List<String> describe(ActorResolver.Context c, List<Integer> heads) {
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      String word = c.sentence().token(h).word();
      out.add(resolver.resolve(c, h).map(a -> word + " -> " + (a.code() == null ? "no code"
          : a.code()) + " " + a.id() + " (" + a.resolvedBy() + ")")
          .orElse(word + " -> no actor"));
    }
    return out;
  }

  private Optional<Firing> fire(Sentence s, int token) {
    Token t = s.token(token);
    Optional<Firing> f = t.isVerb() ? fireVerb(s, token)
        : t.isNoun() ? fireNoun(s, token) : Optional.empty();
    // "until the West lifted restrictions", "if Iran attacks": a condition, not an event.
    return f.filter(firing -> !Modality.isConditional(s, firing.anchor()));
  }

  /** A country, grouping or named actor; not a bare sector ("officials", "scholars"). */
  private static boolean isParty(ActorRef a) {
    return a.code() != null && (a.country() != null || a.known() && !a.id().equals(a.code()));
  }

  /** The events of one firing: each resolved source with each resolved target. */
  private List<Event> events(ActorResolver.Context context, String articleId,
      LocalDate published, Firing firing) {
    List<Event> out = acts(context, articleId, published, firing);
    out.addAll(demands(context, articleId, published, firing));
    return out;
  }

  private List<Event> acts(ActorResolver.Context sentenceContext, String articleId,
      LocalDate published, Firing firing) {
    List<Event> out = new ArrayList<>();
    // Offices are filled on the event's date: "in March 2019, Ukraine's president" is
    // Poroshenko, whatever the publication date.
    EventDate when = dateOf(sentenceContext.sentence(), firing, published);
    ActorResolver.Context context = when.source() == EventDate.Source.TEXT
        ? sentenceContext.on(when.date()) : sentenceContext;
    List<ActorRef> targets = new ArrayList<>(actors(context, firing.targets()));
    targets.removeIf(target -> target.code() == null);
    if (targets.isEmpty() && firing.pattern().form() == EventPattern.Form.VERB
        && firing.pattern().targets().contains("obj")) {
      // "rejected calls for a ceasefire with Israel": the object is a thing, not an actor;
      // whom it concerns is named inside it.
      targets.addAll(actors(context, nestedTargets(context.sentence(), firing.targets())));
      targets.removeIf(target -> target.code() == null);
    }
    List<ActorRef> sources = actors(context, speakerForPronouns(context.sentence(), firing));
    if (targets.isEmpty() && firing.pattern().targets().contains("with")
        && sources.stream().map(ActorRef::id).distinct().count() >= 2) {
      // "Jordan and Britain agreed to ...", "Israel and Hamas held talks": each with the other.
      // Only parties in their own right: "scholars and officials" are one side.
      for (ActorRef a : sources) {
        for (ActorRef b : sources) {
          if (isParty(a) && isParty(b) && !a.id().equals(b.id())) {
            out.add(event(context, articleId, when, firing, a, b, out.size()));
          }
        }
      }
      return out;
    }
    if (targets.isEmpty()) {
      if (!firing.pattern().targets().isEmpty()) {
        // The pattern takes a target and none could be named: no dyad, no event.
        return out;
      }
      if (reportsSpeech(sentenceContext.sentence(), firing)) {
        return out;
      }
      targets.add(null);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ActorRef source : sources) {
      for (ActorRef target : targets) {
        if (source.code() == null || target != null && target.id().equals(source.id())) {
          continue;
        }
        if (firing.speakerVerb() >= 0 && target != null && source.country() != null
            && source.country().equals(target.country())) {
          continue; // a speaker does not threaten their own country
        }
        if (seen.add(source.id() + "|" + (target == null ? "" : target.id()))) {
          out.add(event(context, articleId, when, firing, source, target, out.size()));
        }
      }
    }
    return out;
  }

  /**
   * "…, he added", "Velayati said that …", "she stressed: '…'": a verb of saying that only
   * reports what someone said. With no one it is said to, it is how news gives speech, not a
   * statement to code (010); what was said is coded on its own.
   */
  private boolean reportsSpeech(Sentence s, Firing f) {
    if (f.pattern().code().rootNumber() != 1 || f.pattern().form() != EventPattern.Form.VERB
        || !isSpeech(s, f.trigger())) {
      return false;
    }
    for (Dependency d : s.children(f.trigger())) {
      if (d.base().equals("ccomp") || d.base().equals("parataxis")
          || d.base().equals("xcomp")) {
        return true;
      }
    }
    Dependency up = s.treeParent(f.trigger());
    return up != null && (up.base().equals("parataxis") || up.base().equals("ccomp"));
  }

  /**
   * "Iran said Israel must withdraw from Syria": what a speaker says another must do is the
   * speaker's demand (100) on that other, besides the act itself (coded as hypothetical).
   * The modal is the demand's trigger, the verb of saying its anchor.
   */
  private List<Event> demands(ActorResolver.Context c, String articleId, LocalDate published,
      Firing f) {
    Sentence s = c.sentence();
    int modal = f.speakerVerb() < 0 ? Modality.obligation(s, f.anchor()) : -1;
    int speech = modal < 0 ? -1 : speechVerbAbove(s, f.anchor());
    if (speech < 0 || f.pattern().form() != EventPattern.Form.VERB) {
      return new ArrayList<>();
    }
    EventPattern demand = new EventPattern(CameoCode.of("100"), EventPattern.Form.VERB,
        List.of(s.token(speech).lemma().toLowerCase(Locale.ROOT)), List.of(),
        f.pattern().file(), f.pattern().line());
    Firing asked = new Firing(demand, modal, speech, subjects(s, speech, 0), f.sources(),
        "(demand: " + s.token(modal).word() + " " + s.token(f.anchor()).word() + ")", -1);
    List<Event> out = new ArrayList<>();
    EventDate when = dateOf(s, asked, published);
    for (ActorRef speaker : actors(c, asked.sources())) {
      for (ActorRef obliged : actors(c, asked.targets())) {
        if (speaker.code() != null && obliged.code() != null
            && !speaker.id().equals(obliged.id())) {
          out.add(event(c, articleId, when, asked, speaker, obliged, out.size()));
        }
      }
    }
    return out;
  }

  /** The date of a firing: from the clause of the speech verb or of its anchor. */
  private EventDate dateOf(Sentence s, Firing f, LocalDate published) {
    return dater.date(s, f.speakerVerb() >= 0 ? f.speakerVerb() : f.anchor(), published);
  }

  private Event event(ActorResolver.Context c, String articleId, EventDate date, Firing f,
      ActorRef source, ActorRef target, int n) {
    Sentence s = c.sentence();
    Token trigger = s.token(f.trigger());
    CameoCode code = f.pattern().code();
    String rule = f.pattern().id();
    String speaker = null;
    Mode mode;
    if (f.speakerVerb() >= 0) {
      code = Modality.threatFor(code);
      rule = code + " speech: " + s.token(f.speakerVerb()).lemma() + " + " + rule;
      speaker = source.name();
      mode = Mode.ASSERTED; // the threat itself is made
    } else {
      if (!f.construction().isEmpty()) {
        rule = rule + " " + f.construction();
      }
      int speech = speechVerbAbove(s, f.anchor());
      speaker = speech >= 0 ? speakerOf(c, subjects(s, speech, 0))
          : speakerOf(c, accordingTo(s, f.anchor()));
      mode = negated(s, f.trigger()) || negated(s, f.anchor()) ? Mode.NEGATED
          : Modality.of(s, f.anchor(), speech >= 0);
      CameoCode promised = mode == Mode.FUTURE ? Modality.intentFor(code) : code;
      if (!promised.equals(code)) {
        rule = promised + " future: " + rule;
        code = promised;
      }
    }
    Evidence evidence = new Evidence(s.index(), s.text(), s.begin(), s.end(), trigger.word(),
        trigger.begin(), trigger.end(), rule, f.pattern().source(), speaker);
    String id = articleId + "-" + s.index() + "-" + f.trigger() + (n > 0 ? "-" + n : "");
    return new Event(id, articleId, date, source, target, codebook.get(code),
        plover.of(code).orElse(NO_PLOVER), mode == Mode.NEGATED, mode,
        locator.locate(c, f.trigger(), f.anchor()),
        evidence);
  }

  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we");

  /**
   * "China said it would cooperate", "'We will defend Al-Aqsa,' he added": a subject it, they
   * or we inside what someone says is the speaker.
   */
  private List<Integer> speakerForPronouns(Sentence s, Firing f) {
    List<Integer> out = new ArrayList<>();
    for (int h : f.sources()) {
      Token t = s.token(h);
      int speech = t.pos().equals("PRP")
          && SPEAKER_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
          ? speechVerbAbove(s, f.anchor()) : -1;
      if (speech >= 0 && f.speakerVerb() < 0) {
        out.addAll(subjects(s, speech, 0));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Who said what a speech verb introduces: a known actor's name ("Ali Akbar Velayati"), else
   * the article's words for the speaker ("regional officials").
   */
  private String speakerOf(ActorResolver.Context c, List<Integer> speakers) {
    for (int subject : speakers) {
      return resolver.resolve(c, subject)
          .map(a -> a.known() && !a.id().equals(a.code()) ? a.name() : a.text())
          .orElse(c.sentence().token(subject).word());
    }
    return null;
  }

  /**
   * "Israel attacked Syria overnight, according to Jordan": the source the text gives for an
   * event, on its clause or a clause above it.
   */
  private static List<Integer> accordingTo(Sentence s, int token) {
    int node = token;
    for (int depth = 0; depth < MAX_SPEECH_CLIMB && node >= 0; depth++) {
      for (Dependency d : s.children(node)) {
        if (d.subtype().equals("according_to")) {
          return List.of(d.dependent());
        }
      }
      Dependency up = s.treeParent(node);
      node = up == null ? -1 : up.governor();
    }
    return List.of();
  }

  private Optional<Firing> fireVerb(Sentence s, int v) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    for (EventPattern p : patterns.verbs(lemma)) {
      if (!particlesPresent(s, v, p)) {
        continue;
      }
      if (patterns.isLightVerb(lemma) && hasEventNounObject(s, v)) {
        return Optional.empty();
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
        // "threatened to cut off electricity to Nakhichevan": the target is the act's.
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
      List<Integer> sources = subjects(s, v, 0);
      return withSpeaker(s, new Firing(p, v, v, sources, targets, construction, -1));
    }
    return Optional.empty();
  }

  private Optional<Firing> fireNoun(Sentence s, int n) {
    String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
    for (EventPattern p : patterns.nouns(lemma)) {
      if (!modifiersPresent(s, n, p)) {
        continue;
      }
      int anchor = -1;
      boolean light = false;
      for (Dependency d : s.parents(n)) {
        if (d.governor() < 0 || !s.token(d.governor()).isVerb()) {
          continue;
        }
        String lemmaOfVerb = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
        if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
            && patterns.isLightVerb(lemmaOfVerb)) {
          anchor = d.governor();
          light = true;
          break;
        }
        if (d.base().equals("obl")) {
          anchor = d.governor();
          break;
        }
      }
      List<Integer> sources = new ArrayList<>(s.children(n, "nmod:poss"));
      // "expressed their gratitude": the possessive pronoun repeats the verb's subject.
      if (anchor >= 0) {
        sources.removeIf(i -> s.token(i).pos().equals("PRP$"));
      }
      if (sources.isEmpty() && anchor >= 0) {
        sources = subjects(s, anchor, 0);
      }
      List<Integer> targets = new ArrayList<>();
      for (String slot : p.targets()) {
        targets = s.prepositional(n, slot);
        if (targets.isEmpty() && light) {
          targets = s.prepositional(anchor, slot);
        }
        if (!targets.isEmpty()) {
          break;
        }
      }
      String construction = light ? "(light verb: " + s.token(anchor).word() + ")" : "";
      return withSpeaker(s,
          new Firing(p, n, anchor >= 0 ? anchor : n, sources, targets, construction, -1));
    }
    return Optional.empty();
  }

  /** A light verb whose object is an event noun ("offered condolences"): the noun codes. */
  private boolean hasEventNounObject(Sentence s, int v) {
    for (int o : s.children(v, "obj")) {
      Token t = s.token(o);
      if (t.isNoun() && patterns.nouns(t.lemma().toLowerCase(Locale.ROOT)).stream()
          .anyMatch(p -> modifiersPresent(s, o, p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An agentless act of material conflict inside what someone said ("motivations for
   * destroying the regime", "the annihilation of X") is the speaker's threat. A passive or
   * finite verb without a subject has an agent the text leaves out, so it is not the
   * speaker's; nor is an act the speaker reports without taking a side on it.
   */
  private Optional<Firing> withSpeaker(Sentence s, Firing f) {
    if (!f.sources().isEmpty()) {
      return Optional.of(f);
    }
    Token trigger = s.token(f.trigger());
    boolean agentless = trigger.isNoun() && f.anchor() == f.trigger()
        && !isCoreArgument(s, f.trigger())
        || trigger.pos().equals("VBG") && !isPassive(s, f.trigger());
    int speech = agentless && f.pattern().code().rootNumber() >= 15
        ? speechVerbAbove(s, f.anchor()) : -1;
    if (speech < 0 || f.targets().isEmpty()) {
      return Optional.of(f);
    }
    List<Integer> speakers = subjects(s, speech, 0);
    return Optional.of(new Firing(f.pattern(), f.trigger(), f.anchor(), speakers, f.targets(),
        "", speech));
  }

  /** Subject or object of a verb: a participant in that verb's event, not an act of its own. */
  private static boolean isCoreArgument(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      String base = d.base();
      if (base.equals("obj") || base.equals("nsubj") || base.equals("iobj")) {
        return true;
      }
    }
    return false;
  }

  /** The nearest verb of saying that governs a token, or -1. */
  private int speechVerbAbove(Sentence s, int token) {
    int node = token;
    for (int depth = 0; depth < MAX_SPEECH_CLIMB; depth++) {
      for (Dependency child : s.children(node)) {
        if (child.relation().equals("parataxis") && isSpeech(s, child.dependent())) {
          return child.dependent();
        }
      }
      Dependency up = s.treeParent(node);
      if (up == null) {
        return -1;
      }
      if (isSpeech(s, up.governor())) {
        // Only what was said: "said that ...", not "Respecting ..., he said".
        return up.base().equals("ccomp") ? up.governor() : -1;
      }
      node = up.governor();
    }
    return -1;
  }

  private boolean isSpeech(Sentence s, int token) {
    Token t = s.token(token);
    return t.isVerb() && speechVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }


  /** The subjects of a verb; a non-finite verb borrows them from the verb it depends on. */
  private List<Integer> subjects(Sentence s, int v, int depth) {
    List<Integer> out = new ArrayList<>();
    if (isPassive(s, v)) {
      out.addAll(s.children(v, "obl:agent"));
      out.addAll(s.children(v, "obl:by"));
      return out;
    }
    out.addAll(s.children(v, "nsubj"));
    out.addAll(s.children(v, "nsubj:xsubj"));
    if (out.isEmpty() && depth < MAX_CLIMB) {
      for (Dependency d : s.parents(v)) {
        if (SUBJECT_CLIMB.contains(d.base()) && d.governor() >= 0
            && s.token(d.governor()).isVerb()) {
          return subjects(s, d.governor(), depth + 1);
        }
      }
    }
    return out;
  }

  private static boolean isPassive(Sentence s, int v) {
    return !s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty();
  }

  /**
   * The dependents of verb {@code v} that fill a target slot. A ditransitive's recipient is
   * its indirect object ("offered the Philippines vessels"); a preposition may hang on the
   * verb's object ("severed ties with France") or mark a clause whose subject is the target
   * (CoreNLP reads "called on Sudan to open" as a clause "Sudan to open").
   */
  private static List<Integer> verbTargets(Sentence s, int v, String slot, boolean passive) {
    if (slot.equals("obj")) {
      if (passive) {
        return s.children(v, "nsubj:pass");
      }
      List<Integer> iobj = s.children(v, "iobj");
      return iobj.isEmpty() ? s.children(v, "obj") : iobj;
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
    return out;
  }

  private static final List<String> NESTED_SLOTS =
      List.of("with", "to", "against", "on", "from", "of");
  private static final int MAX_NESTING = 3;

  /**
   * The actors named in prepositional phrases inside an object that is not an actor itself,
   * nearest first: "calls for a ceasefire with Israel" gives Israel.
   */
  private static List<Integer> nestedTargets(Sentence s, List<Integer> objects) {
    List<Integer> level = objects;
    for (int depth = 0; depth < MAX_NESTING && !level.isEmpty(); depth++) {
      List<Integer> found = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int o : level) {
        for (String slot : NESTED_SLOTS) {
          found.addAll(s.prepositional(o, slot));
        }
        for (Dependency d : s.children(o)) {
          if (d.base().equals("nmod")) {
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

  /** A clause depending on {@code v} whose mark is {@code word}, or -1. */
  private static int clauseMarkedBy(Sentence s, int v, String word) {
    for (Dependency d : s.children(v)) {
      if (d.base().equals("advcl") || d.base().equals("xcomp") || d.base().equals("ccomp")) {
        for (int m : s.children(d.dependent(), "mark")) {
          if (s.token(m).lemma().equalsIgnoreCase(word)) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }


  /**
   * Whether the words after a verb pattern's head are attached to the verb (see the header of
   * patterns.tsv): a particle, a preposition, an adverb, a clause mark, or an object noun with
   * the modifiers written before it ("demand humanitarian aid"). A preposition followed by a
   * noun needs that noun in its phrase ("rally for right"); "to" followed by a verb, or a
   * participle written as it stands ("demanding"), needs that clause on the verb, and the words
   * after it then attach to the clause's verb ("urge to lift ban", "rally demanding
   * resignation"). Where a word could be read several ways, the reading that uses most words
   * wins.
   */
  private static boolean particlesPresent(Sentence s, int v, EventPattern p) {
    List<String> words = p.others();
    // How many words, from a given one, name a noun with the modifiers right before it
    // (lemma or word, as in noun patterns); the noun itself by its lemma. 0: none.
    java.util.function.BiFunction<Integer, Integer, Integer> nounPhrase = (noun, from) -> {
      int best = 0;
      for (int k = 0; from + k < words.size() && noun - k >= 0; k++) {
        if (!s.token(noun).lemma().toLowerCase(Locale.ROOT).equals(words.get(from + k))) {
          continue;
        }
        boolean modifiers = true;
        for (int m = 0; m < k && modifiers; m++) {
          Token t = s.token(noun - k + m);
          String w = words.get(from + m);
          modifiers = t.lemma().toLowerCase(Locale.ROOT).equals(w)
              || t.word().toLowerCase(Locale.ROOT).equals(w);
        }
        if (modifiers) {
          best = k + 1;
        }
      }
      return best;
    };
    int at = v; // the verb the words attach to: the head, then a clause verb the pattern names
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      int used = 0;
      int clauseVerb = -1;
      for (Dependency d : s.children(at)) {
        int dep = d.dependent();
        Token t = s.token(dep);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean clause = t.isVerb() && (d.base().equals("xcomp") || d.base().equals("advcl")
            || d.base().equals("ccomp") || d.base().equals("dep"));
        int n = 0;
        int to = -1;
        if (clause && t.pos().equals("VBG") && t.word().toLowerCase(Locale.ROOT).equals(word)) {
          n = 1; // a participle clause: "rallied demanding ..."
          to = dep;
        } else if (d.relation().equals("obj") && s.children(dep, "acl").stream()
            .anyMatch(c -> s.token(c).pos().equals("VBG")
                && s.token(c).word().toLowerCase(Locale.ROOT).equals(word))) {
          // the parser often hangs the participle on the object: "blocked roads demanding"
          n = 1;
          to = s.children(dep, "acl").stream().filter(c -> s.token(c).word()
              .toLowerCase(Locale.ROOT).equals(word)).findFirst().orElseThrow();
        } else if (clause && lemma.equals(next) && s.children(dep, "mark").stream()
            .anyMatch(m -> s.token(m).lemma().equalsIgnoreCase(word))) {
          n = 2; // "to" and the clause's verb: "urged Iran to lift ..."
          to = dep;
        } else if (next != null && d.base().equals("obl") && d.subtype().equals(word)
            && nounPhrase.apply(dep, i + 1) > 0) {
          n = 1 + nounPhrase.apply(dep, i + 1); // a preposition and its noun: "for rights"
        } else if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
          // an object noun that decides the code: "demand ceasefire", "expel inspector",
          // with the modifiers right before it: "demand humanitarian aid"
          n = nounPhrase.apply(dep, i);
        }
        if (n == 0 && (d.relation().equals("compound:prt") && lemma.equals(word)
            || (d.base().equals("obl") || d.base().equals("advmod"))
                && d.subtype().equals(word)
            || d.base().equals("advmod") && lemma.equals(word))) {
          n = 1;
        }
        if (n > used) {
          used = n;
          clauseVerb = to;
        }
      }
      if (used == 0 && clauseMarkedBy(s, at, word) >= 0) {
        used = 1;
      }
      if (used == 0) {
        return false;
      }
      if (clauseVerb >= 0) {
        at = clauseVerb;
      }
      i += used;
    }
    return true;
  }

  /**
   * Whether a noun pattern's modifiers stand right before the head, in order ("phone call",
   * "peace talks"). The first modifier may instead name what the event is for (see the header
   * of patterns.tsv): the noun of a "for" phrase, or the object of a clause, on the head or on
   * the verb that governs it ("a hunger strike for democracy", "a strike demanding the
   * resignation of", "went on hunger strike to demand the release of"); the others still stand
   * right before the head.
   */
  private static boolean modifiersPresent(Sentence s, int n, EventPattern p) {
    List<String> needed = p.others();
    if (needed.isEmpty()) {
      return true;
    }
    for (int from = 0; from <= 1; from++) {
      // Modifiers stand right before the head, in order: "phone call", "peace talks".
      boolean before = true;
      for (int k = from; k < needed.size() && before; k++) {
        int at = n - needed.size() + k;
        if (at < 0) {
          before = false;
          break;
        }
        Token t = s.token(at);
        String word = needed.get(k);
        before = t.lemma().toLowerCase(Locale.ROOT).equals(word)
            || t.word().toLowerCase(Locale.ROOT).equals(word);
      }
      if (!before) {
        continue;
      }
      if (from == 0) {
        return true;
      }
      // The purpose: on the noun, or on the verb whose object or phrase the noun is.
      String purpose = needed.get(0);
      List<Integer> hosts = new ArrayList<>(List.of(n));
      for (Dependency d : s.parents(n)) {
        if (d.governor() >= 0 && s.token(d.governor()).isVerb() && (d.base().equals("obj")
            || d.base().equals("obl") || d.relation().equals("nsubj:pass"))) {
          hosts.add(d.governor());
        }
      }
      for (int host : hosts) {
        for (Dependency d : s.children(host)) {
          Token t = s.token(d.dependent());
          boolean clause = t.isVerb() && (d.base().equals("acl") || d.base().equals("xcomp")
              || d.base().equals("advcl") || d.base().equals("dep"));
          List<Integer> nouns = (d.base().equals("obl") || d.base().equals("nmod"))
              && d.subtype().equals("for") ? List.of(d.dependent())
              : clause ? s.children(d.dependent(), "obj") : List.of();
          for (int x : nouns) {
            if (s.token(x).lemma().toLowerCase(Locale.ROOT).equals(purpose)
                || s.token(x).word().toLowerCase(Locale.ROOT).equals(purpose)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean negated(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      if ((d.base().equals("advmod") || d.base().equals("neg") || d.base().equals("det"))
          && NEGATIONS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private List<ActorRef> actors(ActorResolver.Context c, List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      resolver.resolve(c, h).ifPresent(out::add);
    }
    return out;
  }
}
