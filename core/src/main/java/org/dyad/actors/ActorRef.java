package org.dyad.actors;

import java.util.Objects;

/**
 * A resolved actor as it appears in an event: who it is and how Dyad decided.
 *
 * @param id stable identity: a knowledge-base id ("ali-akbar-velayati"), a code for actors
 *     made of a country and an agent ("IRNGOV"), or "unknown/..." for names not in the KB
 * @param code the CAMEO actor code ("IRNGOV", "PSEREB"), or null when nothing gave one
 * @param country the ISO 3166 alpha-3 country, or null (international organisations)
 * @param name canonical name
 * @param text the words of the article that named it
 * @param known whether the knowledge base knows it
 * @param resolvedBy which step matched: exact, normalized, fuzzy, country, agent,
 *     description, apposition, pronoun, surname, coreference, title ("the Secretary"),
 *     voice ("we" in a statement), pair ("the two": one of the two people of the last call
 *     or meeting), context, office (a bare office of one country: "the State Department"),
 *     role, unknown, implied (a government no words name: the side a
 *     protest or demand with no target is aimed at)
 */
public record ActorRef(String id, String code, String country, String name, String text,
    boolean known, String resolvedBy) {

  public ActorRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(resolvedBy, "resolvedBy");
  }

  public ActorRef withText(String newText, String how) {
    return new ActorRef(id, code, country, name, newText, known, how);
  }
}
