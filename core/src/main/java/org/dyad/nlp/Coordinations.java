package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs a past verb that CoreNLP coordinates with the present verb of a subordinate clause
 * instead of with the main verb: in "The Secretary underscored the importance of support for
 * Ukraine as it defends its sovereignty and emphasized the need for ...", it makes "emphasized"
 * a second verb of "as it defends", so "it" (Ukraine) emphasizes. The tense tells: a past verb
 * after "and" cannot continue a present clause; it continues the past main clause.
 *
 * <p>The shape, from the tree alone: a past verb ({@code VBD}, or a {@code VBN} with no
 * auxiliary, as the tagger sometimes reads it) conjoined to a present one
 * ({@code VBZ}, {@code VBP}) that is an adverbial clause ({@code advcl}) of a past verb before
 * it, and sharing that clause's subject. The past verb becomes the main verb's conjunct, with
 * the main verb's subject. A clause of saying ({@code ccomp}) is left alone: reported speech
 * mixes tenses freely ("said the army holds the town and shelled the rebels").
 */
final class Coordinations {

  private Coordinations() {}

  /** The dependencies with misattached past conjuncts repaired; the same list if none. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency conj : deps) {
      int present = conj.governor();
      int past = conj.dependent();
      if (!conj.base().equals("conj") || present < 0 || past < present
          || !isPast(tokens, out, past) || !isPresent(tokens.get(present))) {
        continue;
      }
      int main = adverbialHead(out, present, tokens);
      List<Integer> mainSubjects = subjects(out, main);
      List<Integer> shared = subjects(out, present);
      if (main < 0 || mainSubjects.isEmpty() || shared.isEmpty()
          || !subjects(out, past).equals(shared)) {
        continue;
      }
      List<Dependency> next = new ArrayList<>(out.size());
      for (Dependency d : out) {
        if (d.equals(conj)) {
          next.add(new Dependency(d.relation(), main, past));
        } else if (d.governor() == main && d.dependent() == past && d.base().equals("advcl")) {
          continue; // the enhanced graph's copy of "as" onto the conjunct
        } else if (d.governor() == past && d.base().equals("nsubj")) {
          continue;
        } else {
          next.add(d);
        }
      }
      for (int s : mainSubjects) {
        next.add(new Dependency("nsubj", past, s));
      }
      out = next;
    }
    return out;
  }

  /** A past tense, or a participle with no auxiliary (a past tense the tagger misread). */
  private static boolean isPast(List<Token> tokens, List<Dependency> deps, int v) {
    String pos = tokens.get(v).pos();
    return pos.equals("VBD") || pos.equals("VBN")
        && deps.stream().noneMatch(d -> d.governor() == v && d.base().equals("aux"));
  }

  private static boolean isPresent(Token t) {
    return t.pos().equals("VBZ") || t.pos().equals("VBP");
  }

  /** The past verb before {@code clause} that has it as an adverbial clause, or -1. */
  private static int adverbialHead(List<Dependency> deps, int clause, List<Token> tokens) {
    for (Dependency d : deps) {
      if (d.dependent() == clause && d.base().equals("advcl") && d.governor() >= 0
          && d.governor() < clause && tokens.get(d.governor()).pos().equals("VBD")) {
        return d.governor();
      }
    }
    return -1;
  }

  private static List<Integer> subjects(List<Dependency> deps, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : deps) {
      if (verb >= 0 && d.governor() == verb && d.relation().equals("nsubj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }
}
