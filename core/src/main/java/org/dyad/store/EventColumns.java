package org.dyad.store;

import static org.dyad.store.EventColumns.Type.BOOLEAN;
import static org.dyad.store.EventColumns.Type.DATE;
import static org.dyad.store.EventColumns.Type.DOUBLE;
import static org.dyad.store.EventColumns.Type.INTEGER;
import static org.dyad.store.EventColumns.Type.VARCHAR;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.actors.ActorRef;
import org.dyad.corpus.Dedup;
import org.dyad.events.CameoCode;
import org.dyad.events.Codebook;
import org.dyad.events.Event;
import org.dyad.events.EventDate;
import org.dyad.events.Evidence;
import org.dyad.events.Location;
import org.dyad.events.Mode;
import org.dyad.events.Plover;

/**
 * The flat columns of a coded event, written once: each column's name, its SQL type, how its
 * value is read from an {@link Event} and how it is set back. The store's {@code mentions}
 * table ({@link Ingester}), the Spark job's mention rows and the TSV of {@code dyad code} are
 * made from this one list, so that a new field of an event is one line here, plus a migration
 * that adds its column to {@code mentions} ({@code EventColumnsTest} checks that the schema
 * has every column, of its type).
 *
 * <p>Values are plain Java: String, Integer, Double, Boolean, and LocalDate for DATE; null
 * where the event has none. The article's id is not a column: a row keeps it with its article
 * ({@code articles.doc_id} in the store), and {@link #event} takes it apart. Stateless and
 * thread-safe.
 *
 * <p>Design decision: the nested JSON of {@code dyad code} is not made from this list; its
 * objects (actors, location, offsets) are a shape of their own, where these columns are flat.
 */
public final class EventColumns {

  /** A column's SQL type, which also says the Java type of its values. */
  public enum Type { VARCHAR, INTEGER, DOUBLE, BOOLEAN, DATE }

  /**
   * One column.
   *
   * @param get the column's value of an event
   * @param set puts a value read back into a {@link Draft}; null for a column derived from
   *     others (root, block_key), which is written and never read back
   */
  public record Column(String name, Type type, Function<Event, Object> get,
      BiConsumer<Draft, Object> set) {

    /** The column's value of the event, as written. */
    public Object of(Event e) {
      return get.apply(e);
    }

    /** The value as text ({@code Object.toString}), or null. */
    public String text(Event e) {
      Object v = get.apply(e);
      return v == null ? null : v.toString();
    }
  }

  /** Every column, in the order of the store's {@code mentions} table and the Spark rows. */
  public static final List<Column> ALL = columns();

  private static final Map<String, Column> BY_NAME = ALL.stream()
      .collect(Collectors.toUnmodifiableMap(Column::name, c -> c));

  private EventColumns() {}

