package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * What an article's names leave for later, sentence by sentence: the people and organisations
 * the knowledge base lacks ({@code dyad actors --unknown}), and every person, organisation,
 * title and speaking institution a later pronoun, surname, title or "we" may refer back to
 * ({@link Antecedents}). Thread-safe: per-article state lives in the context's antecedents.
 */
public final class ArticleNames {

  private final ActorResolver resolver;
  private final Participants participants;

  public ArticleNames(ActorResolver resolver) {
    this.resolver = resolver;
    this.participants = new Participants(resolver);
  }

  /**
   * A name of two words or more may write the family name first ("Kang Kyung-wha", "Wang
   * Yi"): its first word, too, refers back to it as a surname ("Foreign Minister Kang").
   * Ambiguity stays safe: a surname two people share refers to neither.
   */
  private static void familyNameFirst(ActorResolver.Context c, int first, int last,
      ActorRef person) {
    Sentence s = c.sentence();
    if (last > first && s.token(first).ner().equals("PERSON")) {
      c.antecedents().person(s.index(), last, person, s.token(first).word());
    }
  }

  /** Tagged person and organisation names that no knowledge-base name covers. */
  public List<UnknownName> unknown(ActorResolver.Context c) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    List<UnknownName> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      if (!type.equals("PERSON") && !type.equals("ORGANIZATION")) {
        i++;
        continue;
      }
      int first = i;
      while (i + 1 < tokens.size() && tokens.get(i + 1).ner().equals(type)) {
        i++;
      }
      final int last = i;
      boolean covered = c.mentions().stream().anyMatch(m -> m.first() <= last
          && first <= m.last() && (m.name().kind() == KnowledgeBase.Kind.PERSON
              || m.name().kind() == KnowledgeBase.Kind.ORG));
      if (!covered) {
        Optional<ActorRef> actor = resolver.resolve(c, last);
        if (actor.isEmpty() || !actor.get().known()) {
          // A bare surname counts for the full name it refers back to.
          String name = actor.filter(a -> a.resolvedBy().equals("surname"))
              .map(ActorRef::name).orElse(s.span(first, last));
          out.add(new UnknownName(name, type, actor.map(ActorRef::code).orElse(null),
              s.text()));
        }
      }
      i++;
    }
    return out;
  }

  /**
   * Every person and organisation the sentence names, known or not, becomes a candidate for
   * later references (pronouns, surnames, "the group"), with the title it is named with ("the
   * Secretary"); an institution speaking in a statement's voice is who a later "we" is; the
   * subject and the pair of people of its main verb are who a later "He" or "the two" are.
   */
  public void remember(ActorResolver.Context c) {
    Sentence s = c.sentence();
    for (Mention m : c.mentions()) {
      KnowledgeBase.Kind kind = m.name().kind();
      if (kind == KnowledgeBase.Kind.PERSON) {
        ActorRef person = resolver.actorOf(m, s, c.date());
        c.antecedents().person(s.index(), m.last(), person, s.token(m.last()).word());
        familyNameFirst(c, m.first(), m.last(), person);
        Titles.of(s, m.first(), m.last(), c.mentions())
            .forEach(t -> c.antecedents().titled(s.index(), m.last(), person, t));
      } else if (kind == KnowledgeBase.Kind.ORG) {
        c.antecedents().organisation(s.index(), m.last(), resolver.actorOf(m, s, c.date()));
      }
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      final int at = i;
      boolean endOfPersonRun = tokens.get(i).ner().equals("PERSON")
          && (i + 1 == tokens.size() || !tokens.get(i + 1).ner().equals("PERSON"));
      if (endOfPersonRun && c.mentions().stream().noneMatch(m -> m.covers(at))) {
        int first = at;
        while (first > 0 && tokens.get(first - 1).ner().equals("PERSON")) {
          first--;
        }
        List<String> titles = Titles.of(s, first, at, c.mentions());
        final int from = first;
        resolver.resolve(c, i).ifPresent(a -> {
          c.antecedents().person(s.index(), at, a, tokens.get(at).word());
          familyNameFirst(c, from, at, a);
          titles.forEach(t -> c.antecedents().titled(s.index(), at, a, t));
        });
      }
    }
    if (s.parsed()) {
      resolver.voice(c).ifPresent(a -> c.antecedents().voice(s.index(), a));
    }
    participants.remember(c);
  }
}
