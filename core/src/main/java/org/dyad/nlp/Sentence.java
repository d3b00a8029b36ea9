package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One annotated sentence: tokens, its dependency graph and temporal expressions. Immutable;
 * the graph lookups are precomputed.
 *
 * @param index 0-based sentence number in the article
 * @param begin offset of the sentence in the article text
 * @param end offset after the sentence in the article text
 * @param text the sentence as written
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
    List<Dependency> dependencies, List<Timex> timexes) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timexes = List.copyOf(timexes);
  }

  /**
   * Whether the sentence has its dependency graph: every sentence of a full annotation has, a
   * sentence the planner left out of the parse has none ({@link Annotator#annotate(String,
   * java.time.LocalDate, Annotator.Planner)}).
   */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Edges from {@code governor} to its dependents, in token order. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** Edges into {@code dependent}; the enhanced graph can give a token several governors. */
  public List<Dependency> parents(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dependents of {@code governor} by exact relation name ({@code obl:with}). */
  public List<Integer> children(int governor, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor && d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * Every token reachable from {@code head} through dependents (the head included), not
   * crossing into clauses of the kinds given. Cycles of the enhanced graph are handled.
   */
  public List<Integer> subtree(int head, List<String> stopAt) {
    boolean[] seen = new boolean[tokens.size()];
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(head));
    seen[head] = true;
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      out.add(t);
      for (Dependency d : children(t)) {
        if (!seen[d.dependent()] && !stopAt.contains(d.base())) {
          seen[d.dependent()] = true;
          todo.add(d.dependent());
        }
      }
    }
    Collections.sort(out);
    return out;
  }

  /**
   * The edge to a token's governor in the tree, skipping the edges the enhanced graph adds
   * (relative-pronoun references, propagated subjects); null at the root.
   */
  public Dependency treeParent(int token) {
    for (Dependency d : parents(token)) {
      if (!d.relation().equals("ref") && !d.relation().endsWith(":xsubj") && d.governor() >= 0) {
        return d;
      }
    }
    return null;
  }

  /** Dependents of {@code head} joined by a preposition: {@code obl:with}, {@code nmod:with}. */
  public List<Integer> prepositional(int head, String preposition) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children(head)) {
      if ((d.base().equals("obl") || d.base().equals("nmod"))
          && d.subtype().equals(preposition)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The text between two tokens, inclusive, as written in the article. */
  public String span(int first, int last) {
    return text.substring(tokens.get(first).begin() - begin, tokens.get(last).end() - begin);
  }
}
