package org.dyad.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * Tells whether an article's body is English, the only language Dyad's models and dictionaries
 * read, so that other languages are skipped with a message instead of coded into nonsense.
 * Pure and thread-safe.
 *
 * <p>Design decision: two cheap signals, no statistical model. The script: text whose letters
 * are mostly not Latin is not English. Then the share of English function words ("the", "of",
 * "and", "said": about a third of the words of English news) against the function words of the
 * languages most often mixed into English corpora (French, Spanish, Portuguese, Italian, German,
 * Dutch, Indonesian, Turkish). A short text is skipped only on clear evidence (several foreign
 * function words and almost no English ones), so a two-line English item is never lost.
 */
public final class LanguageCheck {

  private static final Set<String> ENGLISH = Set.of(
      "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
      "said", "it", "at", "from", "he", "his", "be", "are", "have", "has", "an", "will", "not",
      "this", "were", "they", "which", "who", "their", "been", "after", "also", "its", "but",
      "or", "had", "we", "would", "she", "her", "there", "than", "into", "about", "over",
      "against", "during", "since", "while", "our", "should", "could", "these", "those", "when",
      "what", "more", "other", "some", "such", "them", "him", "you", "i", "all", "no");

  private static final Map<String, Set<String>> OTHERS = Map.of(
      "French", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour",
          "qui", "que", "sur", "pas", "au", "aux", "ont", "été", "avec", "il", "elle", "cette",
          "ce", "sont", "selon", "mais", "leur", "plus"),
      "Spanish", Set.of("el", "los", "las", "del", "y", "es", "una", "por", "con", "para",
          "que", "se", "su", "sus", "al", "fue", "como", "pero", "más", "según", "este", "ha",
          "han", "lo", "sobre", "entre"),
      "Portuguese", Set.of("o", "os", "as", "da", "do", "das", "dos", "e", "é", "um", "uma",
          "em", "para", "com", "não", "que", "se", "na", "no", "foi", "pelo", "pela", "mais",
          "ao", "segundo"),
      "Italian", Set.of("il", "lo", "gli", "della", "delle", "dei", "di", "e", "è", "un", "una",
          "per", "con", "che", "non", "sono", "nel", "nella", "alla", "anche", "ha", "più",
          "secondo"),
      "German", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des",
          "ein", "eine", "sich", "auf", "auch", "für", "von", "zu", "im", "sie", "wird",
          "wurde", "nach", "bei", "sagte"),
      "Dutch", Set.of("de", "het", "een", "en", "van", "niet", "met", "zijn", "voor", "op",
          "dat", "die", "ook", "naar", "werd", "wordt", "heeft", "bij", "zei"),
      "Indonesian", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari",
          "tidak", "akan", "pada", "juga", "dalam", "ke", "oleh", "kata", "telah", "adalah"),
      "Turkish", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha",
          "gibi", "olan", "ama", "sonra", "dedi", "ancak"));

  /** What the check found. */
  public record Verdict(boolean english, String language, int words) {}

  private LanguageCheck() {}

  /**
   * The article unchanged when its body reads as English (or is too short to tell), else a
   * skipped result: {@code source: not English (looks like French); skipped}.
   */
  public static Result<Article> apply(Article article) {
    StringBuilder body = new StringBuilder();
    for (Span p : article.paragraphs()) {
      body.append(article.text(), p.begin(), p.end()).append('\n');
      if (body.length() > 20_000) {
        break; // enough to judge
      }
    }
    Verdict v = judge(body.toString());
    if (v.english()) {
      return Result.of(article);
    }
    return Result.skipped(Diagnostic.error(article.source(), 0, "not English (looks like "
        + v.language() + "); skipped"));
  }

  /** Judges a text. */
  public static Verdict judge(String text) {
    int latin = 0;
    int other = 0;
    Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(
        Character.UnicodeScript.class);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        other++;
        scripts.merge(s, 1, Integer::sum);
      }
    }
    if (other > latin) {
      Character.UnicodeScript top = scripts.entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(Character.UnicodeScript.UNKNOWN);
      return new Verdict(false, scriptName(top) + " script", 0);
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+");
    int n = 0;
    int en = 0;
    Map<String, Integer> foreign = new java.util.HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      boolean isEn = ENGLISH.contains(w);
      if (isEn) {
        en++;
      }
      for (Map.Entry<String, Set<String>> lang : OTHERS.entrySet()) {
        if (!isEn && lang.getValue().contains(w)) {
          foreign.merge(lang.getKey(), 1, Integer::sum);
        }
      }
    }
    Optional<Map.Entry<String, Integer>> best = foreign.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey()));
    int fn = best.map(Map.Entry::getValue).orElse(0);
    String lang = best.map(Map.Entry::getKey).orElse("another language");
    boolean english;
    if (n < 30) {
      english = !(fn >= 3 && fn > 3 * en);
    } else {
      double enShare = en / (double) n;
      english = enShare >= 0.12 || (enShare >= 0.05 && en >= fn);
    }
    return new Verdict(english, english ? "English" : lang, n);
  }

  private static String scriptName(Character.UnicodeScript s) {
    String name = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
