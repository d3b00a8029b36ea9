package org.dyad.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dyad.Tsv;

/**
 * The actor knowledge base: countries (with adjectives, capitals and names for their
 * governments), CAMEO agents with their cue words, and named people and organisations with
 * time-bounded roles. Loaded once from the data files under {@code org/dyad/actors/}; immutable
 * and thread-safe.
 */
public final class KnowledgeBase {

  /** What a name in the knowledge base denotes. */
  public enum Kind { PERSON, ORG, COUNTRY, ADJECTIVE, CAPITAL, GOVERNMENT, AGENT, PLACE }

  /** A capital, city or region with its country and approximate coordinates. */
  public record Place(String id, String name, String country, String kind, double lat,
      double lon) {}

  /** A country or territory by its ISO 3166 alpha-3 code. */
  public record Country(String code, String name) {}

  /** A CAMEO agent (sector) code such as GOV or REB. */
  public record Agent(String code, String name) {}

  /**
   * An office or position held from {@code from} until {@code to}, the day it passed to a
   * successor (exclusive, so a handover day has one holder); {@code to} is null while held.
   */
  public record Role(String code, String role, LocalDate from, LocalDate to) {
    public boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
  }

  /** A named person or organisation. */
  public record Actor(String id, Kind kind, String name, String code, List<Role> roles) {
    public Actor {
      roles = List.copyOf(roles);
    }

    /**
     * The actor's code on a date: the role held then, else the default code. When roles
     * overlap, an office of state (GOV, MIL) outranks a role in a movement or organisation
     * (Akhundzada as head of state, not Taliban leader, after August 2021), and among equals
     * the latest appointment wins.
     */
    public String codeOn(LocalDate date) {
      Role best = null;
      if (date != null) {
        for (Role r : roles) {
          if (r.covers(date) && (best == null || rank(r) > rank(best)
              || rank(r) == rank(best) && r.from().isAfter(best.from()))) {
            best = r;
          }
        }
      }
      return best == null ? code : best.code();
    }

    private static int rank(Role r) {
      String agent = r.code().length() >= 6 ? r.code().substring(3, 6) : "";
      return agent.equals("GOV") || agent.equals("MIL") ? 1 : 0;
    }
  }