  private static List<Column> columns() {
    List<Column> c = new ArrayList<>(List.of(
        col("event_key", VARCHAR, Event::id, (d, v) -> d.id = (String) v),
        col("block_key", VARCHAR, Dedup::blockKey, null),
        col("sentence_index", INTEGER, e -> e.evidence().sentenceIndex(),
            (d, v) -> d.sentenceIndex = (Integer) v),
        col("sentence", VARCHAR, e -> nz(e.evidence().sentence()),
            (d, v) -> d.sentence = (String) v),
        col("sentence_begin", INTEGER, e -> e.evidence().sentenceBegin(),
            (d, v) -> d.sentenceBegin = (Integer) v),
        col("sentence_end", INTEGER, e -> e.evidence().sentenceEnd(),
            (d, v) -> d.sentenceEnd = (Integer) v),
        col("trigger", VARCHAR, e -> nz(e.evidence().trigger()),
            (d, v) -> d.trigger = (String) v),
        col("trigger_begin", INTEGER, e -> e.evidence().triggerBegin(),
            (d, v) -> d.triggerBegin = (Integer) v),
        col("trigger_end", INTEGER, e -> e.evidence().triggerEnd(),
            (d, v) -> d.triggerEnd = (Integer) v),
        col("rule", VARCHAR, e -> nz(e.evidence().rule()), (d, v) -> d.rule = (String) v),
        col("rule_source", VARCHAR, e -> e.evidence().ruleSource(),
            (d, v) -> d.ruleSource = (String) v),
        col("speaker", VARCHAR, e -> e.evidence().speaker(), (d, v) -> d.speaker = (String) v),
        col("mode", VARCHAR, e -> e.mode().label(), (d, v) -> d.mode = (String) v),
        col("negated", BOOLEAN, Event::negated, (d, v) -> d.negated = (Boolean) v),
        col("date", DATE, e -> e.date().date(), (d, v) -> d.date = (LocalDate) v),
        col("date_precision", VARCHAR, e -> lower(e.date().precision()),
            (d, v) -> d.datePrecision = (String) v),
        col("date_source", VARCHAR, e -> lower(e.date().source()),
            (d, v) -> d.dateSource = (String) v),
        col("cameo", VARCHAR, e -> e.code().value(), (d, v) -> d.cameo = (String) v),
        col("cameo_name", VARCHAR, e -> e.cameo().name(), (d, v) -> d.cameoName = (String) v),
        col("root", VARCHAR, e -> e.code().root(), null),
        col("quad_class", INTEGER, e -> e.cameo().quadClass(),
            (d, v) -> d.quadClass = (Integer) v),
        col("goldstein", DOUBLE, e -> e.cameo().goldstein(),
            (d, v) -> d.goldstein = (Double) v),
        col("plover_type", VARCHAR, e -> e.plover().type(), (d, v) -> d.ploverType = (String) v),
        col("plover_mode", VARCHAR, e -> e.plover().mode(), (d, v) -> d.ploverMode = (String) v),
        col("plover_context", VARCHAR, e -> String.join(",", e.plover().context()),
            (d, v) -> d.ploverContext = (String) v),
        col("location_name", VARCHAR, e -> place(e).map(Location::name).orElse(null),
            (d, v) -> d.locationName = (String) v),
        col("location_country", VARCHAR, e -> place(e).map(Location::country).orElse(null),
            (d, v) -> d.locationCountry = (String) v),
        col("lat", DOUBLE, e -> place(e).map(Location::lat).orElse(null),
            (d, v) -> d.lat = (Double) v),
        col("lon", DOUBLE, e -> place(e).map(Location::lon).orElse(null),
            (d, v) -> d.lon = (Double) v),
        col("location_adm1", VARCHAR, e -> place(e).map(Location::adm1).orElse(null),
            (d, v) -> d.locationAdm1 = (String) v),
        col("location_precision", VARCHAR,
            e -> place(e).map(l -> l.precision().label()).orElse(null),
            (d, v) -> d.locationPrecision = (String) v),
        col("location_text", VARCHAR, e -> place(e).map(Location::text).orElse(null),
            (d, v) -> d.locationText = (String) v),
        col("location_source", VARCHAR,
            e -> place(e).map(l -> l.source().label()).orElse(null),
            (d, v) -> d.locationSource = (String) v)));
    c.addAll(actor("source", Event::source, d -> d.source));
    c.addAll(actor("target", Event::target, d -> d.target));
    return List.copyOf(c);
  }

  /** The seven columns of an actor: {@code source_id} ... {@code source_resolved_by}. */
  private static List<Column> actor(String side, Function<Event, ActorRef> of,
      Function<Draft, ActorDraft> draft) {
    return List.of(
        col(side + "_id", VARCHAR, e -> who(of, e).map(ActorRef::id).orElse(null),
            (d, v) -> draft.apply(d).id = (String) v),
        col(side + "_code", VARCHAR, e -> who(of, e).map(ActorRef::code).orElse(null),
            (d, v) -> draft.apply(d).code = (String) v),
        col(side + "_country", VARCHAR, e -> who(of, e).map(ActorRef::country).orElse(null),
            (d, v) -> draft.apply(d).country = (String) v),
        col(side + "_name", VARCHAR, e -> who(of, e).map(ActorRef::name).orElse(null),
            (d, v) -> draft.apply(d).name = (String) v),
        col(side + "_text", VARCHAR, e -> who(of, e).map(ActorRef::text).orElse(null),
            (d, v) -> draft.apply(d).text = (String) v),
        col(side + "_known", BOOLEAN, e -> who(of, e).map(ActorRef::known).orElse(null),
            (d, v) -> draft.apply(d).known = (Boolean) v),
        col(side + "_resolved_by", VARCHAR,
            e -> who(of, e).map(ActorRef::resolvedBy).orElse(null),
            (d, v) -> draft.apply(d).resolvedBy = (String) v));
  }

  private static Column col(String name, Type type, Function<Event, Object> get,
      BiConsumer<Draft, Object> set) {
    return new Column(name, type, get, set);
  }

