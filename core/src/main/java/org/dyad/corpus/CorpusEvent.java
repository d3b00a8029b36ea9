package org.dyad.corpus;

import java.util.List;
import org.dyad.events.Codebook;
import org.dyad.events.EventDate;
import org.dyad.events.Location;

/**
 * An event of the corpus: the mentions that report it (across articles and within one), with
 * GDELT's counts computed from them.
 *
 * @param id stable for the same mentions: derived from the first mention's article and event id
 * @param representative the mention that speaks for the event (a day written in the text
 *     first, then the most specific code, then the earliest)
 * @param cameo the most specific code among the mentions
 * @param date the event's date: the day most mentions write out, else the representative's
 * @param mentions every mention, first in corpus order
 * @param numSources distinct outlets
 * @param numArticles distinct articles
 */
public record CorpusEvent(long id, Report representative, Codebook.Entry cameo, EventDate date,
    List<Report> mentions, int numSources, int numArticles) {

  public CorpusEvent {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event has at least one mention");
    }
  }

  public int numMentions() {
    return mentions.size();
  }

  /** The PLOVER type of the first mention of the event's code, else the representative's. */
  public String ploverType() {
    return mentions.stream().filter(r -> r.event().code().equals(cameo.code())).findFirst()
        .map(r -> r.event().plover().type())
        .orElse(representative.event().plover().type());
  }

  /**
   * Where the event took place: the first place a mention's own location phrase gives, with
   * coordinates first, then another place a mention's sentence names, then a dateline's; null
   * when nothing places it.
   */
  public Location location() {
    Location best = null;
    for (Report r : mentions) {
      Location l = r.event().location();
      if (l != null && (best == null || rank(l) < rank(best))) {
        best = l;
      }
    }
    return best;
  }

  private static int rank(Location l) {
    return 2 * l.source().ordinal() + (l.lat() == null ? 1 : 0);
  }
}
