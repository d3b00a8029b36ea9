package org.dyad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.Tsv;

/**
 * PLOVER, the second ontology every event carries: the PLOVER event type, mode and context of
 * each CAMEO code, from {@code plover.tsv}. Immutable and thread-safe.
 */
public final class Plover {

  /** The PLOVER (2021) event types. */
  public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /**
   * A PLOVER coding.
   *
   * @param type the event type, or null when PLOVER codes no event for the CAMEO code
   * @param mode the mode, or "" when none
   * @param context contexts, empty when none
   */
  public record Coding(String type, String mode, List<String> context) {
    public Coding {
      context = List.copyOf(context);
    }
  }

  private final Map<String, Coding> byCode;

  private Plover(Map<String, Coding> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** The mapping shipped with Dyad, checked against the codebook. */
  public static Plover standard(Codebook codebook) {
    return load(Tsv.resource(Plover.class, "plover.tsv", 2), codebook);
  }

  /** Builds the mapping from rows; every code must be in the codebook, and every event type
   * a PLOVER type. */
  public static Plover load(List<Tsv.Row> rows, Codebook codebook) {
    Map<String, Coding> byCode = new HashMap<>();
    for (Tsv.Row r : rows) {
      if (!codebook.contains(r.get(0))) {
        throw r.error("'" + r.get(0) + "' is not a code of the CAMEO codebook");
      }
      String type = r.get(1).equals("-") ? null : r.get(1);
      if (type != null && !TYPES.contains(type)) {
        throw r.error("'" + type + "' is not a PLOVER event type");
      }
      if (byCode.put(r.get(0), new Coding(type, r.get(2), r.list(3))) != null) {
        throw r.error("code " + r.get(0) + " is listed twice");
      }
    }
    return new Plover(byCode);
  }

  /** The PLOVER coding of a CAMEO code, falling back to its parent codes. */
  public Optional<Coding> of(CameoCode code) {
    for (String c = code.value(); c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Coding found = byCode.get(c);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }
}
