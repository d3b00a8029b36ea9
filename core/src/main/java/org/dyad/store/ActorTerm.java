package org.dyad.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.KnowledgeBase;
import org.dyad.actors.Names;

/**
 * An actor as a user names it in a search ({@code dyad events --actor}, the API's {@code actor},
 * {@code source}, {@code target} and {@code /actors?q=}): the words as typed, matched as a code
 * or its prefix ("IRN", "IRNGOV"), an actor id or words of a name; and what the knowledge base
 * knows the words as: the countries that a country's name, adjective, capital or government
 * stands for ("Iran", "Iranian", "Tehran": IRN) and the people and organisations of that name
 * ("Rouhani", "Hezbollah"). So "Iran" finds what "IRN" finds, and a person's events are found
 * by any of their names.
 *
 * @param text the words as typed, stripped
 * @param countries ISO codes the words name
 * @param ids actor ids the words name
 */
public record ActorTerm(String text, Set<String> countries, Set<String> ids) {

  public ActorTerm {
    countries = Set.copyOf(countries);
    ids = Set.copyOf(ids);
  }

  /** The words alone, matched as a code, an id or words of a name; null for none. */
  public static ActorTerm of(String text) {
    return text == null || text.isBlank() ? null : new ActorTerm(text.strip(), Set.of(),
        Set.of());
  }

  /** The words and what {@code kb} knows them as; null for none. */
  public static ActorTerm known(String text, KnowledgeBase kb) {
    ActorTerm plain = of(text);
    if (plain == null || kb == null) {
      return plain;
    }
    List<Names.Piece> pieces = Names.pieces(plain.text());
    if (pieces.isEmpty()) {
      return plain;
    }
    Set<String> countries = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (KnowledgeBase.Name n : kb.lookup(Names.key(pieces))) {
      switch (n.kind()) {
        case COUNTRY, ADJECTIVE, CAPITAL, GOVERNMENT -> {
          String iso = kb.countryOf(n.target());
          if (iso != null) {
            countries.add(iso);
          }
        }
        case PERSON, ORG -> ids.add(n.target());
        case AGENT, PLACE -> { } // "police", "Gaza": not one actor
      }
    }
    return new ActorTerm(plain.text(), countries, ids);
  }

  /**
   * The SQL condition on one side of an event ({@code e.source_*} or {@code e.target_*}); its
   * values go to {@code params}.
   */
  String condition(String side, List<Object> params) {
    String s = "e." + side;
    StringBuilder sql = new StringBuilder("(upper(" + s + "_code) LIKE ? ESCAPE '\\' OR " + s
        + "_id = ? OR lower(" + s + "_name) LIKE ? ESCAPE '\\'");
    params.add(literal(text.toUpperCase(Locale.ROOT)) + "%");
    params.add(text);
    params.add("%" + literal(text.toLowerCase(Locale.ROOT)) + "%");
    for (String iso : countries) {
      sql.append(" OR ").append(s).append("_country = ? OR upper(").append(s)
          .append("_code) LIKE ?");
      params.add(iso);
      params.add(iso + "%");
    }
    for (String id : ids) {
      sql.append(" OR ").append(s).append("_id = ?");
      params.add(id);
    }
    return sql.append(')').toString();
  }

  /** {@code value} for a LIKE pattern with {@code ESCAPE '\'}: '%' and '_' match themselves. */
  static String literal(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
