package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Dyad's scoring of CoreNLP's neural dependency parser: the same network, the same weights and
 * the same arithmetic as {@link Classifier#computeScores(int[])}, so the same scores to the last
 * bit, computed without the two things that made the parse the pipeline's bottleneck and kept a
 * second thread from helping (docs/BENCHMARKS.md, issue 18's profile):
 *
 * <ul>
 *   <li>CoreNLP caches the hidden-layer slices of features it has not precomputed in one
 *       least-recently-used map that every parsing thread locks on each lookup, and looks up
 *       its precomputed ones in a map of boxed integers. Here both are lock-free tables of
 *       primitives; a slice is a function of its feature alone, so which slices a cache holds
 *       never changes a score.
 *   <li>The output layer is one dot product a transition, and a slice one a hidden unit, each
 *       a chain of additions waiting on the one before. Here four rows are summed side by side,
 *       each in its own order, so the processor overlaps four chains and every sum is the same
 *       as before.
 * </ul>
 *
 * <p>Design decision: this class lives in CoreNLP's package because the parser calls the
 * package-private {@code computeScores}; it is Dyad's code (GPL-3.0-or-later), written against
 * CoreNLP 4.5.10. {@link #install} checks it against the parser's own classifier on random
 * feature vectors before putting it in, and leaves the parser as it was if any score differs,
 * so a CoreNLP whose arithmetic has changed parses as CoreNLP does, only slower.
 */
public final class SharedScores extends Classifier {

  /** Slots of the cache of computed slices: 32K slices of a 200-unit layer, about 27 MB. */
  private static final int CACHE_SLOTS = 1 << 15;
  /** Random feature vectors the check at installation scores both ways. */
  private static final int CHECKS = 256;

  private final float[][] w1;
  private final float[][] w2;
  private final float[][] e;
  private final float[] b1;
  private final int hidden;
  private final int embedding;
  /** Precomputed hidden-layer contributions, by {@link #preIndex}'s slot. */
  private final double[][] saved;
  /** Open addressing: feature index (token id × 48 + position), -1 where empty. */
  private final int[] preKeys;
  private final int[] preSlots;
  private final Slice[] cache = new Slice[CACHE_SLOTS];

  /** A computed slice and the feature it is of; immutable, so safe to publish by a race. */
  private record Slice(int feature, float[] values) {}

  private SharedScores(Config config, Classifier original, double[][] saved,
      Map<Integer, Integer> preMap) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(),
        java.util.List.of());
    this.w1 = original.getW1();
    this.w2 = original.getW2();
    this.e = original.getE();
    this.b1 = original.getb1();
    this.hidden = config.hiddenSize;
    this.embedding = config.embeddingSize;
    this.saved = saved;
    int size = Integer.highestOneBit(Math.max(1, preMap.size()) * 4);
    this.preKeys = new int[size];
    this.preSlots = new int[size];
    Arrays.fill(preKeys, -1);
    for (Map.Entry<Integer, Integer> entry : preMap.entrySet()) {
      int slot = mix(entry.getKey()) & (size - 1);
      while (preKeys[slot] != -1) {
        slot = (slot + 1) & (size - 1);
      }
      preKeys[slot] = entry.getKey();
      preSlots[slot] = entry.getValue();
    }
  }

  /**
   * Puts the shared scoring into {@code parser} if it scores exactly as the parser's own
   * classifier (a parser that has it already keeps it); answers why not where it did not.
   * Never throws for a CoreNLP it does not fit: the parser keeps its classifier.
   */
  public static Optional<String> install(DependencyParser parser) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      Field configField = DependencyParser.class.getDeclaredField("config");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      for (Field f : new Field[] {classifierField, configField, savedField, preMapField}) {
        f.setAccessible(true);
      }
      Classifier original = (Classifier) classifierField.get(parser);
      if (original instanceof SharedScores) {
        return Optional.empty();
      }
      if (original == null) {
        return Optional.of("the parser has no classifier");
      }
      Config config = (Config) configField.get(parser);
      double[][] saved = (double[][]) savedField.get(original);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(original);
      if (saved == null || preMap == null) {
        return Optional.of("the parser's classifier has no precomputed features");
      }
      SharedScores shared = new SharedScores(config, original, saved, preMap);
      if (!shared.scoresAs(original)) {
        return Optional.of("its scores differ from the parser's classifier's");
      }
      classifierField.set(parser, shared);
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // A CoreNLP whose classifier is built otherwise, or this class loaded apart from it.
      return Optional.of(e.toString());
    }
  }

  /**
   * Whether this scores random feature vectors exactly as {@code original} does: tokens drawn
   * from the precomputed features and from the whole vocabulary, as a sentence has both.
   */
  private boolean scoresAs(Classifier original) {
    if (hidden != w1.length || embedding != e[0].length) {
      return false;
    }
    Random random = new Random(18);
    int tokens = e.length;
    int[] pre = Arrays.stream(preKeys).filter(k -> k >= 0).toArray();
    for (int n = 0; n < CHECKS; n++) {
      int[] feature = new int[Config.numTokens];
      for (int j = 0; j < feature.length; j++) {
        feature[j] = random.nextInt(tokens);
      }
      for (int k = 0; k < feature.length / 2 && pre.length > 0; k++) {
        int known = pre[random.nextInt(pre.length)];
        feature[known % Config.numTokens] = known / Config.numTokens;
      }
      // Twice, so that the second pass reads the slices the first one cached.
      for (int pass = 0; pass < 2; pass++) {
        if (!Arrays.equals(original.computeScores(feature), computeScores(feature))) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] h = new double[hidden];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int slot = preIndex(index);
      if (slot >= 0) {
        double[] add = saved[slot];
        for (int i = 0; i < hidden; i++) {
          h[i] += add[i];
        }
      } else {
        float[] add = slice(index, tok, offset);
        for (int i = 0; i < hidden; i++) {
          h[i] += add[i];
        }
      }
      offset += embedding;
    }
    for (int i = 0; i < hidden; i++) {
      h[i] += b1[i];
      h[i] = h[i] * h[i] * h[i];
    }
    return outputs(h);
  }

  /** The output layer, four rows at a time; each row is summed in index order, as CoreNLP does. */
  private double[] outputs(double[] h) {
    int rows = w2.length;
    double[] scores = new double[rows];
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      float[] a = w2[r];
      float[] b = w2[r + 1];
      float[] c = w2[r + 2];
      float[] d = w2[r + 3];
      double sa = 0;
      double sb = 0;
      double sc = 0;
      double sd = 0;
      for (int k = 0; k < hidden; k++) {
        double x = h[k];
        sa += x * a[k];
        sb += x * b[k];
        sc += x * c[k];
        sd += x * d[k];
      }
      scores[r] = sa;
      scores[r + 1] = sb;
      scores[r + 2] = sc;
      scores[r + 3] = sd;
    }
    for (; r < rows; r++) {
      float[] a = w2[r];
      double s = 0;
      for (int k = 0; k < hidden; k++) {
        s += h[k] * a[k];
      }
      scores[r] = s;
    }
    return scores;
  }

  /** The slot of a precomputed feature, or -1. */
  private int preIndex(int index) {
    int mask = preKeys.length - 1;
    for (int slot = mix(index) & mask; ; slot = (slot + 1) & mask) {
      int key = preKeys[slot];
      if (key == index) {
        return preSlots[slot];
      }
      if (key == -1) {
        return -1;
      }
    }
  }

  /**
   * The hidden-layer contribution of a feature not precomputed: each unit's sum over the
   * embedding in double, of products taken in float, stored as float, as CoreNLP's cached path
   * computes it. Cached in a direct-mapped table; a slot another thread overwrites only costs
   * the slice again.
   */
  private float[] slice(int index, int tok, int offset) {
    int slot = mix(index) & (CACHE_SLOTS - 1);
    Slice cached = cache[slot];
    if (cached != null && cached.feature() == index) {
      return cached.values();
    }
    float[] embedded = e[tok];
    float[] values = new float[hidden];
    int n = embedded.length;
    int i = 0;
    // Four units side by side, as the output layer's rows: each summed in its own order.
    for (; i + 4 <= hidden; i += 4) {
      float[] a = w1[i];
      float[] b = w1[i + 1];
      float[] c = w1[i + 2];
      float[] d = w1[i + 3];
      double sa = 0;
      double sb = 0;
      double sc = 0;
      double sd = 0;
      for (int k = 0; k < n; k++) {
        float x = embedded[k];
        sa += a[offset + k] * x;
        sb += b[offset + k] * x;
        sc += c[offset + k] * x;
        sd += d[offset + k] * x;
      }
      values[i] = (float) sa;
      values[i + 1] = (float) sb;
      values[i + 2] = (float) sc;
      values[i + 3] = (float) sd;
    }
    for (; i < hidden; i++) {
      float[] a = w1[i];
      double sum = 0;
      for (int k = 0; k < n; k++) {
        sum += a[offset + k] * embedded[k];
      }
      values[i] = (float) sum;
    }
    cache[slot] = new Slice(index, values);
    return values;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
