package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dyad.Tsv;

/**
 * How the shipped knowledge base is built in layers: Dyad's own files, then the generated
 * Phoenix files, then imported dictionaries, where a name belongs to whoever defines it first
 * ({@link KnowledgeBase#standardWith}); and a knowledge base of imported entries alone.
 */
final class KnowledgeBaseLayers {

  private KnowledgeBaseLayers() {}

  /** The generated actors file of the Phoenix layer, in the columns of actors.tsv. */
  static final String PHOENIX_ACTORS = "phoenix-actors.tsv";
  /** The generated roles file of the Phoenix layer, in the columns of roles.tsv. */
  static final String PHOENIX_ROLES = "phoenix-roles.tsv";

  /**
   * The shipped knowledge base with entries of imported dictionaries appended after it, in the
   * order given.
   *
   * <p>The shipped knowledge base has two layers: Dyad's own files ({@code actors.tsv},
   * {@code roles.tsv}, the countries, places and agents), then the generated Phoenix files
   * ({@code phoenix-actors.tsv}, {@code phoenix-roles.tsv}, written by
   * {@code org.dyad.petrarch.PhoenixExport}), which are layered between them and {@code extra}
   * by the same rule as an import.
   *
   * <p>Design decision: a name belongs to whoever defines it first. {@link KnowledgeBase#lookup} orders names
   * by kind, so an imported organisation "Kabul" would otherwise come before Dyad's capital
   * "Kabul" (read as the government); here a name or cue of an entry whose normalised key
   * Dyad's own files already know (as a country, adjective, capital, government, agent, place
   * or actor), with or without a leading "the" ("The UN" would otherwise be matched before
   * Dyad's "UN", as the longer name), or an earlier entry took, or the entry's own earlier
   * names, or that starts with a title ("Secretary Kerry": {@link #titleWords}), is dropped
   * from that entry instead. So a correction typed into Dyad's own files wins over the Phoenix layer
   * without regenerating it. An imported actor that loses its name is named by its first
   * remaining alias, and one left without any name is dropped with its roles; an imported agent
   * that Dyad already has keeps Dyad's name. An id that is already taken gets {@code -2},
   * {@code -3}, ... Nothing here is an error: an importer checks its entries when it reads them;
   * one it let through bad is rejected with its file and line, as a bad row of Dyad's own files
   * is.
   */
  static KnowledgeBase standardWith(List<DictionaryEntry> extra) {
    // Regions and groupings (ARB, WST, MOS) stand where a country code stands.
    List<Tsv.Row> countryRows = new ArrayList<>(
        Tsv.resource(KnowledgeBase.class, "countries.tsv", 2));
    countryRows.addAll(Tsv.resource(KnowledgeBase.class, "regions.tsv", 2));
    List<Tsv.Row> agentRows = new ArrayList<>(
        Tsv.resource(KnowledgeBase.class, "agents.tsv", 2));
    List<Tsv.Row> actorRows = new ArrayList<>(
        Tsv.resource(KnowledgeBase.class, "actors.tsv", 4));
    List<Tsv.Row> roleRows = new ArrayList<>(
        Tsv.resource(KnowledgeBase.class, "roles.tsv", 4));
    List<Tsv.Row> placeRows = Tsv.resource(KnowledgeBase.class, "places.tsv", 5);
    KnowledgeBase own = KnowledgeBase.load(countryRows, agentRows, actorRows, roleRows, placeRows);
    Set<String> taken = new HashSet<>();
    // each of the layer's 30,000 names is split once, here and in the final load
    Map<String, List<Names.Piece>> split = new HashMap<>();
    Function<String, List<Names.Piece>> pieces = w -> split.computeIfAbsent(w, Names::pieces);
    Set<String> titles = titleWords();
    Predicate<String> fresh = written -> {
      String key = Names.key(pieces.apply(written));
      // "The UN", "The European Union": a longer match than Dyad's own "UN" would win
      String bare = key.startsWith("the ") ? key.substring(4) : key;
      return !key.isEmpty() && own.lookup(key).isEmpty() && own.lookup(bare).isEmpty()
          && !titled(key, titles) && taken.add(key);
    };
    Set<String> ids = new HashSet<>();
    own.actors().forEach(a -> ids.add(a.id()));
    layer(Tsv.resource(KnowledgeBase.class, PHOENIX_ACTORS, 5),
        Tsv.resource(KnowledgeBase.class, PHOENIX_ROLES, 4), fresh, ids, actorRows, roleRows);
    Map<String, String> agentNames = new HashMap<>();
    own.agents().forEach(a -> agentNames.put(a.code(), a.name()));
    for (DictionaryEntry e : extra) {
      List<String> kept = e.names().stream().filter(fresh).toList();
      if (e.kind() == KnowledgeBase.Kind.AGENT) {
        String known = agentNames.putIfAbsent(e.code(), e.name());
        if (known == null || !kept.isEmpty()) {
          agentRows.add(agentRow(e, known == null ? e.name() : known, kept));
        }
      } else if (!kept.isEmpty()) {
        String id = unique(e.id(), ids);
        actorRows.add(actorRow(e, id, kept));
        roleRows.addAll(roleRows(e, id));
      }
    }
    return KnowledgeBase.load(countryRows, agentRows, actorRows, roleRows, placeRows, pieces);
  }

