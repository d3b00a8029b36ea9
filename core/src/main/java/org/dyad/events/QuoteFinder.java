package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorRef;
import org.dyad.actors.ActorResolver;
import org.dyad.ingest.Span;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds direct quotations and who said them. A quotation is text between quotation marks
 * (“…”, "…" or ‘…’) of at least {@value #MIN_WORDS} words with a verb in it, so scare quotes
 * ("the so-called 'peace plan'") and titles are left out. Its speaker is the subject of a
 * verb of saying outside the marks in a sentence the quote shares: {@code "…," he added},
 * {@code The minister told reporters: "…"}. Thread-safe.
 *
 * <p>Design decision: a quote left open at the end of a paragraph ends there. Newspapers run
 * a long quote over paragraphs by reopening it in each one without closing the last, so
 * pairing marks across paragraphs would swallow the narrative between two quotes.
 */
public final class QuoteFinder {

  /** Fewer words than this between marks is a scare quote or a name, not a quotation. */
  public static final int MIN_WORDS = 4;

  private final ActorResolver resolver;
  private final Set<String> speechVerbs;

  public QuoteFinder(ActorResolver resolver, Set<String> speechVerbs) {
    this.resolver = resolver;
    this.speechVerbs = Set.copyOf(speechVerbs);
  }

  /** Quoted stretches of the given paragraphs of a text, as spans inside the marks. */
  public static List<Span> marks(String text, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs) {
      int open = -1;
      char closer = 0;
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        char before = i > p.begin() ? text.charAt(i - 1) : ' ';
        char after = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
        if (open >= 0 && c == closer && (c != '’' || !Character.isLetter(after))) {
          add(text, open, i, out);
          open = -1;
        } else if (open >= 0 && c == '“') {
          add(text, open, i, out); // an unclosed quote followed by a new one
          open = i + 1;
          closer = '”';
        } else if (open < 0 && (c == '“' || c == '"' && opensAfter(before)
            || c == '‘' && !Character.isLetterOrDigit(before))) {
          open = i + 1;
          closer = c == '“' ? '”' : c == '‘' ? '’' : '"';
        }
      }
      if (open >= 0) {
        add(text, open, p.end(), out);
      }
    }
    return out;
  }

  /** The most text between two quotations of one speaker: {@code ," the minister said. "}. */
  private static final int ATTRIBUTION_CHARS = 80;

  /**
   * Whether a quotation goes on from the one before it, so that it has the same speaker: the
   * next in the same paragraph with only a short attribution between them ({@code "…," Mr. Ban
   * said. "That is why I …"}). A new paragraph may be someone else speaking.
   */
  public static boolean continues(String text, Span before, Span next) {
    if (before.end() > next.begin() || next.begin() - before.end() > ATTRIBUTION_CHARS) {
      return false;
    }
    String between = text.substring(before.end(), next.begin());
    return between.indexOf('\n') < 0 && between.indexOf('\r') < 0;
  }

  private static boolean opensAfter(char before) {
    return Character.isWhitespace(before) || "([{—–-:".indexOf(before) >= 0;
  }

  private static void add(String text, int begin, int end, List<Span> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && (Character.isWhitespace(text.charAt(end - 1))
        || text.charAt(end - 1) == ',')) {
      end--;
    }
    String inside = text.substring(begin, end).strip();
    if (!inside.isEmpty() && inside.split("\\s+").length >= MIN_WORDS) {
      out.add(new Span(begin, end));
    }
  }

  /** Whether the sentence holds a verb inside the span: what people say has one. */
  public static boolean hasVerbInside(Sentence s, Span quote) {
    return s.tokens().stream().anyMatch(t -> t.isVerb() && t.begin() >= quote.begin()
        && t.end() <= quote.end());
  }

  /**
   * Whether the sentence can give the speaker of a quote it shares, read from its tokens
   * alone: it has a verb of saying outside the quote. Only such a sentence needs a parse for
   * {@link #speaker}.
   */
  public boolean maySpeak(Sentence s, Span quote) {
    return s.begin() <= quote.end() && quote.begin() <= s.end() && s.tokens().stream()
        .anyMatch(t -> outside(t, quote) && isSpeechVerb(t));
  }

  private static boolean outside(Token t, Span quote) {
    return t.end() <= quote.begin() - 1 || t.begin() >= quote.end() + 1;
  }

  private boolean isSpeechVerb(Token t) {
    return t.isVerb() && speechVerbs.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Who is said to have spoken the words: an actor, and the article's words for them. */
  public record Speaker(ActorRef actor, String words) {}

  /**
   * The speaker a sentence gives for a quote it shares: the subject of a verb of saying that
   * lies outside the quote (the one nearest the quote when there are several).
   */
  public Optional<Speaker> speaker(ActorResolver.Context c, Span quote) {
    Sentence s = c.sentence();
    Token best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      if (!outside(t, quote) || !isSpeechVerb(t)) {
        continue;
      }
      int distance = Math.min(Math.abs(t.begin() - quote.end()),
          Math.abs(quote.begin() - t.end()));
      if (subject(s, t.index(), quote) >= 0 && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int subject = subject(s, best.index(), quote);
    Optional<ActorRef> actor = resolver.resolve(c, subject);
    String words = actor.map(ActorRef::text).filter(w -> !w.isBlank())
        .orElseGet(() -> phrase(s, subject));
    return Optional.of(new Speaker(actor.orElse(null), words));
  }

  private static int subject(Sentence s, int verb, Span quote) {
    for (Dependency d : s.children(verb)) {
      Token t = s.token(d.dependent());
      if (d.base().equals("nsubj") && (t.end() <= quote.begin() || t.begin() >= quote.end())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The subject's noun phrase, less clauses and appositions hanging off it. */
  private static String phrase(Sentence s, int head) {
    List<Integer> words = s.subtree(head, List.of("acl", "acl:relcl", "appos", "punct",
        "conj", "cc"));
    int first = words.stream().mapToInt(Integer::intValue).min().orElse(head);
    int last = words.stream().mapToInt(Integer::intValue).max().orElse(head);
    return s.span(first, last);
  }
}