  /**
   * The column of that name.
   *
   * @throws IllegalArgumentException for a name not in {@link #ALL}
   */
  public static Column column(String name) {
    Column c = BY_NAME.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no event column '" + name + "'");
    }
    return c;
  }

  /**
   * The event a row holds.
   *
   * @param articleId the id of the row's article
   * @param value a column's value by name, of its type's Java class; null for a column the row
   *     lacks (rule_source of a row written before it was added reads as "")
   */
  public static Event event(String articleId, Function<String, Object> value) {
    Draft d = new Draft();
    for (Column c : ALL) {
      if (c.set() != null) {
        c.set().accept(d, value.apply(c.name()));
      }
    }
    return d.event(articleId);
  }

  // ---- the store's statements

  /** The column names, comma-separated, for an INSERT's column list. */
  static String names() {
    return ALL.stream().map(Column::name).collect(Collectors.joining(", "));
  }

  /** A parameter per column, in the order of {@link #names}. */
  static String parameters() {
    return ALL.stream().map(c -> c.type() == DATE ? "CAST(? AS DATE)" : "?")
        .collect(Collectors.joining(", "));
  }

  /** Binds the event's columns from parameter {@code first} on; returns the next index. */
  static int bind(PreparedStatement p, int first, Event e) throws SQLException {
    int i = first;
    for (Column c : ALL) {
      Object v = c.of(e);
      if (v == null) {
        p.setNull(i, c.type() == INTEGER ? Types.INTEGER : c.type() == DOUBLE ? Types.DOUBLE
            : c.type() == BOOLEAN ? Types.BOOLEAN : Types.VARCHAR);
      } else {
        switch (c.type()) {
          case VARCHAR, DATE -> p.setString(i, v.toString());
          case INTEGER -> p.setInt(i, (Integer) v);
          case DOUBLE -> p.setDouble(i, (Double) v);
          case BOOLEAN -> p.setBoolean(i, (Boolean) v);
        }
      }
      i++;
    }
    return i;
  }

  /**
   * The event of the current row of a {@code mentions} query; a column the query lacks (a
   * store from before the column was added) reads as null.
   */
  static Event read(ResultSet r, String articleId) throws SQLException {
    ResultSetMetaData md = r.getMetaData();
    Set<String> present = new HashSet<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      present.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
    }
    Map<String, Object> values = new java.util.HashMap<>();
    for (Column c : ALL) {
      if (present.contains(c.name())) {
        values.put(c.name(), value(r, c));
      }
    }
    return event(articleId, values::get);
  }

  private static Object value(ResultSet r, Column c) throws SQLException {
    String n = c.name();
    Object v = switch (c.type()) {
      case VARCHAR -> r.getString(n);
      case DATE -> {
        String d = r.getString(n);
        yield d == null ? null : LocalDate.parse(d);
      }
      case INTEGER -> r.getInt(n);
      case DOUBLE -> r.getDouble(n);
      case BOOLEAN -> r.getBoolean(n);
    };
    return r.wasNull() ? null : v;
  }

  // ---- reading back

  /** An event being read back, column by column; {@link #event} makes the records. */
  public static final class Draft {
    private String id;
    private int sentenceIndex;
    private String sentence;
    private int sentenceBegin;
    private int sentenceEnd;
    private String trigger;
    private int triggerBegin;
    private int triggerEnd;
    private String rule;
    private String ruleSource;
    private String speaker;
    private String mode;
    private boolean negated;
    private LocalDate date;
    private String datePrecision;
    private String dateSource;
    private String cameo;
    private String cameoName;
    private int quadClass;
    private double goldstein;
    private String ploverType;
    private String ploverMode;
    private String ploverContext;
    private String locationName;
    private String locationCountry;
    private Double lat;
    private Double lon;
    private String locationAdm1;
    private String locationPrecision;
    private String locationText;
    private String locationSource;
    private final ActorDraft source = new ActorDraft();
    private final ActorDraft target = new ActorDraft();

    private Draft() {}

    private Event event(String articleId) {
      Codebook.Entry entry = new Codebook.Entry(CameoCode.of(cameo), cameoName, goldstein,
          quadClass);
      Plover.Coding plover = new Plover.Coding(ploverType, ploverMode,
          ploverContext.isEmpty() ? List.of() : List.of(ploverContext.split(",")));
      EventDate when = date == null ? EventDate.unknown() : new EventDate(date,
          EventDate.Precision.valueOf(upper(datePrecision)),
          EventDate.Source.valueOf(upper(dateSource)));
      Location place = locationName == null ? null
          : new Location(locationName, locationCountry, locationAdm1, lat, lon,
              Location.Precision.of(locationPrecision), locationText,
              Location.Source.of(locationSource));
      Evidence evidence = new Evidence(sentenceIndex, sentence, sentenceBegin, sentenceEnd,
          trigger, triggerBegin, triggerEnd, rule, ruleSource, speaker);
      return new Event(id, articleId, when, source.actor(), target.actor(), entry, plover,
          negated, Mode.valueOf(upper(mode)), place, evidence);
    }
  }

  /** An actor being read back; none when its id is null (an event without a target). */
  private static final class ActorDraft {
    private String id;
    private String code;
    private String country;
    private String name;
    private String text;
    private Boolean known;
    private String resolvedBy;

    private ActorRef actor() {
      return id == null ? null
          : new ActorRef(id, code, country, name, text, Boolean.TRUE.equals(known), resolvedBy);
    }
  }

  private static Optional<Location> place(Event e) {
    return Optional.ofNullable(e.location());
  }

  private static Optional<ActorRef> who(Function<Event, ActorRef> of, Event e) {
    return Optional.ofNullable(of.apply(e));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