  /**
   * One name of the knowledge base.
   *
   * @param target an actor id, a country code or an agent code, by {@code kind}
   * @param written the name as the data file writes it
   * @param caseSensitive acronyms ("US", "UN") match only in their own case
   */
  public record Name(Kind kind, String target, String written, boolean caseSensitive,
      List<Names.Piece> pieces) {
    public Name {
      pieces = List.copyOf(pieces);
    }
  }

  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})*");
  private static final Pattern THREE = Pattern.compile("[A-Z]{3}");

  private final Map<String, Country> countries;
  private final Map<String, Agent> agents;
  private final Map<String, Actor> actors;
  private final Map<String, Place> places;
  private final Map<String, List<Name>> names;
  private final Map<String, List<Name>> personNamesByInitials;
  private final Map<String, List<Name>> personNamesById;
  private final Map<String, List<String>> personsBySurname;
  private final int longestName;

  private KnowledgeBase(Map<String, Country> countries, Map<String, Agent> agents,
      Map<String, Actor> actors, Map<String, Place> places, Map<String, List<Name>> names) {
    this.countries = Map.copyOf(countries);
    this.agents = Map.copyOf(agents);
    this.actors = Map.copyOf(actors);
    this.places = Map.copyOf(places);
    Map<String, List<Name>> frozen = new HashMap<>();
    // Most specific kinds first, once: lookup runs for every window of every sentence.
    names.forEach((k, v) -> frozen.put(k, v.size() == 1 ? List.of(v.get(0)) : v.stream()
        .sorted(java.util.Comparator.comparingInt((Name n) -> n.kind().ordinal())).toList()));
    this.names = Map.copyOf(frozen);
    Map<String, List<Name>> byInitials = new HashMap<>();
    Map<String, List<Name>> byId = new HashMap<>();
    Map<String, java.util.Set<String>> bySurname = new HashMap<>();
    frozen.values().stream().flatMap(List::stream)
        .filter(n -> n.kind() == Kind.PERSON && !n.pieces().isEmpty())
        .forEach(n -> {
          boolean full = n.pieces().size() >= 2;
          // A one-word name of Dyad's own files ("Haniyeh") is listed there only when it is
          // unambiguous in international news, so its spellings are sought too; an imported
          // dictionary's one-word names are not vetted so.
          if (full || !n.target().contains("/")) {
            byInitials.computeIfAbsent(initials(n.pieces()), k -> new ArrayList<>()).add(n);
          }
          if (full) {
            byId.computeIfAbsent(n.target(), k -> new ArrayList<>()).add(n);
            bySurname.computeIfAbsent(n.pieces().get(n.pieces().size() - 1).norm(),
                k -> new java.util.TreeSet<>()).add(n.target());
          }
        });
    byInitials.replaceAll((k, v) -> List.copyOf(v));
    byId.replaceAll((k, v) -> List.copyOf(v));
    this.personNamesByInitials = Map.copyOf(byInitials);
    this.personNamesById = Map.copyOf(byId);
    Map<String, List<String>> surnames = new HashMap<>();
    bySurname.forEach((k, v) -> surnames.put(k, List.copyOf(v)));
    this.personsBySurname = Map.copyOf(surnames);
    this.longestName = frozen.values().stream().flatMap(List::stream)
        .mapToInt(n -> n.pieces().size()).max().orElse(1);
  }

  /**
   * The knowledge base shipped with Dyad: Dyad's own files, then the Phoenix actor
   * dictionaries converted into {@code phoenix-actors.tsv} and {@code phoenix-roles.tsv}
   * ({@link #standardWith}'s rule decides where both know a name: Dyad's own files win). Built
   * once per JVM and shared, since it is immutable.
   */
  public static KnowledgeBase standard() {
    return Standard.KB;
  }

  /** Loaded on first use and kept: the Phoenix layer makes a load take a while. */
  private static final class Standard {
    static final KnowledgeBase KB = standardWith(List.of());
  }

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
   * <p>Design decision: a name belongs to whoever defines it first. {@link #lookup} orders names
   * by kind, so an imported organisation "Kabul" would otherwise come before Dyad's capital
   * "Kabul" (read as the government); here a name or cue of an entry whose normalised key
   * Dyad's own files already know (as a country, adjective, capital, government, agent, place
   * or actor), with or without a leading "the" ("The UN" would otherwise be matched before
   * Dyad's "UN", as the longer name), or an earlier entry took, or the entry's own earlier
   * names, is dropped from that entry instead. So a correction typed into Dyad's own files wins over the Phoenix layer
   * without regenerating it. An imported actor that loses its name is named by its first
   * remaining alias, and one left without any name is dropped with its roles; an imported agent
   * that Dyad already has keeps Dyad's name. An id that is already taken gets {@code -2},
   * {@code -3}, ... Nothing here is an error: an importer checks its entries when it reads them;
   * one it let through bad is rejected with its file and line, as a bad row of Dyad's own files
   * is.
   */
  public static KnowledgeBase standardWith(List<DictionaryEntry> extra) {
    return KnowledgeBaseLayers.standardWith(extra);
  }

  /**
   * A knowledge base of these entries alone, without Dyad's own data files: an import checked
   * on its own. A bad entry is rejected naming its file and line.
   */
  public static KnowledgeBase of(List<DictionaryEntry> entries) {
    return KnowledgeBaseLayers.of(entries);
  }

  /** Builds a knowledge base without places from parsed rows. */
  public static KnowledgeBase load(List<Tsv.Row> countryRows, List<Tsv.Row> agentRows,
      List<Tsv.Row> actorRows, List<Tsv.Row> roleRows) {
    return load(countryRows, agentRows, actorRows, roleRows, List.of());
  }

  /** Builds a knowledge base from parsed rows, rejecting bad rows with their file and line. */
  public static KnowledgeBase load(List<Tsv.Row> countryRows, List<Tsv.Row> agentRows,
      List<Tsv.Row> actorRows, List<Tsv.Row> roleRows, List<Tsv.Row> placeRows) {
    return load(countryRows, agentRows, actorRows, roleRows, placeRows, Names::pieces);
  }

  /** {@link #load}, splitting names by {@code split}: a cache of names already split. */
  static KnowledgeBase load(List<Tsv.Row> countryRows, List<Tsv.Row> agentRows,
      List<Tsv.Row> actorRows, List<Tsv.Row> roleRows, List<Tsv.Row> placeRows,
      Function<String, List<Names.Piece>> split) {
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Agent> agents = new LinkedHashMap<>();
    Map<String, Actor> actors = new LinkedHashMap<>();
    Map<String, List<Name>> names = new HashMap<>();
    for (Tsv.Row r : countryRows) {
      String code = r.get(0);
      if (!THREE.matcher(code).matches()) {
        throw r.error("country code must be three capital letters: '" + code + "'");
      }
      if (countries.put(code, new Country(code, r.get(1))) != null) {
        throw r.error("country " + code + " is listed twice");
      }
      addName(names, split, Kind.COUNTRY, code, r.get(1));
      r.list(2).forEach(n -> addName(names, split, Kind.COUNTRY, code, n));
      r.list(3).forEach(n -> addName(names, split, Kind.ADJECTIVE, code, n));
      r.list(4).forEach(n -> addName(names, split, Kind.CAPITAL, code, n));
      r.list(5).forEach(n -> addName(names, split, Kind.GOVERNMENT, code, n));
    }
    for (Tsv.Row r : agentRows) {
      String code = r.get(0);
      if (!THREE.matcher(code).matches()) {
        throw r.error("agent code must be three capital letters: '" + code + "'");
      }
      agents.put(code, new Agent(code, r.get(1)));
      r.list(2).forEach(n -> addName(names, split, Kind.AGENT, code, n));
    }
    Map<String, List<Role>> roles = new HashMap<>();
    Map<String, Tsv.Row> roleRowsById = new HashMap<>();
    for (Tsv.Row r : roleRows) {
      String code = r.get(1);
      if (!ACTOR_CODE.matcher(code).matches()) {
        throw r.error("role code must be a CAMEO actor code such as IRNGOV: '" + code + "'");
      }
      LocalDate from = date(r, 3);
      LocalDate to = r.get(4).isEmpty() ? null : date(r, 4);
      if (from == null) {
        throw r.error("a role needs a start date");
      }
      if (to != null && to.isBefore(from)) {
        throw r.error("role ends before it starts");
      }
      roles.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(
          new Role(code, r.get(2), from, to));
      roleRowsById.putIfAbsent(r.get(0), r);
    }
    for (Tsv.Row r : actorRows) {
      String id = r.get(0);
      Kind kind = switch (r.get(1)) {
        case "person" -> Kind.PERSON;
        case "org" -> Kind.ORG;
        default -> throw r.error("kind must be 'person' or 'org', not '" + r.get(1) + "'");
      };
      String code = r.get(3);
      if (!ACTOR_CODE.matcher(code).matches()) {
        throw r.error("code must be a CAMEO actor code such as IRNGOV: '" + code + "'");
      }
      Actor actor = new Actor(id, kind, r.get(2), code, roles.getOrDefault(id, List.of()));
      if (actors.put(id, actor) != null) {
        throw r.error("actor id '" + id + "' is listed twice");
      }
      addName(names, split, kind, id, r.get(2));
      r.list(4).forEach(n -> addName(names, split, kind, id, n));
    }
    for (Map.Entry<String, Tsv.Row> e : roleRowsById.entrySet()) {
      if (!actors.containsKey(e.getKey())) {
        throw e.getValue().error("role for unknown actor '" + e.getKey() + "'");
      }
    }
    Map<String, Place> places = new LinkedHashMap<>();
    for (Tsv.Row r : placeRows) {
      if (!countries.containsKey(r.get(1))) {
        throw r.error("unknown country code '" + r.get(1) + "'");
      }
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(r.get(3));
        lon = Double.parseDouble(r.get(4));
      } catch (NumberFormatException e) {
        throw r.error("latitude and longitude must be decimal degrees");
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        throw r.error("coordinates out of range: " + lat + ", " + lon);
      }
      String id = Names.key(Names.pieces(r.get(0)));
      if (places.put(id, new Place(id, r.get(0), r.get(1), r.get(2), lat, lon)) != null) {
        throw r.error("place '" + r.get(0) + "' is listed twice");
      }
      addName(names, split, Kind.PLACE, id, r.get(0));
      r.list(5).forEach(n -> addName(names, split, Kind.PLACE, id, n));
    }
    return new KnowledgeBase(countries, agents, actors, places, names);
  }

  private static LocalDate date(Tsv.Row r, int field) {
    String s = r.get(field);
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4)
        && digits(s, 5, 7) && digits(s, 8, 10)) {
      // LocalDate.parse's formatter costs a noticeable share of a start-up with the Phoenix
      // layer's 26,000 roles; the same dates, the same errors
      try {
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
            Integer.parseInt(s, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        throw r.error("not a date (YYYY-MM-DD): '" + s + "'");
      }
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw r.error("not a date (YYYY-MM-DD): '" + r.get(field) + "'");
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void addName(Map<String, List<Name>> names,
      Function<String, List<Names.Piece>> split, Kind kind, String target,
      String written) {
    List<Names.Piece> pieces = split.apply(written);
    if (pieces.isEmpty()) {
      return;
    }
    Name name = new Name(kind, target, written, Names.caseSensitive(written), pieces);
    List<Name> list = names.computeIfAbsent(Names.key(pieces), k -> new ArrayList<>());
    for (Name n : list) {
      if (n.kind() == kind && n.target().equals(target)
          && n.caseSensitive() == name.caseSensitive()) {
        return;
      }
    }
    list.add(name);
  }

  /** Names with this normalised key, most specific kinds first. */
  public List<Name> lookup(String key) {
    return names.getOrDefault(key, List.of());
  }

  /**
   * Person names of two or more pieces, and the one-word person names of Dyad's own files,
   * whose pieces start with the same letters as these:
   * the candidates for a transliteration match, which never changes a first letter.
   */
  public List<Name> personNamesLike(List<Names.Piece> pieces) {
    return personNamesByInitials.getOrDefault(initials(pieces), List.of());
  }

  /**
   * The ids of the people one of whose names of two or more pieces ends in this surname
   * (normalised as {@link Names} does): "kerry" gives John Kerry.
   */
  public List<String> personsWithSurname(String norm) {
    return personsBySurname.getOrDefault(norm, List.of());
  }

  /**
   * The actors, one per person: an entry of an imported dictionary ("phoenix/hoshyar-zebari",
   * named "Hoshyar Mahmud Zebari") that shares a name or its id's last part with an entry of
   * Dyad's own files ("hoshyar-zebari") is the same person, and Dyad's own entry stands for
   * both.
   */
  public List<Actor> onePerPerson(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Actor a : actors.stream().sorted(java.util.Comparator.comparing(
        (Actor x) -> x.id().contains("/")).thenComparing(Actor::id)).toList()) {
      java.util.Set<String> names = new java.util.HashSet<>();
      names.add(a.id().substring(a.id().lastIndexOf('/') + 1));
      names.add(Names.norm(a.name()));
      personNamesOf(a.id()).forEach(n -> names.add(Names.norm(n.written())));
      if (java.util.Collections.disjoint(names, seen)) {
        out.add(a);
      }
      seen.addAll(names);
    }
    return out;
  }

  /** The person names (two or more pieces) of one actor. */
  public List<Name> personNamesOf(String actorId) {
    return personNamesById.getOrDefault(actorId, List.of());
  }

  private static String initials(List<Names.Piece> pieces) {
    StringBuilder b = new StringBuilder();
    for (Names.Piece p : pieces) {
      b.append(p.norm().isEmpty() ? '?' : p.norm().charAt(0));
    }
    return b.toString();
  }

  /** The number of pieces of the longest name. */
  public int longestName() {
    return longestName;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Optional<Agent> agent(String code) {
    return Optional.ofNullable(agents.get(code));
  }

  public Optional<Place> place(String id) {
    return Optional.ofNullable(places.get(id));
  }

  /** The place a name denotes, if the gazetteer has it ("Kharkiv", "Kiev", "Tehran"). */
  /**
   * The centre point of a country (latitude, longitude) from {@code centroids.tsv}, for
   * events the text places only by their country.
   */
  public Optional<double[]> centroid(String country) {
    return centreOf(country);
  }

  /** {@link #centroid}, without a knowledge base: the points are the same for every one. */
  public static Optional<double[]> centreOf(String country) {
    double[] point = Centroids.POINTS.get(country);
    return point == null ? Optional.empty() : Optional.of(point.clone());
  }

  /** Loaded on first use: most uses of the knowledge base never place an event. */
  private static final class Centroids {
    static final Map<String, double[]> POINTS = load();

    private static Map<String, double[]> load() {
      Map<String, double[]> out = new HashMap<>();
      for (Tsv.Row r : Tsv.resource(KnowledgeBase.class, "centroids.tsv", 3)) {
        try {
          out.put(r.get(0), new double[] {Double.parseDouble(r.get(1)),
              Double.parseDouble(r.get(2))});
        } catch (NumberFormatException e) {
          throw r.error("latitude and longitude must be numbers");
        }
      }
      return Map.copyOf(out);
    }
  }

  public Optional<Place> placeNamed(String key) {
    for (Name n : names.getOrDefault(key, List.of())) {
      if (n.kind() == Kind.PLACE) {
        return place(n.target());
      }
    }
    return Optional.empty();
  }

  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** Every named person and organisation. */
  /** The agents, for layering imports over them. */
  java.util.Collection<Agent> agents() {
    return agents.values();
  }

  public java.util.Collection<Actor> actors() {
    return actors.values();
  }

  public int countryCount() {
    return countries.size();
  }

  public int actorCount() {
    return actors.size();
  }

  /** The country an actor code belongs to: its first three letters when they name one. */
  public String countryOf(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String prefix = code.substring(0, 3);
    return countries.containsKey(prefix) ? prefix : null;
  }
}
