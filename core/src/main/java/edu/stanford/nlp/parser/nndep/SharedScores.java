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
 *       a chain of additions waiting on the one before. Here the weights are kept transposed, so
 *       that one hidden unit's (or one embedding value's) term is added to every row at once, a
 *       loop the JIT turns into vector instructions; each row still adds its terms in CoreNLP's
 *       order, so every sum is the same as before.
 *   <li>Where the parser's configuration allows one transition only, its choice does not depend
 *       on the scores, so none are computed: when the stack holds the root alone (only a shift
 *       can follow), or the root and one word (a shift while words wait, else the arc to the
 *       root). The feature vector says which: the tag feature of the stack's top word, or of
 *       the one below it, is the root's, a tag no tagger gives a word. The scores returned then
 *       are zeros, and the parser takes the one transition it may apply, as it would have with
 *       any scores.
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
  /** {@code w1} transposed: by input column (position × embedding + k), a value per unit. */
  private final float[][] w1ByColumn;
  /** {@code w2} transposed and widened (exactly) to double: by hidden unit, a value per row. */
  private final double[][] w2ByUnit;
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
  /** The root's tag id, or -1 where steps with one choice are not told apart. */
  private final int rootTag;
  /** Whether the arc to the root waits for the last word (CoreNLP's single-root parsing). */
  private final boolean singleRoot;
  /** Positions of the tag features of the stack's second and top words (getFeatureArray's). */
  private static final int TAG_S1 = 19;
  private static final int TAG_S0 = 20;

  /** A computed slice and the feature it is of; immutable, so safe to publish by a race. */
  private record Slice(int feature, float[] values) {}

  private SharedScores(Config config, Classifier original, double[][] saved,
      Map<Integer, Integer> preMap, int rootTag, boolean singleRoot) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(),
        java.util.List.of());
    this.w1 = original.getW1();
    this.w2 = original.getW2();
    this.w1ByColumn = new float[w1.length == 0 ? 0 : w1[0].length][w1.length];
    for (int i = 0; i < w1.length; i++) {
      for (int c = 0; c < w1[i].length; c++) {
        w1ByColumn[c][i] = w1[i][c];
      }
    }
    this.w2ByUnit = new double[w2.length == 0 ? 0 : w2[0].length][w2.length];
    for (int r = 0; r < w2.length; r++) {
      for (int k = 0; k < w2[r].length; k++) {
        w2ByUnit[k][r] = w2[r][k];
      }
    }
    this.rootTag = rootTag;
    this.singleRoot = singleRoot;
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
      Field systemField = DependencyParser.class.getDeclaredField("system");
      Field tagsField = DependencyParser.class.getDeclaredField("posIDs");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      Field singleRootField = ArcStandard.class.getDeclaredField("singleRoot");
      for (Field f : new Field[] {classifierField, configField, systemField, tagsField,
          savedField, preMapField, singleRootField}) {
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
      // Steps with one choice are told apart only in the arc-standard system whose feature
      // layout this class knows, and where the root's tag has an id of its own.
      @SuppressWarnings("unchecked")
      Map<String, Integer> tags = (Map<String, Integer>) tagsField.get(parser);
      Object system = systemField.get(parser);
      int rootTag = -1;
      boolean singleRoot = false;
      if (system != null && system.getClass() == ArcStandard.class && tags != null
          && tags.get(Config.ROOT) != null) {
        rootTag = tags.get(Config.ROOT);
        singleRoot = singleRootField.getBoolean(system);
      }
      SharedScores shared =
          new SharedScores(config, original, saved, preMap, rootTag, singleRoot);
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
        if (!Arrays.equals(original.computeScores(feature), scores(feature))) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  double[] computeScores(int[] feature) {
    if (oneChoice(feature)) {
      return new double[w2.length];
    }
    return scores(feature);
  }

  /**
   * Whether the configuration {@code feature} describes allows one transition only: the stack
   * holds the root alone, or (single-root parsing) the root and one word.
   */
  private boolean oneChoice(int[] feature) {
    if (rootTag < 0) {
      return false;
    }
    return feature[TAG_S0] == rootTag || (singleRoot && feature[TAG_S1] == rootTag);
  }

  /** The scores of every transition, as CoreNLP's classifier computes them. */
  private double[] scores(int[] feature) {
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

  /**
   * The output layer, a hidden unit's term added to every row at once; each row sums its terms
   * in unit order, as CoreNLP does, and {@code (double) w * x} is CoreNLP's product.
   */
  private double[] outputs(double[] h) {
    double[] scores = new double[w2.length];
    for (int k = 0; k < hidden; k++) {
      double x = h[k];
      double[] w = w2ByUnit[k];
      for (int r = 0; r < scores.length; r++) {
        scores[r] += x * w[r];
      }
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
    // An embedding value's term added to every unit at once; each unit sums in embedding order.
    double[] sums = new double[hidden];
    for (int k = 0; k < embedded.length; k++) {
      float x = embedded[k];
      float[] column = w1ByColumn[offset + k];
      for (int i = 0; i < hidden; i++) {
        sums[i] += column[i] * x;
      }
    }
    float[] values = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      values[i] = (float) sums[i];
    }
    cache[slot] = new Slice(index, values);
    return values;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
