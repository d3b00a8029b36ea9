package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the accusation that CoreNLP reads as a modifier of its object. In "Ukraine's military
 * accused Russian-backed separatists of fresh violations ..." it tags "military" an adjective and
 * "accused" a participle modifying "separatists", so accuser, accused and charge all hang on one
 * noun; in "... denies doing anything wrong - accusing Russia of engaging in aggression" it
 * hangs "accusing" on "Russia" the same way. Either leaves the verb with no object and no charge.
 *
 * <p>The shape, from the tree alone: a form of an accusation verb ({@link #CHARGE}: "accuse ...
 * of", "blame ... for") that modifies ({@code amod}) a noun after it, the noun carrying the
 * verb's own preposition phrase after itself. The noun becomes the verb's object and the phrase
 * the verb's. A past form ("accused") right after a word of the noun's phrase that no
 * determiner opens takes that word as its subject (and the words before it, "Ukraine's", as
 * that word's); a participle ("accusing") is hung on the sentence's main verb before it, whose
 * subject it shares. Design decision: a repair of the tree, not a pattern, since every coding
 * stage (subjects, targets, the charge's complement) reads the same corrected tree.
 */
final class Accusations {

  /** Accusation verbs and the preposition that carries the charge. */
  private static final Map<String, String> CHARGE = Map.of("accuse", "of", "blame", "for");
  /** Tags a subject word, misread as the object's modifier, may carry. */
  private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ");

  private Accusations() {}

  /** A sentence's tokens and dependencies. */
  record Parse(List<Token> tokens, List<Dependency> deps) {}

  /** The tokens and dependencies with misread accusations repaired; the same lists if none. */
  static Parse repair(List<Token> tokens, List<Dependency> deps) {
    List<Token> toks = tokens;
    List<Dependency> out = deps;
    for (int v = 0; v < tokens.size(); v++) {
      Token verb = tokens.get(v);
      String prep = CHARGE.get(verb.lemma().toLowerCase(Locale.ROOT));
      if (prep == null || !verb.isVerb()) {
        continue;
      }
      int noun = modified(out, v, toks);
      int charge = noun < 0 ? -1 : phrase(out, noun, prep);
      if (charge < 0) {
        continue;
      }
      List<Dependency> next = new ArrayList<>(out.size() + 2);
      int subject = verb.isPast() ? subject(toks, out, v, noun) : -1;
      int root = root(out);
      if (subject < 0 && !(verb.pos().equals("VBG") && root >= 0 && root < v)) {
        continue;
      }
      for (Dependency d : out) {
        if (d.governor() == noun && d.dependent() == v) {
          continue; // amod(noun, verb)
        } else if (d.governor() == noun && d.dependent() == charge) {
          next.add(new Dependency((d.base().equals("acl") ? "advcl:" : "obl:") + prep, v,
              charge));
        } else if (subject >= 0 && d.governor() == noun && d.dependent() == subject) {
          continue;
        } else if (subject >= 0 && d.governor() == noun && d.dependent() < subject) {
          next.add(new Dependency(d.relation(), subject, d.dependent())); // "Ukraine's"
        } else {
          next.add(d);
        }
      }
      next.add(new Dependency("obj", v, noun));
      if (subject >= 0) {
        next.add(new Dependency("nsubj", v, subject));
        if (!toks.get(subject).isNoun()) {
          toks = retag(toks, subject, "NN");
        }
      } else {
        next.add(new Dependency("advcl", root, v));
      }
      out = next;
    }
    return new Parse(toks, out);
  }

  /** The noun after {@code v} that {@code v} modifies, or -1. */
  private static int modified(List<Dependency> deps, int v, List<Token> tokens) {
    for (Dependency d : deps) {
      if (d.dependent() == v && d.relation().equals("amod") && d.governor() > v
          && tokens.get(d.governor()).isNoun()) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The head of a {@code prep} phrase or clause on {@code noun} after it, or -1. */
  private static int phrase(List<Dependency> deps, int noun, String prep) {
    for (Dependency d : deps) {
      if (d.governor() == noun && d.subtype().equals(prep) && d.dependent() > noun
          && (d.base().equals("nmod") || d.base().equals("acl"))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The word right before {@code v} when it is part of the noun's phrase and can head a subject. */
  private static int subject(List<Token> tokens, List<Dependency> deps, int v, int noun) {
    int w = v - 1;
    if (w < 0 || !SUBJECT_TAGS.contains(tokens.get(w).pos())) {
      return -1;
    }
    for (Dependency d : deps) {
      if (d.governor() == noun && d.dependent() == w) {
        return w;
      }
    }
    return -1;
  }

  private static int root(List<Dependency> deps) {
    for (Dependency d : deps) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static List<Token> retag(List<Token> tokens, int i, String pos) {
    List<Token> out = new ArrayList<>(tokens);
    Token t = tokens.get(i);
    out.set(i, new Token(t.index(), t.word(), t.lemma(), pos, t.ner(), t.begin(), t.end()));
    return out;
  }
}
