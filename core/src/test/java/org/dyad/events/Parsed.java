package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Hand-built parsed sentences for unit tests that need no CoreNLP. Tokens are written
 * {@code word/POS} (lemma: the word in lower case) or {@code word/POS/lemma}; dependencies
 * {@code "relation governor dependent"} with 0-based token indices, -1 for the root.
 */
final class Parsed {

  private Parsed() {}

  static Sentence of(String tagged, String... dependencies) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tagged.trim().split(" +")) {
      String[] parts = t.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(parts[0]);
      String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(tokens.size(), parts[0], lemma, parts[1], "O", begin,
          text.length()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String d : dependencies) {
      String[] f = d.trim().split(" +");
      deps.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, deps, List.of());
  }

  /** A dictionary of the given pattern lines ("code\tform\twords\ttargets"). */
  static PatternDictionary patterns(String... lines) {
    return PatternDictionary.load(org.dyad.Tsv.parse("test-patterns.tsv",
        String.join("\n", lines) + "\n", 4), org.dyad.Tsv.parse("test-light-verbs.txt",
            "hold\noffer\n", 1), Codebook.standard());
  }

  /** The pattern of a dictionary with the given id ({@code 041 noun "phone call"}). */
  static EventPattern pattern(PatternDictionary patterns, String id) {
    return patterns.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** Dyad's shipped knowledge base, loaded once for the tests that resolve actors. */
  private static org.dyad.actors.KnowledgeBase kb;

  static synchronized org.dyad.actors.KnowledgeBase kb() {
    if (kb == null) {
      kb = org.dyad.actors.KnowledgeBase.standard();
    }
    return kb;
  }

  /** A coder with the shipped knowledge base and codebook and the given patterns. */
  static EventCoder coder(PatternDictionary patterns) {
    Codebook codebook = Codebook.standard();
    return new EventCoder(codebook, Plover.standard(codebook), kb(), patterns,
        new org.dyad.actors.ActorResolver(kb(), org.dyad.actors.Offices.standard(kb())),
        new EventDater(), EventCoder.standardSpeechVerbs());
  }

  /** A sentence with the knowledge base's names found in it, as an article's first. */
  static org.dyad.actors.ActorResolver.Context context(Sentence s, java.time.LocalDate day) {
    return new org.dyad.actors.ActorResolver.Context(s,
        org.dyad.actors.MentionFinder.standard(kb()).find(s), day,
        new org.dyad.actors.Antecedents());
  }
}
