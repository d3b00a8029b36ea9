package org.dyad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.Tsv;

/**
 * The CAMEO event codebook: every code with its name, Goldstein value and QuadClass, from
 * {@code cameo.tsv}. Immutable and thread-safe.
 */
public final class Codebook {

  /** One code of the codebook. QuadClass: 1 verbal cooperation, 2 material cooperation,
   * 3 verbal conflict, 4 material conflict. */
  public record Entry(CameoCode code, String name, double goldstein, int quadClass) {}

  private final Map<String, Entry> entries;

  private Codebook(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The codebook shipped with Dyad. */
  public static Codebook standard() {
    return load(Tsv.resource(Codebook.class, "cameo.tsv", 4));
  }

  /** Builds a codebook from rows, rejecting bad rows with their file and line. */
  public static Codebook load(List<Tsv.Row> rows) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Tsv.Row r : rows) {
      CameoCode code;
      double goldstein;
      int quad;
      try {
        code = CameoCode.of(r.get(0));
        goldstein = Double.parseDouble(r.get(2));
        quad = Integer.parseInt(r.get(3));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
      if (goldstein < -10 || goldstein > 10) {
        throw r.error("Goldstein value outside -10..10: " + goldstein);
      }
      if (quad != quadClassOf(code)) {
        throw r.error("QuadClass " + quad + " does not match root " + code.root());
      }
      if (entries.put(code.value(), new Entry(code, r.get(1), goldstein, quad)) != null) {
        throw r.error("code " + code + " is listed twice");
      }
    }
    for (int root = 1; root <= 20; root++) {
      String key = String.format(java.util.Locale.ROOT, "%02d", root);
      if (!entries.containsKey(key)) {
        throw new org.dyad.DataFileException("cameo.tsv", 0, "root " + key + " is missing");
      }
    }
    return new Codebook(entries);
  }

  /** The QuadClass a root belongs to. */
  public static int quadClassOf(CameoCode code) {
    int root = code.rootNumber();
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  public Optional<Entry> entry(CameoCode code) {
    return Optional.ofNullable(entries.get(code.value()));
  }

  /** The entry of a code that must exist (checked when patterns are loaded). */
  public Entry get(CameoCode code) {
    return entry(code).orElseThrow(() -> new IllegalArgumentException("no CAMEO code " + code));
  }

  public boolean contains(String code) {
    return entries.containsKey(code);
  }

  public int size() {
    return entries.size();
  }
}
