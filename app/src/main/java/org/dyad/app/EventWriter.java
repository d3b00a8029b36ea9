package org.dyad.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.actors.ActorRef;
import org.dyad.events.Event;
import org.dyad.events.Quote;
import org.dyad.store.EventColumns;

/**
 * Writes events as JSON lines (the reference format, one event a line, fields in a fixed
 * order) or as TSV with a header line. Field names are a contract that other tools read: see
 * the README's "Output" section before changing one.
 */
final class EventWriter implements AutoCloseable {

  /** Output formats of {@code dyad code}. */
  enum Format { JSONL, TSV }

  /** A column of the TSV: its header and its cell of an event (null: empty). */
  private record Cell(String name, Function<Event, String> of) {}

  /**
   * The TSV's columns: the event's flat columns as the store names them ({@link
   * EventColumns}), but for the id, article and date, written as in the JSON lines.
   */
  private static final List<Cell> TSV = List.of(
      new Cell("event_id", Event::id), new Cell("article", Event::articleId),
      new Cell("date", e -> e.date().value()),
      new Cell("date_precision", e -> lower(e.date().precision())),
      new Cell("date_source", e -> lower(e.date().source())),
      column("source_code"), column("source_name"), column("source_text"),
      column("target_code"), column("target_name"), column("target_text"), column("cameo"),
      column("root"), column("quad_class"), column("goldstein"), column("negated"),
      column("trigger"), column("rule"), column("rule_source"), column("sentence_index"),
      column("sentence"), column("plover_type"), column("plover_mode"), column("mode"),
      new Cell("location", EventColumns.column("location_name")::text),
      column("location_country"), column("lat"), column("lon"), column("location_adm1"),
      column("location_precision"), column("location_text"), column("location_source"));

  static final String[] TSV_COLUMNS = TSV.stream().map(Cell::name).toArray(String[]::new);

  private static Cell column(String name) {
    return new Cell(name, EventColumns.column(name)::text);
  }

  private final Writer out;
  private final Format format;
  private final JsonFactory json = new JsonFactory();
  private boolean started;
  private boolean republished;

  EventWriter(Writer out, Format format) {
    this.out = out;
    this.format = format;
  }

  void write(Event e) throws IOException {
    write(e, false);
  }

  /**
   * Writes one event; {@code republished}: its article re-publishes an older story (JSON
   * lines write {@code "republished":true} after the date fields, and nothing otherwise, so
   * that a page of today's news reads as before).
   */
  void write(Event e, boolean republished) throws IOException {
    this.republished = republished;
    if (format == Format.TSV) {
      if (!started) {
        out.write(String.join("\t", TSV_COLUMNS));
        out.write('\n');
        started = true;
      }
      writeTsv(e);
    } else {
      writeJson(e);
    }
  }

  private void writeJson(Event e) throws IOException {
    java.io.StringWriter line = new java.io.StringWriter();
    try (JsonGenerator g = json.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("event_id", e.id());
      g.writeStringField("article", e.articleId());
      g.writeStringField("date", e.date().value());
      g.writeStringField("date_precision", lower(e.date().precision()));
      g.writeStringField("date_source", lower(e.date().source()));
      if (republished) {
        g.writeBooleanField("republished", true);
      }
      g.writeFieldName("source");
      actor(g, e.source());
      g.writeFieldName("target");
      actor(g, e.target());
      g.writeStringField("cameo", e.code().value());
      g.writeStringField("cameo_name", e.cameo().name());
      g.writeStringField("root", e.code().root());
      g.writeNumberField("quad_class", e.cameo().quadClass());
      g.writeNumberField("goldstein", e.cameo().goldstein());
      g.writeObjectFieldStart("plover");
      g.writeStringField("type", e.plover().type());
      g.writeStringField("mode", e.plover().mode().isEmpty() ? null : e.plover().mode());
      g.writeArrayFieldStart("context");
      for (String c : e.plover().context()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeBooleanField("negated", e.negated());
      g.writeStringField("mode", e.mode().label());
      g.writeFieldName("location");
      if (e.location() == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeStringField("name", e.location().name());
        g.writeStringField("country", e.location().country());
        g.writeStringField("adm1", e.location().adm1());
        if (e.location().lat() == null) {
          g.writeNullField("lat");
          g.writeNullField("lon");
        } else {
          g.writeNumberField("lat", e.location().lat());
          g.writeNumberField("lon", e.location().lon());
        }
        g.writeStringField("precision", e.location().precision().label());
        g.writeStringField("text", e.location().text());
        g.writeStringField("source", e.location().source().label());
        g.writeEndObject();
      }
      g.writeNumberField("sentence_index", e.evidence().sentenceIndex());
      g.writeStringField("sentence", e.evidence().sentence());
      g.writeStringField("trigger", e.evidence().trigger());
      g.writeStringField("rule", e.evidence().rule());
      g.writeStringField("rule_source", e.evidence().ruleSource());
      g.writeStringField("speaker", e.evidence().speaker());
      g.writeObjectFieldStart("offsets");
      g.writeArrayFieldStart("sentence");
      g.writeNumber(e.evidence().sentenceBegin());
      g.writeNumber(e.evidence().sentenceEnd());
      g.writeEndArray();
      g.writeArrayFieldStart("trigger");
      g.writeNumber(e.evidence().triggerBegin());
      g.writeNumber(e.evidence().triggerEnd());
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(line.toString());
    out.write('\n');
  }

  private static void actor(JsonGenerator g, ActorRef a) throws IOException {
    if (a == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("code", a.code());
    g.writeStringField("country", a.country());
    g.writeStringField("name", a.name());
    g.writeStringField("text", a.text());
    g.writeBooleanField("known", a.known());
    g.writeStringField("resolved_by", a.resolvedBy());
    g.writeEndObject();
  }

  private void writeTsv(Event e) throws IOException {
    for (int i = 0; i < TSV.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      String cell = TSV.get(i).of().apply(e);
      out.write(cell == null ? "" : cell.replaceAll("[\\t\\r\\n]+", " "));
    }
    out.write('\n');
  }

  /** One direct quotation as a JSON line (no trailing newline). */
  static String quoteJson(Quote q) throws IOException {
    java.io.StringWriter line = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("article", q.articleId());
      g.writeNumberField("sentence_index", q.sentenceIndex());
      g.writeNumberField("begin", q.begin());
      g.writeNumberField("end", q.end());
      g.writeStringField("text", q.text());
      g.writeStringField("speaker_text", q.attributed() ? q.speakerText() : null);
      g.writeFieldName("speaker");
      actor(g, q.speaker());
      g.writeEndObject();
    }
    return line.toString();
  }

  private static String lower(Enum<?> value) {
    return value.name().equals("NONE") ? null : value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
