package org.dyad;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a golden sentence file, in an inline-annotated form a person can read and diff:
 * {@code [SRC:IRNGOV Velayati] held a [EVT:041 phone call] with [TGT:PSEREB al-Nakhala].}
 * A line starting {@code [NONE]} expects no event at all; {@code [NEG]}, {@code [FUT]} or
 * {@code [HYP]} expect the event's mode to be negated, future or hypothetical (any other
 * line's event must be asserted). {@code [NOT:19]} at the end of a line forbids any event
 * under that code ("denied attacking" must not give an attack). Without a TGT mark, the
 * target is not checked. EVT may give a root ("04") to accept any code below it. SRC and TGT
 * may pin the actor's identity too: {@code [SRC:TURGOV=recep-tayyip-erdogan Turkey's
 * president]}.
 */
record GoldenSentence(int line, String text, String source, String target, String event,
    boolean none, String mode, String forbidden) {

  private static final Pattern NOT = Pattern.compile("\\s*\\[NOT:(\\d{2,4})\\]\\s*$");

  private static final java.util.Map<String, String> MODES = java.util.Map.of(
      "[NEG]", "negated", "[FUT]", "future", "[HYP]", "hypothetical");

  private static final Pattern MARK = Pattern.compile("\\[(SRC|TGT|EVT):(\\S+) ([^\\]]+)\\]");

  static GoldenSentence parse(int line, String annotated) {
    String forbidden = null;
    Matcher not = NOT.matcher(annotated);
    if (not.find()) {
      forbidden = not.group(1);
      annotated = annotated.substring(0, not.start());
    }
    boolean none = annotated.startsWith("[NONE]");
    String mode = "asserted";
    String rest = none ? annotated.substring(6).strip() : annotated;
    for (java.util.Map.Entry<String, String> m : MODES.entrySet()) {
      if (annotated.startsWith(m.getKey())) {
        mode = m.getValue();
        rest = annotated.substring(m.getKey().length()).strip();
      }
    }
    Matcher m = MARK.matcher(rest);
    StringBuilder plain = new StringBuilder();
    String src = null;
    String tgt = null;
    String evt = null;
    while (m.find()) {
      m.appendReplacement(plain, Matcher.quoteReplacement(m.group(3)));
      switch (m.group(1)) {
        case "SRC" -> src = m.group(2);
        case "TGT" -> tgt = m.group(2);
        default -> evt = m.group(2);
      }
    }
    m.appendTail(plain);
    if (!none && (src == null || evt == null)) {
      throw new IllegalArgumentException("line " + line + ": needs [SRC:..] and [EVT:..] marks");
    }
    return new GoldenSentence(line, plain.toString(), src, tgt, evt, none, mode, forbidden);
  }

  static List<GoldenSentence> parseAll(List<String> lines) {
    List<GoldenSentence> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        out.add(parse(i + 1, l));
      }
    }
    return out;
  }
}