  /**
   * Appends a layer of rows in the columns of actors.tsv and roles.tsv to {@code actorRows} and
   * {@code roleRows} by {@link #standardWith}'s rule: an actor keeps the names that are
   * {@code fresh}, is named by the first, and is dropped with its roles when none is left; a
   * taken id gets a suffix. Kept rows stay on their own file and line, so that an error or a
   * {@code rule_source} names the generated file's line. A role of an actor the layer does not
   * list is rejected with its file and line; every other check is {@link KnowledgeBase#load}'s.
   */
  private static void layer(List<Tsv.Row> layerActors, List<Tsv.Row> layerRoles,
      Predicate<String> fresh, Set<String> ids, List<Tsv.Row> actorRows, List<Tsv.Row> roleRows) {
    Map<String, List<Tsv.Row>> rolesById = new HashMap<>();
    for (Tsv.Row r : layerRoles) {
      rolesById.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
    }
    Set<String> listed = new HashSet<>();
    for (Tsv.Row r : layerActors) {
      listed.add(r.get(0));
      List<String> names = new ArrayList<>();
      names.add(r.get(2));
      names.addAll(r.list(4));
      List<String> kept = names.stream().filter(fresh).toList();
      if (kept.isEmpty()) {
        continue;
      }
      String id = unique(r.get(0), ids);
      if (id.equals(r.get(0)) && kept.size() == names.size()) {
        actorRows.add(r);
      } else {
        actorRows.add(new Tsv.Row(r.file(), r.line(), List.of(id, r.get(1), kept.get(0),
            r.get(3), String.join("|", kept.subList(1, kept.size())))));
      }
      for (Tsv.Row role : rolesById.getOrDefault(r.get(0), List.of())) {
        if (id.equals(r.get(0))) {
          roleRows.add(role);
        } else {
          List<String> fields = new ArrayList<>(role.fields());
          fields.set(0, id);
          roleRows.add(new Tsv.Row(role.file(), role.line(), fields));
        }
      }
    }
    for (Tsv.Row r : layerRoles) {
      if (!listed.contains(r.get(0))) {
        throw r.error("role for unknown actor '" + r.get(0) + "'");
      }
    }
  }

  /**
   * The words of a title written before a name: Dyad's honorifics and role words, and
   * "secretary". An imported name that starts with one ("Secretary Kerry", "President
   * Zardari") is a title and a name, which Dyad reads apart (the title refers back, the name
   * is the actor's), so it is not kept as a name of its own.
   */
  private static Set<String> titleWords() {
    Set<String> out = new HashSet<>(Set.of("secretary"));
    Tsv.resource(KnowledgeBase.class, "honorifics.txt", 1)
        .forEach(r -> out.add(Names.key(Names.pieces(r.get(0)))));
    Tsv.resource(KnowledgeBase.class, "role-words.tsv", 2)
        .forEach(r -> out.add(Names.key(Names.pieces(r.get(0)))));
    return out;
  }

  /** Whether a name's leading words, before its last, are one of {@code titles}. */
  private static boolean titled(String key, Set<String> titles) {
    for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      if (titles.contains(key.substring(0, space))) {
        return true;
      }
    }
    return false;
  }

  /** {@code id}, or with the first of {@code -2}, {@code -3}, ... not in {@code ids}; taken. */
  private static String unique(String id, Set<String> ids) {
    String unique = id;
    for (int k = 2; !ids.add(unique); k++) {
      unique = id + "-" + k;
    }
    return unique;
  }

  /**
   * A knowledge base of these entries alone, without Dyad's own data files: an import checked
   * on its own. A bad entry is rejected naming its file and line.
   */
  static KnowledgeBase of(List<DictionaryEntry> entries) {
    List<Tsv.Row> agentRows = new ArrayList<>();
    List<Tsv.Row> actorRows = new ArrayList<>();
    List<Tsv.Row> roleRows = new ArrayList<>();
    for (DictionaryEntry e : entries) {
      if (e.kind() == KnowledgeBase.Kind.AGENT) {
        agentRows.add(agentRow(e, e.name(), e.names()));
      } else {
        actorRows.add(actorRow(e, e.id(), e.names()));
        roleRows.addAll(roleRows(e, e.id()));
      }
    }
    return KnowledgeBase.load(List.of(), agentRows, actorRows, roleRows);
  }

  // Entries become rows of agents.tsv, actors.tsv and roles.tsv on their own file and line, so
  // that one parser, load, checks Dyad's files and imports alike.

  private static Tsv.Row agentRow(DictionaryEntry e, String name, List<String> cues) {
    return new Tsv.Row(e.file(), e.line(), List.of(e.code(), name, String.join("|", cues)));
  }

  /** The actor's row under {@code id}, named by the first of {@code names}. */
  private static Tsv.Row actorRow(DictionaryEntry e, String id, List<String> names) {
    return new Tsv.Row(e.file(), e.line(), List.of(id, e.kind() == KnowledgeBase.Kind.PERSON ? "person" : "org",
        names.get(0), e.code(), String.join("|", names.subList(1, names.size()))));
  }

  private static List<Tsv.Row> roleRows(DictionaryEntry e, String id) {
    return e.roles().stream().map(r -> new Tsv.Row(e.file(), r.line(), List.of(id, r.code(),
        r.role(), r.from().toString(), r.to() == null ? "" : r.to().toString()))).toList();
  }
}
