package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A surname after a title ("Iraqi Foreign Minister Zebari", "KRG President Barzani") is the
 * one person of that surname in office on the date, on hand-built parses with the shipped
 * knowledge base.
 */
class TitledSurnameTest {

  private static final LocalDate DAY = LocalDate.of(2013, 6, 15);
  private static KnowledgeBase kb;
  private static ActorResolver resolver;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.standard();
    resolver = new ActorResolver(kb, Offices.standard(kb));
  }

  /** "A/B C/D Name/NNP/PERSON" tokens with the title's words compounded onto the name. */
  private static ActorRef resolveLast(String tagged, String... deps) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tagged.split(" ")) {
      String[] p = t.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(p[0]);
      tokens.add(new Token(tokens.size(), p[0], p[0].toLowerCase(Locale.ROOT), p[1],
          p.length > 2 ? p[2] : "O", begin, text.length()));
    }
    List<Dependency> d = new ArrayList<>();
    for (String x : deps) {
      String[] f = x.split(" ");
      d.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
    }
    Sentence s = new Sentence(0, 0, text.length(), text.toString(), tokens, d, List.of());
    ActorResolver.Context c = new ActorResolver.Context(s, MentionFinder.standard(kb).find(s),
        DAY, new Antecedents());
    return resolver.resolve(c, tokens.size() - 1).orElseThrow();
  }

  @Test
  void aForeignMinistersSurnameIsTheMinisterOnTheDate() {
    // Dyad's own "Hoshyar Zebari" and the imported dictionary's entry are one person.
    ActorRef a = resolveLast("Iraqi/JJ Foreign/NNP Minister/NNP Zebari/NNP/PERSON",
        "amod 2 0", "compound 2 1", "compound 3 2", "root -1 3");
    assertEquals("hoshyar-zebari", a.id());
    assertEquals("IRQGOV", a.code());
  }

  @Test
  void ofTwoNamesakesInOfficeTheTitlesOfficeDecides() {
    // In June 2013 one Barzani was the Kurdistan Region's president, another its prime
    // minister.
    assertEquals("masoud-barzani", resolveLast("KRG/NNP/ORGANIZATION President/NNP"
        + " Barzani/NNP/PERSON", "compound 1 0", "compound 2 1", "root -1 2").id());
    assertEquals("nechirvan-barzani", resolveLast("KRG/NNP/ORGANIZATION Prime/NNP"
        + " Minister/NNP Barzani/NNP/PERSON", "compound 2 0", "compound 2 1", "compound 3 2",
        "root -1 3").id());
  }
}
