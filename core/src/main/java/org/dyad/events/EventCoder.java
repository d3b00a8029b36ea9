package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnowledgeBase;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Codes the events of one annotated sentence: {@link Firings} finds the patterns that fire
 * ({@link PatternMatcher}: their elements hold) and {@link Arguments} the heads of their sources and targets, {@link
 * ReportedSpeech} who said what, {@link Modality} how the clause presents the act, and {@link
 * Rewrites} what CAMEO makes of it; this class puts them together into {@link Event}s. {@link
 * Explainer} reads the same steps for {@code dyad explain}. Thread-safe.
 */
public final class EventCoder {

  private static final Plover.Coding NO_PLOVER = new Plover.Coding(null, "", List.of());
  /**
   * The sectors of a society that protest against, and make demands of, their own state:
   * civilians, opposition, students, workers, farmers, rights and green groups, parties,
   * legislators, moderates, business, health workers, elites, religious communities, media.
   */
  private static final Set<String> SOCIETY = Set.of("CVL", "OPP", "EDU", "LAB", "AGR", "HRI",
      "ENV", "PTY", "LEG", "MOD", "BUS", "HLH", "ELI", "MED", "REL", "MUS", "CHR", "CTH", "JEW",
      "HIN", "BUD", "PRO");

  private final Codebook codebook;
  private final Plover plover;
  private final Locator locator;
  private final ActorResolver resolver;
  private final EventDater dater;
  private final PatternMatcher matcher;
  private final Firings firings;
  private final ReportedSpeech speech;
  private final Rewrites rewrites;
  private final Explainer explainer;
  private final Owners owners;

  public EventCoder(Codebook codebook, Plover plover, KnowledgeBase kb,
      PatternDictionary patterns, ActorResolver resolver, EventDater dater,
      Set<String> speechVerbs) {
    this.codebook = codebook;
    this.plover = plover;
    this.locator = new Locator(kb);
    this.resolver = resolver;
    this.dater = dater;
    this.rewrites = Rewrites.standard(codebook);
    this.owners = new Owners(resolver, rewrites);
    this.matcher = new PatternMatcher(patterns, rewrites::aimsAtGovernment);
    this.speech = new ReportedSpeech(speechVerbs, resolver);
    this.firings = new Firings(matcher, speech, rewrites);
    this.explainer = new Explainer(this, firings, resolver, rewrites);
  }

  /**
   * The events that their own words do not place, placed at the article's dateline ("KABUL"),
   * when the hand-typed places, the countries or the gazetteer know it; the others unchanged.
   *
   * @param storyCountry the country the story is about, for a name several countries share
   */
  public List<Event> placedByDateline(List<Event> events, String dateline, String storyCountry) {
    if (events.stream().allMatch(e -> e.location() != null)) {
      return events;
    }
    Optional<Location> place = locator.dateline(dateline, storyCountry);
    return place.isEmpty() ? events : events.stream()
        .map(e -> e.location() == null ? e.withLocation(place.get()) : e).toList();
  }

  /** The speech verbs shipped with Dyad. */
  public static Set<String> standardSpeechVerbs() {
    return ReportedSpeech.standardVerbs();
  }

  /**
   * The events of a sentence.
   *
   * @param context the sentence, its mentions, the publication date and per-article state
   * @param articleId the article's id, for event ids
   * @param published the publication date, or null
   */
  public List<Event> code(ActorResolver.Context context, String articleId, LocalDate published) {
    java.util.Map<Firing, List<Event>> byFiring = new java.util.LinkedHashMap<>();
    for (Firing f : firings.of(context.sentence()).values()) {
      byFiring.put(f, events(context, articleId, published, f));
    }
    List<Event> out = new ArrayList<>();
    byFiring.forEach((f, events) -> events.stream()
        .filter(e -> !protestsOwnDemand(context.sentence(), f, e, byFiring))
        .forEach(out::add));
    return out;
  }

