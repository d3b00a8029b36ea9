package org.dyad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.Tsv;
import org.dyad.actors.ActorResolver;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Reported speech around an event: the verbs of saying ({@code speech-verbs.txt}) that govern
 * it, who said it (a speech verb's subject, "according to X"), the pronoun subjects that stand
 * for the speaker ("China said it would ..."), the bare verb of saying that only reports what
 * was said, the agentless act of violence a speaker talks of (the speaker's threat) and what a
 * speaker says another must do (the speaker's demand). Thread-safe.
 */
final class ReportedSpeech {

  private static final int MAX_SPEECH_CLIMB = 8;
  /** The construction of a show of force a speaker tells of his own side ({@link #ownForces}). */
  static final String OWN_SIDE = "(said by its own side)";
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we");
  /** "He noted that he ...": the same personal pronoun as the speaker's is the speaker. */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
  /** Things that carry a sender's words: {@link #senders}. */
  private static final Set<String> MESSAGES = Set.of("leaflet", "flyer", "pamphlet", "message",
      "letter", "statement", "communique", "broadcast", "notice", "note", "tweet", "post",
      "announcement", "bulletin", "advisory", "text");

  private final Set<String> speechVerbs;
  private final ActorResolver resolver;

  ReportedSpeech(Set<String> speechVerbs, ActorResolver resolver) {
    this.speechVerbs = Set.copyOf(speechVerbs);
    this.resolver = resolver;
  }

  /** The speech verbs shipped with Dyad. */
  static Set<String> standardVerbs() {
    Set<String> verbs = new HashSet<>();
    Tsv.resource(ReportedSpeech.class, "speech-verbs.txt", 1).forEach(r -> verbs.add(r.get(0)));
    return verbs;
  }

  boolean isSpeech(Sentence s, int token) {
    Token t = s.token(token);
    return t.isVerb() && speechVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The nearest verb of saying that governs a token, or -1. */
  int speechVerbAbove(Sentence s, int token) {
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

  /**
   * "…, he added", "Velayati said that …", "she stressed: '…'": a verb of saying that only
   * reports what someone said. With no one it is said to, it is how news gives speech, not a
   * statement to code (010); what was said is coded on its own.
   */
  boolean reportsSpeech(Sentence s, Firing f) {
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
   * An agentless act of material conflict inside what someone said ("motivations for
   * destroying the regime", "the annihilation of X") is the speaker's threat: the firing with
   * the speaker as its source. A passive or finite verb without a subject has an agent the
   * text leaves out, so it is not the speaker's; nor is an act the speaker reports without
   * taking a side on it.
   */
  Firing withSpeaker(Sentence s, Firing f) {
    if (!f.sources().isEmpty()) {
      return f;
    }
    Optional<Firing> own = ownForces(s, f);
    if (own.isPresent()) {
      return own.get();
    }
    Token trigger = s.token(f.trigger());
    boolean agentless = trigger.isNoun() && f.anchor() == f.trigger()
        && !Arguments.isCoreArgument(s, f.trigger())
        || trigger.pos().equals("VBG") && !Arguments.isPassive(s, f.trigger());
    int speech = agentless && f.pattern().code().rootNumber() >= 15
        ? speechVerbAbove(s, f.anchor()) : -1;
    if (speech < 0 || f.targets().isEmpty()) {
      return f;
    }
    return new Firing(f.pattern(), f.trigger(), f.anchor(), Arguments.subjects(s, speech),
        f.targets(), "", speech);
  }

  /**
   * "He said reinforcements have been sent to the base": forces a speaker says were sent, put
   * on alert or deployed, in the passive with no agent, are the speaker's own side's (an
   * official tells of his side's moves so, and of the enemy's by name). The act stays the show
   * of force it is (15), not a threat; its target is found as usual.
   */
  private Optional<Firing> ownForces(Sentence s, Firing f) {
    if (!f.pattern().code().root().equals("15") || f.targets().isEmpty()) {
      return Optional.empty();
    }
    // The passive verb: the trigger itself ("troops were deployed"), or the verb whose
    // passive subject the trigger is ("reinforcements have been sent").
    int verb = -1;
    Dependency up = s.treeParent(f.trigger());
    if (s.token(f.trigger()).isVerb()) {
      verb = f.trigger();
    } else if (up != null && up.relation().equals("nsubj:pass")) {
      verb = up.governor();
    }
    if (verb < 0 || !Arguments.isPassive(s, verb) || !s.children(verb, "obl:agent").isEmpty()) {
      return Optional.empty();
    }
    int speech = speechVerbAbove(s, verb);
    if (speech < 0) {
      return Optional.empty();
    }
    return Optional.of(new Firing(f.pattern(), f.trigger(), verb,
        Arguments.subjects(s, speech), f.targets(), OWN_SIDE, -1));
  }

  /**
   * "Iran said Israel must withdraw from Syria": the speaker's demand on the one obliged, as
   * a firing of {@code demand} (the code {@link Rewrites#obligation} gives) whose trigger is
   * the modal and whose anchor is the verb of saying; its construction names the act's
   * pattern, the line its events cite as their rule source. Empty when the act is no verb
   * under an obligation in reported speech.
   */
  Optional<Firing> demand(Sentence s, Firing f, CameoCode demand) {
    int modal = f.speakerVerb() < 0 ? Modality.obligation(s, f.anchor()) : -1;
    int speech = modal < 0 ? -1 : speechVerbAbove(s, f.anchor());
    if (speech < 0 || f.pattern().form() != EventPattern.Form.VERB) {
      return Optional.empty();
    }
    EventPattern asked = new EventPattern(demand, EventPattern.Form.VERB,
        List.of(s.token(speech).lemma().toLowerCase(Locale.ROOT)), List.of(),
        f.pattern().file(), f.pattern().line());
    return Optional.of(new Firing(asked, modal, speech, Arguments.subjects(s, speech),
        f.sources(), "(demand: " + s.token(modal).word() + " " + s.token(f.anchor()).word()
            + "; act " + f.pattern().id() + ")", -1));
  }

  /**
   * "Israel dropped leaflets warning Gazans to stay away", "the ministry issued a statement
   * urging calm": a leaflet, message or statement that warns, urges or praises speaks for
   * whoever dropped, sent or issued it, the subject of the verb that takes it as its object or
   * on which the act's clause hangs. Empty unless the act's subject is such a thing, or the act
   * hangs on one.
   */
  List<Integer> senders(Sentence s, Firing f) {
    List<Integer> carriers = new ArrayList<>();
    if (f.pattern().code().rootNumber() == 1) {
      return carriers; // a bare statement ("a statement claiming responsibility") is no event
    }
    Dependency up = s.treeParent(f.anchor());
    if (up != null && up.base().equals("acl") && isMessage(s, up.governor())) {
      carriers.add(up.governor()); // "dropped leaflets warning ..."
    }
    boolean spoken = !f.sources().isEmpty()
        && f.sources().stream().allMatch(h -> isMessage(s, h));
    if (spoken) {
      carriers.addAll(f.sources()); // "leaflets warned ...", "a statement urged ..."
    }
    for (int carrier : carriers) {
      Dependency held = s.treeParent(carrier);
      if (held != null && held.base().equals("obj") && s.token(held.governor()).isVerb()) {
        return Arguments.subjects(s, held.governor());
      }
    }
    boolean hangs = up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()
        && Set.of("dep", "advcl", "conj").contains(up.base());
    return spoken && hangs ? Arguments.subjects(s, up.governor()) : List.of();
  }

  private static boolean isMessage(Sentence s, int token) {
    return s.token(token).isNoun()
        && MESSAGES.contains(s.token(token).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "China said it would cooperate", "'We will defend Al-Aqsa,' he added": a subject it, they
   * or we inside what someone says is the speaker; so is "he" or "she" when the speaker is
   * the same pronoun ("He noted that he was encouraged ... and urged ...").
   */
  List<Integer> speakerForPronouns(Sentence s, Firing f) {
    List<Integer> out = new ArrayList<>();
    for (int h : f.sources()) {
      Token t = s.token(h);
      String word = t.word().toLowerCase(Locale.ROOT);
      int speech = t.pos().equals("PRP")
          && (SPEAKER_PRONOUNS.contains(word) || PERSONAL_PRONOUNS.contains(word))
          ? speechVerbAbove(s, f.anchor()) : -1;
      if (speech >= 0 && PERSONAL_PRONOUNS.contains(word) && Arguments.subjects(s, speech)
          .stream().noneMatch(sp -> s.token(sp).word().equalsIgnoreCase(word))) {
        speech = -1; // "Kerry said he ...": "he" may be anyone; "he said he ..." is the speaker
      }
      if (speech >= 0 && f.speakerVerb() < 0) {
        out.addAll(Arguments.subjects(s, speech));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Who said what an event's clause holds: the subject of {@code speech}, the verb of saying
   * above it (-1 for none), else the source "according to" gives; null when neither.
   */
  String speaker(ActorResolver.Context c, int anchor, int speech) {
    Sentence s = c.sentence();
    return speakerOf(c, speech >= 0 ? Arguments.subjects(s, speech) : accordingTo(s, anchor));
  }

  /**
   * Who the heads name: a known actor's name ("Ali Akbar Velayati"), else the article's words
   * for the speaker ("regional officials").
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
}
