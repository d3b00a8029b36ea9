package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.Sentence;

/**
 * The country that leads "the coalition" an article speaks of, so that "coalition forces" and
 * "coalition troops" act for it rather than for the country where they fight: the country of
 * an "X-led coalition" the article names ("the U.S.-led coalition", "the Saudi-led
 * coalition"), else the government whose own page the article is ("An official website of the
 * United States government": a government's release tells of its own coalition). Pure and
 * thread-safe.
 *
 * <p>Design decision: a bare "coalition" with neither clue keeps the story's country, as any
 * generic actor does; a parliament's "ruling coalition" is never a military agent's modifier,
 * so only a coalition that modifies a generic actor ("coalition forces") is moved.
 */
public final class Coalitions {

  /** A government's banner on its own web pages. */
  private static final Pattern BANNER = Pattern.compile(
      "(?i)\\bofficial website of the ([A-Za-z. ]{2,40}?) government\\b");

  private final KnowledgeBase kb;

  public Coalitions(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The coalition's leading country, if the article tells it.
   *
   * @param text the article's text, banner included
   * @param sentences the article's sentences, with {@code mentions} found in each, in order
   */
  public Optional<String> leader(String text, List<Sentence> sentences,
      List<List<Mention>> mentions) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (int t = 1; t < s.tokens().size(); t++) {
        if (s.token(t).word().toLowerCase(Locale.ROOT).startsWith("coalition")) {
          Optional<String> led = ledBy(s, mentions.get(i), t - 1);
          if (led.isPresent()) {
            return led;
          }
        }
      }
    }
    Matcher m = BANNER.matcher(text);
    return m.find() ? country(m.group(1)) : Optional.empty();
  }

  /**
   * Where a generic actor modified by "coalition" ("coalition military forces") is from: the
   * leader an "X-led" before that "coalition" names, else the article's leader (stored in
   * {@code article} by {@link #leader}); empty for any other actor.
   */
  Optional<String> of(Sentence s, List<Mention> mentions, int head, Optional<String> article) {
    for (var d : s.children(head)) {
      if ((d.base().equals("compound") || d.base().equals("amod"))
          && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).equals("coalition")) {
        int at = d.dependent();
        return (at > 0 ? ledBy(s, mentions, at - 1) : Optional.<String>empty()).or(() -> article);
      }
    }
    return Optional.empty();
  }

  /** The country of "X-led" ending at token {@code end} ("U.S.-led", "Saudi - led"). */
  private Optional<String> ledBy(Sentence s, List<Mention> mentions, int end) {
    String word = s.token(end).word();
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("-led") && lower.length() > 4) {
      Mention m = Mention.at(mentions, end);
      String iso = m == null ? null : StoryCountry.countryOf(kb, m);
      return iso != null ? Optional.of(iso) : country(word.substring(0, word.length() - 4));
    }
    if (lower.equals("led") && end >= 2 && s.token(end - 1).word().equals("-")) {
      Mention m = Mention.at(mentions, end - 2);
      String iso = m == null ? null : StoryCountry.countryOf(kb, m);
      return iso != null ? Optional.of(iso) : country(s.token(end - 2).word());
    }
    return Optional.empty();
  }

  /** The country a name or adjective means ("U.S.", "Saudi", "United States"). */
  private Optional<String> country(String name) {
    return kb.lookup(Names.key(Names.pieces(name.strip()))).stream()
        .filter(n -> n.kind() == KnowledgeBase.Kind.COUNTRY
            || n.kind() == KnowledgeBase.Kind.ADJECTIVE)
        .map(n -> kb.countryOf(n.target())).filter(iso -> iso != null).findFirst();
  }
}
