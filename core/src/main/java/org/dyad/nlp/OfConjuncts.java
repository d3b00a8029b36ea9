package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Repairs two "of" phrases joined by "and" with the same head ("the Government of the United
 * States and the Government of the Marshall Islands signed ..."). CoreNLP often reads the
 * second phrase as a conjunct inside the first one's "of" ("the Government of [the United
 * States and the Government of ...]"), which leaves the second party with no relation to the
 * verb: no subject, no object. The shape is recognised from the tree alone: a noun N1 whose
 * "of" phrase A is joined by "and" to a later noun N2 with the same lemma, its own determiner
 * and its own "of" phrase. N2 becomes N1's conjunct and gets each relation N1 has (the
 * enhanced++ graph gives every conjunct its head's relations); the "of" that joined it to N1 is
 * dropped.
 */
final class OfConjuncts {

  private OfConjuncts() {}

  /** The dependencies with such a misread conjunct moved up; the same list if none. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency conj : deps) {
      if (!conj.relation().equals("conj:and") || conj.dependent() <= conj.governor()) {
        continue;
      }
      int a = conj.governor();
      int n2 = conj.dependent();
      int n1 = ofHead(deps, a);
      if (n1 < 0 || !sameHead(tokens, n1, n2) || !has(deps, n2, "det")
          || !has(deps, n2, "nmod:of")) {
        continue;
      }
      List<Dependency> next = new ArrayList<>(out == null ? deps : out);
      next.remove(conj);
      next.remove(new Dependency("nmod:of", n1, n2));
      next.add(new Dependency("conj:and", n1, n2));
      for (Dependency d : out == null ? deps : out) {
        if (d.dependent() == n1 && d.governor() >= 0 && d.governor() != n2
            && !d.base().equals("conj")) {
          Dependency copy = new Dependency(d.relation(), d.governor(), n2);
          if (!next.contains(copy)) {
            next.add(copy);
          }
        }
      }
      out = next;
    }
    return out == null ? deps : out;
  }

  /** The common noun whose "of" phrase {@code a} is, before it; -1 when none. */
  private static int ofHead(List<Dependency> deps, int a) {
    for (Dependency d : deps) {
      if (d.relation().equals("nmod:of") && d.dependent() == a && d.governor() >= 0
          && d.governor() < a) {
        return d.governor();
      }
    }
    return -1;
  }

  private static boolean sameHead(List<Token> tokens, int n1, int n2) {
    Token one = tokens.get(n1);
    Token two = tokens.get(n2);
    return one.pos().startsWith("NN") && !one.pos().startsWith("NNP")
        && two.pos().startsWith("NN") && !two.pos().startsWith("NNP")
        && one.lemma().toLowerCase(Locale.ROOT).equals(two.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean has(List<Dependency> deps, int head, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == head && d.relation().equals(relation));
  }
}
