package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Resolves the noun phrase headed by a token to an actor: a knowledge-base person or
 * organisation (with the code of the role held on the event's date), a country, a country's
 * government, an agent qualified by a country ("the Iranian president", "Turkey's army"), a
 * description that points to a known actor ("the Secretary-General of Hezbollah"), a pronoun's
 * antecedent, or a named entity the KB does not know. Thread-safe; per-article state is passed
 * in.
 */
public final class ActorResolver {

  private static final int MAX_DEPTH = 3;
  /**
   * Relations whose dependents describe the head: checked in this order. Last, the members a
   * group is said to include place a group nothing else places: "eleven people, including
   * seven Russians".
   */
  private static final List<String> MODIFIERS = List.of("nmod:poss", "amod", "compound",
      "nmod:of", "nmod:from", "nmod:in", "appos", "nmod:including");
  private static final List<String> STAFF_MODIFIERS = List.of("nmod:poss", "amod", "compound",
      "nmod:of", "nmod:to", "nmod:from", "nmod:in", "appos");
  private static final List<String> PHRASE_STOP = List.of("acl", "advcl", "punct", "appos",
      "conj", "cc", "dep", "parataxis", "ref");
  /** Determiners and prepositions that open a phrase's words but do not name anything. */
  private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("DT", "IN", "TO");
  /** Nouns that, with "the" and nothing else, refer back to the last organisation named. */
  private static final Set<String> GROUP_NOUNS =
      Set.of("group", "movement", "organization", "organisation", "faction");
  /** Agents that belong to no one country. */
  private static final Set<String> INTERNATIONAL_AGENTS = Set.of("IGO", "NGO", "MNC", "IMG");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  /** Pronouns that, in a statement outside quotation marks, are the institution speaking. */
  private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our");
  /** Pronouns that, inside quotation marks, are the quotation's speaker. */
  private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my");
  /** Staff who speak for the person their "to" phrase names: "an aide to Erdogan". */
  private static final Set<String> STAFF = Set.of("aide", "adviser", "advisor", "spokesman",
      "spokeswoman", "spokesperson", "envoy", "assistant");
  /** How an actor was found when it cannot speak for an institution: a person or a guess. */
  private static final Set<String> NOT_A_VOICE = Set.of("pronoun", "surname", "unknown",
      "apposition", "title", "voice", "context", "agent", "place", "role", "pair", "affiliation");

  private final KnowledgeBase kb;
  private final Coalitions coalitions;
  private final Offices offices;
  private final Placement placement;

  public ActorResolver(KnowledgeBase kb, Offices offices) {
    this.kb = kb;
    this.coalitions = new Coalitions(kb);
    this.offices = offices;
    this.placement = new Placement(kb);
  }

  /** The placing of actors the text does not place by their own words. */
  public Placement placement() {
    return placement;
  }

  /** What the resolver needs to know about the sentence a head is in. */
  public record Context(Sentence sentence, List<Mention> mentions, LocalDate date,
      Antecedents antecedents) {
    /** The same sentence, with roles and offices resolved as of another date. */
    public Context on(LocalDate other) {
      return new Context(sentence, mentions, other, antecedents);
    }
  }

  /**
   * How many actors a sentence can name at most, read from its tokens and names alone (no
   * parse): each knowledge-base mention, personal pronoun, "we", group noun ("the group"),
   * definite title ("the Secretary", {@link Titles#definite}) and run of person or
   * organisation names counts once; a word that may name a pair ("the two", "they") twice. Every actor {@link #resolve} finds is named by
   * one of these, so a sentence with fewer than two can hold no event with a source and a
   * target. For deciding which sentences to parse.
   */
  public static int actorsNamed(Sentence s, List<Mention> mentions) {
    int count = mentions.size();
    for (Token t : s.tokens()) {
      int at = t.index();
      if (mentions.stream().anyMatch(m -> m.covers(at))) {
        continue;
      }
      String ner = t.ner();
      boolean nameStarts = (ner.equals("PERSON") || ner.equals("ORGANIZATION"))
          && (at == 0 || !s.token(at - 1).ner().equals(ner));
      if (nameStarts || GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
          || t.pos().startsWith("PRP")
              && PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
          || isFirstPersonPlural(t)
          || Titles.definite(s, at, mentions).isPresent()) {
        count++;
      }
      if (Participants.mayNamePair(t)) {
        count += 2;
      }
    }
    return count;
  }

  /** The actor the phrase headed by {@code head} names, if any. */
  public Optional<ActorRef> resolve(Context c, int head) {
    return resolve(c, head, 0);
  }

  /** The actors the heads resolve to, in order ({@link #resolveAll}); heads naming none left out. */
  public List<ActorRef> resolveEach(Context c, List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      out.addAll(resolveAll(c, h));
    }
    return out;
  }

  /**
   * The actors the phrase headed by {@code head} names: the two people of the last call or
   * meeting for "the two", "both leaders" or a "they" right after them ({@link Participants}),
   * else the one actor {@link #resolve} finds, if any.
   */
  public List<ActorRef> resolveAll(Context c, int head) {
    List<ActorRef> pair = Participants.pairNamed(c, head);
    return !pair.isEmpty() ? pair : resolve(c, head)
        .map(one -> Conjuncts.each(this, c, head, Participants.eachCountry(this, c, head, one)))
        .orElse(List.of());
  }


  /**
   * The institution a sentence speaks for, when it is the voice of a statement: the subject of
   * its main verb, outside quotation marks, in the present tense ("The United States condemns",
   * "The United States is deeply concerned", "The United States will continue"), naming a
   * country, a government or an organisation (not a person, nor a generic actor the text places
   * nowhere). News reports what was said in the past tense, so it rarely has such a sentence;
   * "we" ({@link #resolve}) refers to the last one only outside quotation marks.
   */
  public Optional<ActorRef> voice(Context c) {
    Sentence s = c.sentence();
    for (Dependency root : s.dependencies()) {
      if (!root.relation().equals("root") || !presentTense(s, root.dependent())) {
        continue;
      }
      for (int subject : s.children(root.dependent(), "nsubj")) {
        boolean pronoun = s.token(subject).pos().startsWith("PRP")
            && s.children(subject, "appos").isEmpty();
        if (c.antecedents().quoted(s.token(subject).begin()) || pronoun) {
          continue;
        }
        Optional<ActorRef> a = resolve(c, subject);
        if (a.isPresent() && a.get().code() != null && !NOT_A_VOICE.contains(a.get().resolvedBy())
            && kb.actor(a.get().id()).map(x -> x.kind() != KnowledgeBase.Kind.PERSON)
                .orElse(true)) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** "we", "us" or "our": outside quotation marks, the institution a statement speaks for. */
  public static boolean isFirstPersonPlural(Token t) {
    return t.pos().startsWith("PRP")
        && FIRST_PERSON_PLURAL.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** A verb, or the copula or auxiliary of a predicate, in the present tense or with "will". */
  private static boolean presentTense(Sentence s, int predicate) {
    if (Set.of("VBZ", "VBP").contains(s.token(predicate).pos())) {
      return true;
    }
    for (Dependency d : s.children(predicate)) {
      Token t = s.token(d.dependent());
      if ((d.base().equals("aux") || d.base().equals("cop"))
          && (Set.of("VBZ", "VBP").contains(t.pos())
              || t.lemma().equalsIgnoreCase("will"))) {
        return true;
      }
    }
    return false;
  }

  /** The actor of a knowledge-base mention, as of a date. */
  public ActorRef actorOf(Mention m, Sentence s, LocalDate date) {
    String text = s.span(m.first(), m.last());
    KnowledgeBase.Name name = m.name();
    return switch (name.kind()) {
      case PERSON, ORG -> {
        KnowledgeBase.Actor a = kb.actor(name.target()).orElseThrow();
        String code = a.codeOn(date);
        yield new ActorRef(a.id(), code, kb.countryOf(code), a.name(), text, true, m.how());
      }
      case COUNTRY, ADJECTIVE -> placement.country(name.target(), "", text, m.how());
      case CAPITAL, GOVERNMENT -> placement.country(name.target(), "GOV", text, m.how());
      case AGENT -> placement.agentOnly(name.target(), text);
      // "shelled Kharkiv": a place stands for its country.
      case PLACE -> {
        KnowledgeBase.Place p = kb.place(name.target()).orElseThrow();
        yield new ActorRef(p.country(), p.country(), p.country(),
            kb.country(p.country()).map(KnowledgeBase.Country::name).orElse(p.country()), text,
            true, "place");
      }
    };
  }

  private Optional<ActorRef> resolve(Context c, int head, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Sentence s = c.sentence();
    Token t = s.token(head);
    Mention m = Mention.at(c.mentions(), head);
    if (m != null && m.name().kind() != KnowledgeBase.Kind.AGENT) {
      return Optional.of(actorOf(m, s, c.date()));
    }
    if (m == null && PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))
        && t.pos().startsWith("PRP")) {
      Optional<ActorRef> subject = Participants.opensSentence(s, head)
          ? c.antecedents().subjectOf(s.index() - 1) : Optional.empty();
      return subject.or(() -> c.antecedents().lastPersonBefore(s.index(), head))
          .map(a -> a.withText(t.word(), "pronoun"));
    }
    if (m == null && GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && Repeats.isDefinite(s, head)
        && s.children(head).stream().noneMatch(d -> MODIFIERS.contains(d.relation()))) {
      return c.antecedents().lastOrganisationBefore(s.index(), head)
          .map(a -> a.withText("the " + t.word(), "coreference"));
    }
    Optional<ActorRef> repeated = m != null ? Optional.empty()
        : Repeats.of(s, head, MODIFIERS, i -> resolve(c, i, depth + 1))
        .or(() -> ObjectPronouns.of(s, head, i -> resolve(c, i, depth + 1))).or(() ->
            RegionNations.names(s, head, c.mentions()) ? storyCountry(c, phrase(s, head))
                : Optional.empty()); // "the Caribbean nation": the story's country
    if (repeated.isPresent()) {
      return repeated;
    }
    Optional<ActorRef> described = fromModifiers(c, head, depth);
    String text = phrase(s, head);
    if (described.isEmpty() && (m == null || m.name().kind() == KnowledgeBase.Kind.AGENT)) {
      Optional<ActorRef> titled = Titles.definite(s, head, c.mentions()).flatMap(title ->
          c.antecedents().lastTitledBefore(title, s.index(), head));
      if (titled.isPresent()) {
        return Optional.of(titled.get().withText(text, "title"));
      }
      // "the Leader", "the President" that no earlier name holds: the office holder of the
      // story's country on the date.
      Optional<ActorRef> storyHolder = Titles.definite(s, head, c.mentions()).isEmpty()
          ? Optional.empty() : c.antecedents().storyCountry().flatMap(iso -> officeHolder(c,
              head, placement.country(iso, "", text, "context"), text));
      if (storyHolder.isPresent()) {
        return storyHolder;
      }
    }
    if (m == null && (isFirstPersonPlural(t) || c.antecedents().quoted(t.begin())
        && FIRST_PERSON_SINGULAR.contains(t.word().toLowerCase(Locale.ROOT)))) {
      // "We, the G7 Foreign Ministers of ...": the statement says who "we" are; inside a
      // quotation, "we" and "I" are its speaker ("We urge all sides ...", the embassy's words).
      Optional<ActorRef> who = c.antecedents().quoted(t.begin())
          ? c.antecedents().speakerOfQuoteAt(t.begin()).filter(a -> a.code() != null)
          : s.children(head, "appos").stream()
          .flatMap(a -> resolve(c, a, depth + 1).stream()).filter(x -> x.code() != null)
          .findFirst().or(() -> described.isPresent() ? Optional.empty()
              : c.antecedents().voiceBefore(s.index()).map(a -> a.withText(t.word(), "voice")));
      if (who.isPresent()) {
        return Optional.of(who.get().withText(t.word(), who.get().resolvedBy()));
      }
    }
    Optional<ActorRef> holder = described.flatMap(d -> officeHolder(c, head, d, text));
    if (holder.isPresent()) {
      return holder;
    }
    if (m != null) {
      String agent = sectorModifier(c, head).orElse(m.name().target());
      if (described.isEmpty()) {
        return Optional.of(NationalOffices.countryOf(s, m)
            .map(iso -> placement.country(iso, agent, text, "office"))
            .orElseGet(() -> inStory(c, head, agent, text)));
      }
      ActorRef d = described.get();
      // Any country-level code takes the sector: "Iranian clerics", and an imported
      // dictionary's own countries ("Arnor security officials") alike.
      if (d.code() != null && d.code().length() == 3 && kb.agent(d.code()).isEmpty()) {
        ActorRef withAgent = placement.country(d.code(), agent, text, "country+agent");
        return Optional.of(withAgent);
      }
      return Optional.of(describedBy(d, text));
    }
    if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
      int first = head;
      int last = head;
      while (first > 0 && s.token(first - 1).ner().equals(t.ner())) {
        first--;
      }
      while (last + 1 < s.tokens().size() && s.token(last + 1).ner().equals(t.ner())) {
        last++;
      }
      String name = s.span(first, last);
      if (first == last && t.ner().equals("PERSON")) {
        Optional<ActorRef> earlier = c.antecedents().personBySurname(t.word(), s.index(), head);
        if (earlier.isPresent()) {
          return Optional.of(earlier.get().withText(t.word(), "surname"));
        }
      }
      // "Secretary Kerry": a title with no country still picks the one office holder.
      if (first == last && t.ner().equals("PERSON") && (described.isPresent()
          || !Titles.of(s, first, last, c.mentions()).isEmpty())) {
        Optional<ActorRef> titled = titledSurname(c, t, described.orElse(null),
            Titles.of(s, first, last, c.mentions()));
        if (titled.isPresent()) {
          return titled;
        }
      }
      Optional<ActorRef> group = described.isPresent() || !t.ner().equals("PERSON")
          ? Optional.empty() : c.antecedents().affiliation(s.token(last).word());
      if (group.isPresent()) {
        return Optional.of(new ActorRef("unknown/" + slug(name), group.get().code(),
            group.get().country(), name, name, false, "affiliation"));
      }
      String code = described.map(ActorRef::code).orElse(null);
      return Optional.of(new ActorRef("unknown/" + slug(name), code, kb.countryOf(code), name,
          name, false, described.isPresent() ? "apposition" : "unknown"));
    }
    return described.map(d -> describedBy(d, text));
  }

  /**
   * A titled surname ("Secretary Kerry", "Prime Minister Cameron"): the one person of the
   * knowledge base with that surname who holds an office on the date, in the country the title
   * names when the text names one ({@code title} null when it names none). Empty when no one
   * or several do.
   */
  private Optional<ActorRef> titledSurname(Context c, Token surname, ActorRef title,
      List<String> titles) {
    List<Names.Piece> pieces = Names.pieces(List.of(surname.word()));
    if (pieces.size() != 1 || c.date() == null) {
      return Optional.empty();
    }
    String country = title == null || title.resolvedBy().equals("context") ? null
        : title.country();
    List<KnowledgeBase.Actor> holders = kb.onePerPerson(kb.personsWithSurname(
        pieces.get(0).norm()).stream().flatMap(id -> kb.actor(id).stream())
        .filter(a -> a.roles().stream().anyMatch(r -> r.covers(c.date())))
        .filter(a -> country == null || country.equals(kb.countryOf(a.codeOn(c.date()))))
        .toList());
    if (holders.size() > 1) { // "KRG President Barzani": the one whose office the title names
      holders = holders.stream().filter(a -> a.roles().stream().anyMatch(r -> r.covers(c.date())
          && titles.stream().anyMatch(w -> w.endsWith(r.role().split(" of ")[0])))).toList();
    }
    if (holders.size() != 1) {
      return Optional.empty();
    }
    KnowledgeBase.Actor a = holders.get(0);
    String code = a.codeOn(c.date());
    return Optional.of(new ActorRef(a.id(), code, kb.countryOf(code), a.name(), surname.word(),
        true, "surname"));
  }

  /**
   * The person who held the office a title names, in the country or organisation its
   * modifiers name, on the date: "Turkey's president", "the UN chief", "the Saudi crown
   * prince", "Secretary-General of Hezbollah".
   */
  private Optional<ActorRef> officeHolder(Context c, int head, ActorRef scopeActor,
      String text) {
    Sentence s = c.sentence();
    String scope = kb.actor(scopeActor.id()).isPresent() ? scopeActor.id()
        : scopeActor.country();
    if (scope == null || otherSector(c, head)) {
      return Optional.empty();
    }
    for (int first = Math.max(0, head - 2 * offices.longestTitle()); first <= head; first++) {
      StringBuilder words = new StringBuilder();
      for (int i = first; i <= head; i++) {
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        words.append(w.equals("-") || words.length() == 0
            || words.charAt(words.length() - 1) == '-' ? "" : " ").append(w);
      }
      String title = words.toString();
      if (offices.isTitle(title)) {
        return offices.holder(title, scope, c.date()).map(a -> {
          String code = a.codeOn(c.date());
          return new ActorRef(a.id(), code, kb.countryOf(code), a.name(), text, true, "role");
        });
      }
    }
    return Optional.empty();
  }

  /**
   * True when a modifier names a sector other than the government: "a Belarusian opposition
   * leader" or "the rebel commander" holds no office of the state.
   */
  private static boolean otherSector(Context c, int head) {
    Mention own = Mention.at(c.mentions(), head);
    return sectorModifier(c, head).isPresent() || own != null
        && own.name().kind() == KnowledgeBase.Kind.AGENT && !own.name().target().equals("GOV");
  }

  /**
   * The sector a compound or adjective gives a title, when it is not the government's: OPP
   * for "opposition leader", REB for "rebel commander", COP for "police chief".
   */
  private static Optional<String> sectorModifier(Context c, int head) {
    for (Dependency d : c.sentence().children(head)) {
      if (d.base().equals("compound") || d.base().equals("amod")) {
        Mention m = Mention.at(c.mentions(), d.dependent());
        if (m != null && m.name().kind() == KnowledgeBase.Kind.AGENT
            && !m.name().target().equals("GOV") && !m.covers(head)) {
          return Optional.of(m.name().target());
        }
      }
    }
    return Optional.empty();
  }

  /** An actor described by what its modifiers name: "the leader of Hezbollah". */
  private static ActorRef describedBy(ActorRef d, String text) {
    String id = d.code() != null ? d.code() : d.id();
    // "the party's leader" where only the story places the party: placed by context too.
    String how = d.resolvedBy().equals("context") ? "context" : "description";
    return new ActorRef(id, d.code(), d.country(), text, text, d.known(), how);
  }

  /**
   * The first modifier, in the order of {@link #MODIFIERS}, that names an actor with a code;
   * one the text places wins over one only the story places ("Prime Minister Cameron of the
   * United Kingdom": the title alone would be the story's government).
   */
  private Optional<ActorRef> fromModifiers(Context c, int head, int depth) {
    Sentence s = c.sentence();
    Mention own = Mention.at(c.mentions(), head);
    Optional<ActorRef> placedByStory = Optional.empty();
    boolean staff = STAFF.contains(s.token(head).lemma().toLowerCase(Locale.ROOT));
    for (String relation : staff ? STAFF_MODIFIERS : MODIFIERS) {
      for (Dependency d : s.children(head)) {
        // "his Ukrainian counterpart" is Ukrainian: a possessive pronoun relates, not describes;
        // and the words of the head's own name ("Secretary" of "Secretary-General") are not
        // modifiers of it.
        if (d.relation().equals(relation) && !s.token(d.dependent()).pos().equals("PRP$")
            && (own == null || !own.covers(d.dependent()))) {
          Optional<ActorRef> r = resolve(c, d.relation().equals("amod")
              ? Holders.of(s, d.dependent()) : d.dependent(), depth + 1);
          if (r.isPresent() && r.get().code() != null) {
            if (!r.get().resolvedBy().equals("context")) {
              return r;
            }
            placedByStory = placedByStory.or(() -> r);
          }
        }
      }
    }
    return placedByStory;
  }

  /**
   * A generic actor its words place nowhere ("police arrested dozens"): in the country of the
   * story, when the article has one, resolved "context"; an actor international by nature
   * (IGO, NGO, MNC, IMG) stays without a country; "coalition forces" are of the coalition's
   * leader ({@link Coalitions}) when the article tells it.
   */
  private ActorRef inStory(Context c, int head, String agent, String text) {
    Optional<String> story = Members.countryOf(kb, c.sentence(), c.mentions(), head)
        .or(() -> coalitions.of(c.sentence(), c.mentions(), head,
        c.antecedents().coalitionLeader())).or(c.antecedents()::storyCountry);
    if (story.isPresent() && !INTERNATIONAL_AGENTS.contains(agent)) {
      return placement.country(story.get(), agent, text, "context");
    }
    return placement.agentOnly(agent, text);
  }

  /**
   * The story's country as the actor a thing belongs to when the text names no one else
   * ("condemns the attempt to seize power" in a story on Burkina Faso), resolved "context".
   */
  public Optional<ActorRef> storyCountry(Context c, String text) {
    return c.antecedents().storyCountry().map(iso -> placement.country(iso, "", text,
        "context"));
  }

  /** The words of the noun phrase headed by {@code head}, without clauses and appositions. */
  static String phrase(Sentence s, int head) {
    List<Integer> tokens = s.subtree(head, PHRASE_STOP);
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    while (first < head && LEADING_FUNCTION_WORDS.contains(s.token(first).pos())) {
      first++;
    }
    return s.span(first, last);
  }

  private static String slug(String name) {
    return Names.norm(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
