package org.dyad.events;

import java.util.List;

/**
 * One pattern tried on one word, for people who maintain dictionaries ({@code dyad explain}).
 *
 * @param rule the pattern's readable id ({@code 041 noun "phone call"})
 * @param ruleSource where the pattern is written ({@code patterns.tsv:812})
 * @param outcome "fired: N event(s)", "fired, no event: why", "not fired: why" or "not coded:
 *     why"
 * @param sources how each source head resolved ("Velyati -> IRNGOV ali-akbar-velayati
 *     (fuzzy)"), for a pattern that fired
 */
public record Trace(int token, String rule, String ruleSource, String outcome,
    List<String> sources, List<String> targets) {

  public Trace {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
