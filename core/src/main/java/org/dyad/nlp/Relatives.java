package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs a relative clause with no relative word ("we appreciate the support we are getting
 * from the police"). CoreNLP often hangs such a clause on the main verb as a {@code parataxis}
 * or {@code dep} (or as a {@code dep} of the noun itself), so nothing the clause says (where the thing came from) is the thing's. The
 * shape is recognised from the tree alone: a clause hung so on a verb, whose subject is a
 * personal pronoun standing right after the verb's object noun, and whose verb has no object of
 * its own (the object is the gap the noun fills). The clause becomes the noun's
 * {@code acl:relcl}.
 */
final class Relatives {

  private static final Set<String> LOOSE = Set.of("parataxis", "dep");
  private static final Set<String> OWN_OBJECTS = Set.of("obj", "ccomp", "xcomp", "iobj");

  private Relatives() {}

  /** The dependencies with such a clause moved onto the noun; the same list if none. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency loose : deps) {
      if (!LOOSE.contains(loose.relation()) || loose.governor() < 0) {
        continue;
      }
      int verb = loose.dependent();
      int noun = objectBefore(tokens, deps, loose.governor(), verb);
      if (noun < 0 || !tokens.get(verb).isVerb() || hasAny(deps, verb, OWN_OBJECTS)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.set(out.indexOf(loose), new Dependency("acl:relcl", noun, verb));
    }
    return out == null ? deps : out;
  }

  /**
   * The noun, {@code head} itself or its object, whose next token is the pronoun subject of
   * {@code verb}; -1 when none.
   */
  private static int objectBefore(List<Token> tokens, List<Dependency> deps, int head,
      int verb) {
    List<Integer> nouns = new ArrayList<>(List.of(head));
    for (Dependency d : deps) {
      if (d.governor() == head && d.relation().equals("obj")) {
        nouns.add(d.dependent());
      }
    }
    for (int noun : nouns) {
      if (noun >= verb) {
        continue;
      }
      int next = noun + 1;
      if (tokens.get(noun).pos().startsWith("NN") && next < verb
          && tokens.get(next).pos().equals("PRP")
          && deps.contains(new Dependency("nsubj", verb, next))) {
        return noun;
      }
    }
    return -1;
  }

  private static boolean hasAny(List<Dependency> deps, int head, Set<String> relations) {
    return deps.stream().anyMatch(d -> d.governor() == head && relations.contains(d.base()));
  }
}
