package org.dyad.events;

import java.util.Objects;
import org.dyad.actors.ActorRef;

/**
 * A direct quotation in an article, with who said it when the text says so.
 *
 * @param articleId the article's id
 * @param begin offset of the first quoted character (after the opening mark) in the article
 * @param end offset after the last quoted character (before the closing mark)
 * @param text the quoted words
 * @param sentenceIndex the sentence the quote begins in
 * @param speaker the speaker as an actor, when the speaker's words name one; else null
 * @param speakerText the article's words for the speaker ("he", "a senior official"), or ""
 *     when no speech verb attributes the quote
 */
public record Quote(String articleId, int begin, int end, String text, int sentenceIndex,
    ActorRef speaker, String speakerText) {

  public Quote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    speakerText = Objects.requireNonNullElse(speakerText, "");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad quote span " + begin + ".." + end);
    }
  }

  public boolean attributed() {
    return !speakerText.isEmpty();
  }

  /** Whether the character offset lies inside the quoted words. */
  public boolean covers(int offset) {
    return offset >= begin && offset < end;
  }
}
