package org.dyad.app;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.store.Days;
import org.dyad.actors.KnowledgeBase;
import org.dyad.store.ActorTerm;
import org.dyad.store.EventFilter;

/**
 * The query parameters of the HTTP API, read and checked: each bad value becomes a
 * {@link BadRequest} naming the parameter, which the server answers with a JSON error.
 */
final class WebParams {

  /** The earliest and latest day a date parameter may name: years 1 to 9999. */
  private static final int MAX_PARAM = 200;
  private static final Set<String> FILTERS = Set.of("actor", "source", "target", "code", "quad",
      "from", "to", "text");

  private WebParams() {}

  /** A bad request: the status (400 unless said) and the parameter at fault, if one is. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String parameter;

    BadRequest(String parameter, String message) {
      this(400, parameter, message);
    }

    BadRequest(int status, String parameter, String message) {
      super(message, null, false, false);
      this.status = status;
      this.parameter = parameter;
    }
  }

  /**
   * Refuses query parameters the endpoint does not know, so a typo is not silently ignored;
   * {@code filters} admits the event filters ({@link #filter}).
   */
  static void allow(Context ctx, boolean filters, String... own) {
    Set<String> known = new LinkedHashSet<>(Arrays.asList(own));
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name) && !(filters && FILTERS.contains(name))) {
        throw new BadRequest(name, name + ": not a parameter of " + ctx.path());
      }
    }
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getValue().size() > 1) {
        throw new BadRequest(e.getKey(), e.getKey() + ": given more than once");
      }
    }
  }

  /** The filter of a request's parameters; {@code kb} (may be null) knows actors' names. */
  static EventFilter filter(Context ctx, KnowledgeBase kb) {
    String code = text(ctx, "code");
    if (code != null && !code.matches("\\d{2,4}")) {
      throw new BadRequest("code", "code: a CAMEO code of 2 to 4 digits (04, 041), not '"
          + cut(code) + "'");
    }
    int quad = intParam(ctx, "quad", 0, 1, 4);
    LocalDate from = date("from", text(ctx, "from"));
    LocalDate to = date("to", text(ctx, "to"));
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequest("from", "from: " + from + " is after to " + to);
    }
    String words = text(ctx, "text");
    List<String> list = words == null ? List.of()
        : Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return new EventFilter(ActorTerm.known(text(ctx, "actor"), kb),
        ActorTerm.known(text(ctx, "source"), kb), ActorTerm.known(text(ctx, "target"), kb), code,
        quad, from, to, list, 0);
  }

  /** A text parameter, null when absent or blank; at most {@value #MAX_PARAM} characters. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_PARAM) {
      throw new BadRequest(name, name + ": at most " + MAX_PARAM + " characters");
    }
    return v.strip();
  }

  static int intParam(Context ctx, String name, int absent, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequest(name, name + ": a whole number from " + min + " to " + max + ", not '"
        + cut(v) + "'");
  }

  static boolean bool(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new BadRequest(name, name + ": true or false, not '" + cut(v) + "'");
  }

  /**
   * A day as YYYY-MM-DD, null when absent; a year outside 1 to 9999 ({@code +99999-01-01},
   * {@code -0001-01-01}, which {@link LocalDate#parse} accepts) is refused like any bad date.
   */
  static LocalDate date(String name, String v) {
    if (v == null) {
      return null;
    }
    try {
      return Days.parse(v);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(name, name + ": " + e.getMessage());
    }
  }

  static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E absent) {
    String v = text(ctx, name);
    if (v == null) {
      return absent;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new BadRequest(name, name + ": one of " + String.join(", ", names) + ", not '"
        + cut(v) + "'");
  }

  /** The value cut to 40 characters, for a message. */
  static String cut(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "…";
  }
}
