package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.Tsv;

/**
 * Who held an office on a date: "Turkey's president" in 2021, "the UN chief" in 2015. Built
 * once from the knowledge base's dated roles and the title words of {@code role-words.tsv};
 * immutable and thread-safe.
 */
public final class Offices {

  /** One holder of one role: the role's name, and the country or organisation it is in. */
  private record Holding(KnowledgeBase.Actor actor, KnowledgeBase.Role role, String scope) {}

  private final Map<String, List<String>> titles;
  private final Map<String, List<Holding>> byRole;
  private final int longestTitle;

  private Offices(Map<String, List<String>> titles, Map<String, List<Holding>> byRole) {
    this.titles = Map.copyOf(titles);
    this.byRole = Map.copyOf(byRole);
    this.longestTitle = titles.keySet().stream().mapToInt(t -> t.split(" ").length).max()
        .orElse(1);
  }

  /** The offices of Dyad's knowledge base, with the shipped title words. */
  public static Offices standard(KnowledgeBase kb) {
    return of(kb, Tsv.resource(Offices.class, "role-words.tsv", 2));
  }

  /** The offices of a knowledge base, with title words from rows of role-words.tsv. */
  public static Offices of(KnowledgeBase kb, List<Tsv.Row> titleRows) {
    Map<String, List<String>> titles = new HashMap<>();
    for (Tsv.Row r : titleRows) {
      if (r.list(1).isEmpty()) {
        throw r.error("a title needs at least one role");
      }
      titles.put(r.get(0).toLowerCase(Locale.ROOT), r.list(1));
    }
    Map<String, List<Holding>> byRole = new HashMap<>();
    for (KnowledgeBase.Actor a : kb.actors()) {
      for (KnowledgeBase.Role role : a.roles()) {
        String name = role.role();
        String scope = role.code().substring(0, 3);
        int of = name.lastIndexOf(" of ");
        if (of > 0 && kb.actor(name.substring(of + 4)).isPresent()) {
          scope = name.substring(of + 4);
          name = name.substring(0, of);
        }
        byRole.computeIfAbsent(name, k -> new ArrayList<>()).add(new Holding(a, role, scope));
      }
    }
    byRole.replaceAll((k, v) -> List.copyOf(v));
    return new Offices(titles, byRole);
  }

  /** The number of words of the longest title. */
  public int longestTitle() {
    return longestTitle;
  }

  /** True when the words (lower case, space-separated) are a title. */
  public boolean isTitle(String words) {
    return titles.containsKey(words);
  }

  /**
   * The one person who held the office on the date.
   *
   * @param title the title words ("president", "crown prince")
   * @param scope an ISO country code ("TUR") or an organisation's actor id ("hezbollah")
   */
  public Optional<KnowledgeBase.Actor> holder(String title, String scope, LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    for (String role : titles.getOrDefault(title, List.of())) {
      KnowledgeBase.Actor found = null;
      boolean ambiguous = false;
      for (Holding h : byRole.getOrDefault(role, List.of())) {
        if (h.scope().equals(scope) && h.role().covers(date)) {
          if (found != null && !found.id().equals(h.actor().id())) {
            ambiguous = true;
          }
          found = h.actor();
        }
      }
      if (found != null && !ambiguous) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }
}
