package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/** Hand-built tokens for the parse repairs' tests: each written {@code word/POS}. */
final class HandTokens {

  private HandTokens() {}

  static List<Token> of(String... wordTags) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < wordTags.length; i++) {
      String[] wt = wordTags[i].split("/");
      out.add(new Token(i, wt[0], wt[0], wt[1], "O", i, i + 1));
    }
    return out;
  }
}
