package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One person, organisation or agent to add to the knowledge base from a dictionary outside
 * Dyad's own data files (an importer's output, {@link KnowledgeBase#standardWith}), with the file
 * and line it was read from, so that the knowledge base can name them in an error.
 *
 * <p>Design decision: the knowledge base takes these neutral entries, never an importer's own
 * types, so that {@code actors} knows no foreign format; an importer maps its format onto them.
 *
 * @param kind {@link KnowledgeBase.Kind#PERSON}, {@link KnowledgeBase.Kind#ORG} or
 *     {@link KnowledgeBase.Kind#AGENT}
 * @param id the actor's id, unique within one import; for an agent, its code
 * @param name the name it is shown by, which also denotes it
 * @param code the default CAMEO actor code ({@code IRNGOV}), or the agent code ({@code GOV})
 * @param aliases further names that denote it (for an agent, its cue words), without
 *     {@code name}
 * @param roles the codes a person or organisation takes for a while; none for an agent
 * @param file the dictionary file the entry was read from
 * @param line the line of {@code file} the entry starts on
 */
public record DictionaryEntry(KnowledgeBase.Kind kind, String id, String name, String code,
    List<String> aliases, List<DatedRole> roles, String file, int line) {

  /**
   * A code held from {@code from} until {@code to} (exclusive; null while held), as in
   * {@link KnowledgeBase.Role}, with the line of {@code file} that gave it.
   */
  public record DatedRole(String code, String role, LocalDate from, LocalDate to, int line) {
    public DatedRole {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(from, "from");
    }
  }

  public DictionaryEntry {
    if (kind != KnowledgeBase.Kind.PERSON && kind != KnowledgeBase.Kind.ORG
        && kind != KnowledgeBase.Kind.AGENT) {
      throw new IllegalArgumentException("an entry is a person, an org or an agent, not " + kind);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    if (kind == KnowledgeBase.Kind.AGENT && !roles.isEmpty()) {
      throw new IllegalArgumentException(file + " line " + line + ": an agent has no roles");
    }
  }

  /** Every name that denotes it: {@code name}, then the aliases. */
  public List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }
}
