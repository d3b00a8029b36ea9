package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The doer that an act names on itself with "by", where the parse would give it the subject
 * of some other verb or none: "retaliatory fire by Pakistani troops killed ..." is the
 * troops' killing even when the parser makes "fire" the object of "claimed"; so is "for
 * killing three soldiers by Pakistani troops"; and "a day after X killed" is X's. Pure and
 * thread-safe.
 */
final class ByAgents {

  /**
   * Verbs of claiming after which an object followed by a verb is a clause the parser split
   * ("claimed retaliatory fire by Pakistani troops killed seven soldiers": CoreNLP reads
   * "fire" as what was claimed and hangs "killed" on "claimed" as a bare dependent).
   */
  private static final Set<String> CLAIM_VERBS =
      Set.of("say", "claim", "allege", "report", "insist", "confirm", "believe");

  /** Lengths of time, which stand before "after" in "a day after X killed Y". */
  private static final Set<String> TIME_NOUNS =
      Set.of("minute", "hour", "day", "week", "month", "year");

  private ByAgents() {}

  /**
   * The real subject of a verb the parser hung on a verb of claiming as a bare dependent,
   * when that verb's object stands between them with no word joining the two: "The military
   * claimed retaliatory fire ... killed seven soldiers" ("fire" did the killing, not the
   * military), with a "by" the parser hung on the verb of claiming between the two. Empty for
   * any other attachment.
   */
  static Optional<List<Integer>> splitComplement(Sentence s, Dependency up) {
    int verb = up.governor();
    int v = up.dependent();
    if (!up.base().equals("dep") || verb < 0
        || !CLAIM_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    boolean joined = s.children(v).stream()
        .anyMatch(d -> d.base().equals("mark") || d.base().equals("cc"));
    List<Integer> objects = s.children(verb, "obj").stream()
        .filter(o -> o > verb && o < v).toList();
    if (joined || objects.size() != 1) {
      return Optional.empty();
    }
    // The parser may hang the object's "by" on the verb of claiming: it is the object's still.
    List<Integer> out = new ArrayList<>(objects);
    out.addAll(actorsOnly(s, s.children(verb, "obl:by").stream()
        .filter(b -> b > objects.get(0) && b < v).toList()));
    return Optional.of(out);
  }

  /**
   * The subjects of verb {@code v} once the parse's slips are undone: a gerund with none takes
   * its "by" ({@link #ofGerund}); a length of time whose "after" or "before" is the real
   * subject stands aside for it ("came a day after a series of blasts killed five": CoreNLP
   * makes "day" the subject of "killed").
   */
  static List<Integer> realSubjects(Sentence s, int v, List<Integer> subjects) {
    if (subjects.isEmpty()) {
      return ofGerund(s, v);
    }
    if (subjects.size() == 1 && TIME_NOUNS.contains(
        s.token(subjects.get(0)).lemma().toLowerCase(Locale.ROOT))) {
      int time = subjects.get(0);
      List<Integer> real = new ArrayList<>(s.children(time, "nmod:after"));
      real.addAll(s.children(time, "nmod:before"));
      real.removeIf(r -> r > v);
      return real.size() == 1 ? real : subjects;
    }
    return subjects;
  }

  /**
   * The doer of a gerund with no subject, from its "by": "vowed retribution for killing three
   * of its soldiers by Pakistani troops" (the parser may hang the "by" on the object).
   */
  static List<Integer> ofGerund(Sentence s, int v) {
    if (!s.token(v).pos().equals("VBG")) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(actorsOnly(s, s.children(v, "obl:by")));
    for (int object : s.children(v, "obj")) {
      out.addAll(actorsOnly(s, s.children(object, "nmod:by")));
    }
    return out;
  }

  /**
   * Names, plurals and nouns with a word of their own only: a participle ("by killing") and a
   * bare singular noun ("by air", "by force", "by drone") say how, not who.
   */
  private static List<Integer> actorsOnly(Sentence s, List<Integer> tokens) {
    return tokens.stream().filter(t -> {
      String pos = s.token(t).pos();
      return pos.equals("NNP") || pos.equals("NNPS") || pos.equals("NNS")
          || pos.equals("NN") && !s.children(t).isEmpty();
    }).toList();
  }
}