  /**
   * Whether a demand is what a street protest by the same side is for ("rallied demanding
   * reforms"): the protest codes it, as one event (the coding guide's one row, 14 or 10). A
   * state's protest note is a disapproval, not a protest: its demand stands ("lodged a protest
   * and demanded that Beijing stop ...").
   */
  private static boolean protestsOwnDemand(Sentence s, Firing f, Event demand,
      java.util.Map<Firing, List<Event>> byFiring) {
    if (!demand.code().value().startsWith("10")) {
      return false;
    }
    for (java.util.Map.Entry<Firing, List<Event>> p : byFiring.entrySet()) {
      boolean protest = p.getValue().stream().anyMatch(e -> e.code().value().startsWith("14")
          && e.source().id().equals(demand.source().id()));
      if (protest && p.getKey() != f && Firings.linked(s, f, p.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence can hold an event, read from its tokens alone (no parse): {@link
   * PatternMatcher#mayMatch}, from the same compiled patterns that {@link #code} applies, so a
   * sentence that fails holds no event and needs no parse.
   *
   * @param actors how many actors the sentence can name
   */
  public boolean mayCode(Sentence s, int actors) {
    return matcher.mayMatch(s, actors);
  }

  /**
   * What the coder tried on each word of a sentence: every pattern of the word's lemma,
   * whether it fired, how its source and target resolved, and why one that did not fire did
   * not.
   */
  public List<Trace> explain(ActorResolver.Context context, LocalDate published) {
    return explainer.explain(context, published);
  }

  /** The events of one firing, and of the demand it may carry. */
  List<Event> events(ActorResolver.Context context, String articleId, LocalDate published,
      Firing firing) {
    List<Event> out = Modality.isTally(context.sentence(), firing)
        ? new ArrayList<>() : acts(context, articleId, published, firing);
    Sentence s = context.sentence();
    out.removeIf(e -> History.recalled(e.date(), published, s, firing.anchor()));
    Optional<Firing> asked = rewrites.obligation(firing.pattern().code())
        .flatMap(code -> speech.demand(s, firing, code));
    if (asked.isPresent()) {
      List<Event> demands = new ArrayList<>();
      EventDate when = dateOf(s, asked.get(), published);
      for (ActorRef speaker : actors(context, asked.get().sources())) {
        for (ActorRef obliged : actors(context, asked.get().targets())) {
          if (speaker.code() != null && obliged.code() != null
              && !speaker.id().equals(obliged.id())) {
            demands.add(event(context, articleId, when, asked.get(), speaker, obliged,
                demands.size()));
          }
        }
      }
      out.addAll(demands);
    }
    return out;
  }

  /**
   * Whether two sides are one actor. Two generic actors placed only by the story's country
   * ("activists ... against the party's leader") are two parties of one country, as in civil
   * conflict, not one actor.
   */
  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a.id().equals(b.id()) && !a.resolvedBy().equals("context")
        && !b.resolvedBy().equals("context");
  }

  /**
   * A country named as itself ("Japan", not "Palestinians") or its government ("Tokyo", "the
   * foreign ministry"), placed by the text: who protests by note.
   */
  private static boolean isState(ActorRef a) {
    String text = a.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    boolean itself = a.code() != null && a.code().equals(a.country())
        && text.equals(a.name().toLowerCase(Locale.ROOT));
    return a.country() != null && !a.resolvedBy().equals("context")
        && (itself || (a.country() + "GOV").equals(a.code()));
  }

  /** An actor with a code and no country: an organisation or armed group of no one state. */
  private static boolean placeless(ActorRef a) {
    return a.country() == null && a.code() != null;
  }

  private static boolean isMedia(ActorRef a) {
    return a.code() != null && a.code().endsWith("MED");
  }

  /**
   * A country, grouping or named actor; not a bare sector ("officials", "scholars"), even one
   * placed in the story's country; in a reciprocal act, also an armed side ({@link Joint#armed}).
   */
  private static boolean isParty(ActorRef a, boolean mutual) {
    boolean placed = a.country() != null && !a.resolvedBy().equals("context")
        || mutual && Joint.armed(a);
    return a.code() != null && (placed || a.known() && !a.id().equals(a.code()));
  }

  /** The events of the act itself: each resolved source with each resolved target. */
  private List<Event> acts(ActorResolver.Context sentenceContext, String articleId,
      LocalDate published, Firing firing) {
    List<Event> out = new ArrayList<>();
    // Offices are filled on the event's date: "in March 2019, Ukraine's president" is
    // Poroshenko, whatever the publication date.
    EventDate when = dateOf(sentenceContext.sentence(), firing, published);
    ActorResolver.Context context = when.source() == EventDate.Source.TEXT
        ? sentenceContext.on(when.date()) : sentenceContext;
    // Where a use of force took place places its unnamed attacker and its victims.
    String where = Assailants.force(firing.pattern()) ? placeOf(context, firing) : null;
    List<ActorRef> targets = new ArrayList<>(
        rewrites.ownedThing(firing.pattern().code()) ? owners.ownedFirst(context, firing)
            : actors(context, firing.targets()));
    targets.removeIf(target -> target.code() == null);
    if (targets.isEmpty() && firing.pattern().form() == EventPattern.Form.VERB
        && !firing.targets().isEmpty()) {
      // "rejected calls for a ceasefire with Israel", "walked away from talks with the US":
      // the object is a thing, not an actor; whom it concerns is named inside it.
      targets.addAll(actors(context,
          Arguments.nestedTargets(context.sentence(), firing.targets())));
      targets.removeIf(target -> target.code() == null);
    }
    if (targets.isEmpty()) { // "a rally in support of a threat against X": at X (Backing)
      targets.addAll(actors(context, Backing.targets(context.sentence(), firing)));
      targets.removeIf(target -> target.code() == null);
    }
    if (targets.isEmpty()) { // "vowed revenge for the attack by X": at X (Revenge)
      targets.addAll(actors(context, Revenge.doers(context.sentence(), firing)));
      targets.removeIf(target -> target.code() == null);
    }
    if (targets.isEmpty() && firing.pattern().form() == EventPattern.Form.VERB
        && rewrites.aimsAtClauseSubject(firing.pattern().code())) {
      // "demanded the speaker resign", "demanded that Israel withdraw": the demand is made of
      // whoever is to act; "alleged Indian troops targeted an ambulance": at whoever acted.
      targets.addAll(actors(context,
          Warnings.parties(context.sentence(), firing))); // "if Russia fails to ..."
      targets.removeIf(target -> target.code() == null);
    }
    List<ActorRef> sources =
        actors(context, speech.speakerForPronouns(context.sentence(), firing));
    sources.removeIf(source -> source.code() == null);
    if (firing.construction().equals(ReportedSpeech.OWN_SIDE)) {
      // Forces sent "by" a speaker's own side: witnesses, residents or reporters speak for none.
      sources.removeIf(source -> isSociety(source, firing.pattern().code()));
    }
    if (sources.isEmpty() && firing.speakerVerb() < 0) {
      // The subject is a thing, not an actor: who did it is named on the thing ("firing by
      // India killed ...") or, in the passive, where it came from ("fired from Gaza").
      Sentence s = context.sentence();
      sources = actors(context, Arguments.agentModifiers(s, firing.sources()));
      if (sources.isEmpty()) {
        sources = actors(context, Arguments.passiveOrigin(s, firing.anchor()));
      }
      sources.removeIf(source -> source.code() == null);
      if (sources.isEmpty()) {
        // "the withdrawal of U.S. forces from Syria": the doer of an act named by a noun.
        sources = actors(context, Doers.nounDoers(s, firing));
        sources.removeIf(source -> source.code() == null);
      }
      if (sources.isEmpty()) {
        // "police used water cannon to disperse the crowd": the clause's subject is the
        // cannon; who acts is the subject of the verb it depends on.
        sources = actors(context, Doers.governingSubjects(s, firing.anchor()));
        sources.removeIf(source -> source.code() == null);
      }
      if (sources.isEmpty()) {
        sources = actors(context, speech.senders(s, firing)); // "leaflets warning X"
        sources.removeIf(source -> source.code() == null);
      }
      if (sources.isEmpty()) { // "Congratulations to both countries!" in a quotation
        Exclamations.speaker(context, firing).ifPresent(sources::add);
      }
      if (sources.isEmpty() && !targets.isEmpty()) {
        Assailants.unnamed(resolver, context, firing, where)
            .ifPresent(sources::add);
      }
    }
    if (sources.stream().anyMatch(EventCoder::placeless)
        || targets.stream().anyMatch(EventCoder::placeless)) {
      String place = where != null ? where : placeOf(context, firing);
      sources.replaceAll(a -> resolver.placement().placedIn(a, place).orElse(a));
      targets.replaceAll(a -> resolver.placement().placedIn(a, place).orElse(a));
    }
    if (rewrites.throughPress(firing.pattern().code())) {
      // "told reporters", "state television said": the media carry the report.
      targets.removeIf(EventCoder::isMedia);
      sources.removeIf(EventCoder::isMedia);
    }
    boolean together = sources.stream().map(ActorRef::id).distinct().count() >= 2;
    if (together && firing.pattern().code().root().equals("04")
        && firing.construction().startsWith("(complement")) {
      // "The two leaders discussed the steps taken to increase the costs to Russia": two
      // sides consult each other; what they talk about is no party to it.
      targets.clear();
    }
    if (targets.isEmpty() && !firing.targets().isEmpty()
        && rewrites.ownedThing(firing.pattern().code())) {
      targets.addAll(owners.owners(context, firing, sources));
    }
    if (together && firing.pattern().code().root().equals("03")) {
      // "The two agreed on the need for a ceasefire": a view they share, not a pledge of one
      // to the other; a demand by each where it asks for something, a backing where it
      // grants someone a right (Joint).
      Optional<Firing> asked = rewrites.obligation(firing.pattern().code())
          .flatMap(code -> Joint.demand(context.sentence(), firing, code))
          .or(() -> Joint.backing(context.sentence(), firing));
      if (asked.isPresent()) {
        return acts(sentenceContext, articleId, published, asked.get());
      }
      if (Joint.sharedView(context.sentence(), firing)) {
        return out;
      }
    }
    boolean mutual = together && Joint.reciprocal(context.sentence(), firing);
    if (mutual || targets.isEmpty() && together && firing.pattern().targets().contains("with")) {
      // "Jordan and Britain agreed to ...", "Israel and Hamas held talks", "Kyiv and the rebels
      // accused each other": one row a pair (the guide's symmetric row), first named as source;
      // only parties in their own right: "scholars and officials" are one side.
      Set<String> pairs = new LinkedHashSet<>();
      for (int i = 0; i < sources.size(); i++) {
        for (int j = i + 1; j < sources.size(); j++) {
          ActorRef a = sources.get(i);
          ActorRef b = sources.get(j);
          if (isParty(a, mutual) && isParty(b, mutual) && !a.id().equals(b.id())
              && pairs.add(a.id() + "|" + b.id()) && pairs.add(b.id() + "|" + a.id())) {
            out.add(event(context, articleId, when, firing, a, b, out.size()));
          }
        }
      }
      return out;
    }
    if (targets.isEmpty() && rewrites.aimsAtGovernment(firing.pattern().code())
        && sources.stream().anyMatch(a -> isSociety(a, firing.pattern().code()))) {
      return atGovernment(context, articleId, when, firing, sources);
    }
    if (targets.isEmpty() && rewrites.placedThing(firing.pattern().code()) && (firing.pattern()
        .targets().isEmpty() || firing.pattern().form() == EventPattern.Form.NOUN)) {
      targets.addAll(Needs.aimed(context.sentence(), firing, // "its forces in Mali"; a need: *
          owners.where(context, firing, sources)));
    }
    if (targets.isEmpty()) {
      // A pattern that takes a target and has none names no dyad; a bare verb of saying
      // only reports speech; a statement or comment toward no one is no event.
      if (!firing.pattern().targets().isEmpty()
          || speech.reportsSpeech(sentenceContext.sentence(), firing)
          || rewrites.needsTarget(firing.pattern().code())) {
        return out;
      }
      targets.add(null);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ActorRef source : sources) {
      for (ActorRef placed : targets) {
        ActorRef target = placed == null || source.resolvedBy().equals("context") ? placed
            : resolver.placement().placedAcross(context, placed, source.country(), firing.trigger())
                .orElse(placed);
        target = Assailants.victimAt(resolver.placement(), firing.pattern(), target, source,
            where);
        if (source.code() == null || target != null && sameActor(source, target)) {
          continue;
        }
        boolean notice = target != null && rewrites.noticeToPublic(firing.pattern().code())
            && isCrowd(target) && !isSociety(source, firing.pattern().code());
        if ((firing.speakerVerb() >= 0 || rewrites.acrossBorders(firing.pattern().code())
            || notice) && target != null && source.country() != null
            && source.country().equals(target.country())) {
          continue; // no threat, aid or trade at home, nor is a state's notice to its people
        }
        if (seen.add(source.id() + "|" + (target == null ? "" : target.id()))) {
          out.add(event(context, articleId, when, firing, source, target, out.size()));
        }
      }
    }
    return out;
  }

  /** The country the event's words or its participants' place it in, or null. */
  private String placeOf(ActorResolver.Context context, Firing firing) {
    List<Integer> participants = new ArrayList<>(firing.targets());
    participants.addAll(firing.sources());
    return locator.country(context, firing.trigger(), firing.anchor(), participants);
  }

  /**
   * A protest or demand that names no target ({@link Rewrites#aimsAtGovernment}), by part of
   * a country's society: aimed at that country's government, one row a country. The state's
   * own arms (government, army, police, courts), armed groups, whose demands are as often on
   * a foreign enemy, and actors of no country aim at no one the text does not name; nor
   * does a rally in support of someone.
   */
  private List<Event> atGovernment(ActorResolver.Context context, String articleId,
      EventDate when, Firing firing, List<ActorRef> sources) {
    List<Event> out = new ArrayList<>();
    if (Doers.inSupport(context.sentence(), firing)) {
      return out; // "a rally in support of the leader" is for someone, not against the state
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ActorRef source : sources) {
      if (isSociety(source, firing.pattern().code()) && seen.add(source.country())) {
        out.add(event(context, articleId, when, firing, source,
            resolver.placement().governmentOf(source.country()), out.size()));
      }
    }
    return out;
  }

  /**
   * Part of a country's society, not of its state: a sector of {@link #SOCIETY} in a country
   * ("protesters", "the opposition", "students"), or, in a protest, its people named by a
   * plural ("tens of thousands of Egyptians").
   *
   * <p>Design decision: a country's bare code is its people only in a protest, and only named
   * as a plural other than the country's name: "Egypt", "the U.S." and a statement's "we" are
   * the state, and "Palestinians demanded ..." is as often a demand on a foreign state.
   */
  private static boolean isSociety(ActorRef a, CameoCode code) {
    if (a.code() == null || a.country() == null || isState(a)
        || !a.code().startsWith(a.country())) {
      return false;
    }
    String agent = a.code().substring(a.country().length());
    if (agent.isEmpty()) {
      String text = a.text().toLowerCase(Locale.ROOT);
      return code.value().startsWith("14") && text.endsWith("s")
          && !text.endsWith(a.name().toLowerCase(Locale.ROOT))
          && !a.resolvedBy().equals("voice") && !a.resolvedBy().equals("pronoun");
    }
    return SOCIETY.contains(agent.substring(0, Math.min(3, agent.length())));
  }

  /** Civilians: protesters, a crowd, residents. */
  private static boolean isCrowd(ActorRef a) {
    return a.code() != null && a.country() != null
        && a.code().equals(a.country() + "CVL");
  }

  /**
   * The date of a firing: from the clause of the speech verb or of its anchor; a time
   * participle that gives none ("called for ... on Thursday after meeting with Y") takes its
   * clause's.
   */
  EventDate dateOf(Sentence s, Firing f, LocalDate published) {
    EventDate own = dater.date(s, f.speakerVerb() >= 0 ? f.speakerVerb() : f.anchor(),
        published);
    int clause = f.speakerVerb() >= 0 ? -1 : Arguments.clauseVerb(s, f.anchor());
    return own.source() == EventDate.Source.TEXT || clause < 0 ? own
        : dater.date(s, clause, published);
  }

  private Event event(ActorResolver.Context c, String articleId, EventDate date, Firing f,
      ActorRef source, ActorRef target, int n) {
    Sentence s = c.sentence();
    Token trigger = s.token(f.trigger());
    CameoCode code = Warnings.code(s, f); // a conditional need is a threat
    String rule = Warnings.rule(s, f);
    String speaker;
    Mode mode;
    if (f.speakerVerb() >= 0) {
      code = rewrites.spoken(code);
      rule = code + " speech: " + s.token(f.speakerVerb()).lemma() + " + " + rule;
      speaker = source.name();
      mode = Mode.ASSERTED; // the threat itself is made
    } else {
      if (!f.construction().isEmpty()) {
        rule = rule + " " + f.construction();
      }
      int speechVerb = speech.speechVerbAbove(s, f.anchor());
      speaker = speech.speaker(c, f.anchor(), speechVerb);
      Optional<CameoCode> refusal = Refusals.refusal(s, f, speechVerb >= 0, rewrites);
      mode = refusal.isPresent() ? Mode.ASSERTED : Refusals.mode(s, f, speechVerb >= 0);
      CameoCode promised = refusal.orElse(mode == Mode.FUTURE ? rewrites.future(code) : code);
      if (!promised.equals(code)) {
        rule = promised + (refusal.isPresent() ? " refused: " : " future: ") + rule;
        code = promised;
      }
      CameoCode official = isState(source) ? rewrites.official(code) : code;
      if (!official.equals(code)) {
        rule = official + " official: " + rule;
        code = official;
      }
      CameoCode riot = isCrowd(source) ? rewrites.crowd(code) : code;
      if (!riot.equals(code)) {
        rule = riot + " crowd: " + rule;
        code = riot;
      }
    }
    Evidence evidence = new Evidence(s.index(), s.text(), s.begin(), s.end(), trigger.word(),
        trigger.begin(), trigger.end(), rule, f.pattern().source(), speaker);
    String id = articleId + "-" + s.index() + "-" + f.trigger() + (n > 0 ? "-" + n : "");
    return new Event(id, articleId, date, source, target, codebook.get(code),
        plover.of(code).orElse(NO_PLOVER), mode == Mode.NEGATED, mode,
        locator.locate(c, f.trigger(), f.anchor()), evidence);
  }

  /** The actors the heads resolve to, in order; heads naming none are left out. */
  List<ActorRef> actors(ActorResolver.Context c, List<Integer> heads) {
    return resolver.resolveEach(c, heads);
  }
}
