package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dyad.Diagnostic;
import org.dyad.Result;

/**
 * The one entry point to reading articles: files, directories walked recursively and standard
 * input ({@code -}), each in any format Dyad reads (plain text, HTML, JSON lines, WARC and WET,
 * any of them gzip-compressed), told apart by content. Yields one result per article or per
 * input that could not be used, lazily and in a stable order (inputs as given, a directory's
 * files sorted), so a run holds one record at a time however large its inputs. Not
 * thread-safe: one consumer iterates it; close it to release the open file.
 *
 * <p>Inside a directory, hidden files and folders (a name starting with ".") and the usual
 * documentation files (README, LICENSE, COPYING, NOTICE, CHANGELOG) are not read: they sit
 * beside corpora and are not articles. A part of the tree that cannot be read (a folder that
 * cannot be listed, a symbolic link loop) is one skipped result naming it, in its place; the
 * rest is read ({@link FolderWalk}).
 *
 * <p>Article ids are the file's base name for one-article files, a JSON-lines record's id
 * field (else {@code FILE-lineN}) and a WARC record's id (16 hex digits of its UUID). An id
 * seen before in the same source gets a suffix ({@code -2}) with a warning, so ids are unique
 * within a run.
 */
public final class ArticleSource implements Iterator<Result<Article>>, Closeable {

  /** Articles (files, JSON lines, WARC records) larger than this are skipped. */
  public static final long MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

  /** Names standard input among the inputs. */
  public static final String STDIN = "-";

  /**
   * How to read.
   *
   * @param jsonl the JSON-lines field names
   * @param stdin what {@code -} reads
   * @param maxArticleBytes the size limit of one article
   */
  public record Options(JsonlFields jsonl, InputStream stdin, long maxArticleBytes) {
    public Options {
      Objects.requireNonNull(jsonl, "jsonl");
      Objects.requireNonNull(stdin, "stdin");
      if (maxArticleBytes < 1) {
        throw new IllegalArgumentException("maxArticleBytes must be positive");
      }
    }

    /** The default fields, the process's standard input, the default size limit. */
    public static Options defaults() {
      return new Options(JsonlFields.defaults(), System.in, MAX_ARTICLE_BYTES);
    }

    public Options withJsonl(JsonlFields fields) {
      return new Options(fields, stdin, maxArticleBytes);
    }

    public Options withStdin(InputStream in) {
      return new Options(jsonl, in, maxArticleBytes);
    }

    public Options withMaxArticleBytes(long max) {
      return new Options(jsonl, stdin, max);
    }
  }

  private static final Set<String> SINGLE_ARTICLE_EXTENSIONS =
      Set.of("txt", "text", "htm", "html", "xhtml", "shtml", "php", "asp", "aspx");

  private final ArticleAssembler assembler;
  private final Options options;
  private final Deque<Input> pending = new ArrayDeque<>();
  private final Set<String> ids = new HashSet<>();
  private final long expected;
  private InputStream open;
  private RecordReader current;
  private Result<Article> next;
  private int files;

  private ArticleSource(ArticleParser parser, Options options, List<Path> inputs) {
    this.assembler = new ArticleAssembler(parser);
    this.options = options;
    boolean allSingle = true;
    for (Path p : inputs) {
      if (p.toString().equals(STDIN)) {
        pending.add(new Input(p, null, null, null));
        allSingle = false;
      } else if (Files.isDirectory(p)) {
        for (FolderWalk.Entry e : FolderWalk.walk(p)) {
          pending.add(new Input(e.path(), null, null, e.problem()));
          allSingle &= e.problem() != null || singleArticleName(e.path());
        }
      } else {
        pending.add(new Input(p, null, null, null));
        allSingle &= singleArticleName(p);
      }
    }
    this.expected = allSingle ? pending.size() : -1;
  }

  /**
   * One input to open: a path, or a stream opened elsewhere with the name it goes by; or a
   * part of a directory tree that cannot be read ({@code problem}), reported in its turn.
   */
  private record Input(Path path, String name, InputStream stream, Diagnostic problem) {}

  private ArticleSource(ArticleParser parser, Options options, String name, InputStream in) {
    this.assembler = new ArticleAssembler(parser);
    this.options = options;
    pending.add(new Input(null, name, in, null));
    this.expected = -1;
  }

  /** Opens the inputs with Dyad's standard parser. Nothing is read until iteration. */
  public static ArticleSource open(List<Path> inputs, Options options) {
    return new ArticleSource(ArticleParser.standard(), options, inputs);
  }

  /** Opens the inputs with the given parser. */
  public static ArticleSource open(List<Path> inputs, Options options, ArticleParser parser) {
    return new ArticleSource(parser, options, inputs);
  }

  /**
   * Reads one file's bytes that something else opened (a Hadoop file system, an archive), in
   * any format {@link #open} reads. {@code name} stands for the file's path: its last segment
   * after '/' gives the article id as a file name does, and the whole name is each article's
   * source. The stream is closed with the source.
   */
  public static ArticleSource open(String name, InputStream in, Options options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    return new ArticleSource(ArticleParser.standard(), options, name, in);
  }

  /** Reads everything into a list: for tests and small inputs only. */
  public static List<Result<Article>> readAll(List<Path> inputs, Options options) {
    List<Result<Article>> out = new ArrayList<>();
    try (ArticleSource s = open(inputs, options)) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  /**
   * How many articles the inputs hold, when that is known without reading them: when every
   * input is a file named as a one-article file ({@code .txt}, {@code .html}, ...).
   */
  public OptionalLong expectedArticles() {
    return expected >= 0 ? OptionalLong.of(expected) : OptionalLong.empty();
  }

  /** How many files (and standard input) have been opened so far. */
  public int files() {
    return files;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null) {
        Optional<Result<Article>> r = current.next();
        if (r.isPresent()) {
          next = unique(r.get());
          break;
        }
        closeCurrent();
      }
      if (pending.isEmpty()) {
        return false;
      }
      Result<Article> problem = openNext(pending.removeFirst());
      if (problem != null) {
        next = unique(problem);
      }
    }
    return true;
  }

  @Override
  public Result<Article> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Result<Article> r = next;
    next = null;
    return r;
  }

  @Override
  public void close() {
    closeCurrent();
    for (Input i : pending) {
      if (i.stream() != null) {
        try {
          i.stream().close();
        } catch (IOException e) {
          // never read: nothing to lose
        }
      }
    }
    pending.clear();
  }

  private void closeCurrent() {
    current = null;
    if (open != null) {
      try {
        if (open != options.stdin()) {
          open.close();
        }
      } catch (IOException e) {
        // closing a file we only read cannot lose anything
      }
      open = null;
    }
  }

  /** Opens one input and sets {@link #current}; or returns the result saying why it cannot. */
  private Result<Article> openNext(Input input) {
    if (input.problem() != null) {
      return Result.skipped(input.problem());
    }
    Path path = input.path();
    boolean named = input.stream() != null;
    boolean stdin = !named && path.toString().equals(STDIN);
    String source = named ? input.name() : stdin ? "<stdin>" : path.toString();
    if (!named && !stdin && !Files.exists(path)) {
      return Result.skipped(Diagnostic.error(source, 0, "no such file or directory"));
    }
    if (!named && !stdin && Files.isDirectory(path)) {
      return Result.skipped(Diagnostic.error(source, 0, "a folder, found where a file was"
          + " listed; skipped"));
    }
    files++;
    try {
      InputStream raw = named ? input.stream() : stdin ? options.stdin()
          : Files.newInputStream(path);
      open = raw;
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      byte[] head = peek(in);
      boolean gzip = Format.isGzip(head, head.length);
      InputStream content = in;
      if (gzip) {
        // No buffering stream over the decompressor: one that reads ahead would lose the
        // bytes it had already inflated when a truncated stream ends in an exception.
        PushbackInputStream unzipped = new PushbackInputStream(
            new GZIPInputStream(in, 64 * 1024), Format.SNIFF_BYTES);
        head = peekGzip(unzipped);
        content = unzipped;
      }
      if (head.length == 0) {
        return Result.skipped(Diagnostic.error(source, 0, "empty file; skipped"));
      }
      Format format = Format.detect(head, head.length);
      String baseId = named ? baseId(input.name().substring(input.name().lastIndexOf('/') + 1))
          : stdin ? "stdin" : baseId(path);
      switch (format) {
        case JSONL -> current = new JsonlReader(new ByteLines(content), source, baseId,
            options.jsonl(), assembler, options.maxArticleBytes());
        case WARC -> current = new WarcArticles(new ByteLines(content), source, baseId,
            assembler, options.maxArticleBytes());
        default -> {
          Result<Article> one = single(source, baseId, content, format,
              gzip || stdin || named ? -1 : Files.size(path));
          closeCurrent();
          return one;
        }
      }
      return null;
    } catch (EOFException e) {
      closeCurrent();
      return Result.skipped(Diagnostic.error(source, 0, "the compressed data ends unexpectedly"
          + " (truncated gzip); skipped"));
    } catch (ZipException e) {
      closeCurrent();
      return Result.skipped(Diagnostic.error(source, 0, "corrupt gzip data ("
          + e.getMessage() + "); skipped"));
    } catch (IOException e) {
      closeCurrent();
      return Result.skipped(Diagnostic.error(source, 0, "cannot read file: "
          + Readers.describe(e)));
    }
  }

  private Result<Article> single(String source, String id, InputStream in, Format format,
      long size) throws IOException {
    long max = options.maxArticleBytes();
    if (size > max) {
      return tooLarge(source, size);
    }
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
    if (bytes.length > max) {
      long total = bytes.length;
      byte[] sink = new byte[64 * 1024];
      for (int k; (k = in.read(sink)) > 0; ) {
        total += k; // read to the end so the size is told right; nothing is kept
      }
      return tooLarge(source, total);
    }
    return assembler.fromBytes(id, source, bytes, format, null, ArticleParser.Metadata.NONE);
  }

  private Result<Article> tooLarge(String source, long size) {
    return Result.skipped(Diagnostic.error(source, 0, "file is " + Readers.megabytes(size)
        + ", more than the " + Readers.megabytes(options.maxArticleBytes())
        + " an article may have; skipped"));
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(Format.SNIFF_BYTES + 1);
    byte[] head = in.readNBytes(Format.SNIFF_BYTES);
    in.reset();
    return head;
  }

  /** The first bytes of decompressed data, as many as there are before a truncation. */
  private static byte[] peekGzip(PushbackInputStream in) throws IOException {
    byte[] head = new byte[Format.SNIFF_BYTES];
    int n = 0;
    try {
      for (int k; n < head.length && (k = in.read(head, n, head.length - n)) > 0; ) {
        n += k;
      }
    } catch (EOFException e) {
      if (n == 0) {
        throw e;
      }
    }
    in.unread(head, 0, n);
    return Arrays.copyOf(head, n);
  }

  /** An article whose id was seen before gets a suffix, with a warning. */
  private Result<Article> unique(Result<Article> r) {
    if (r.isSkipped()) {
      return r;
    }
    Article a = r.value().get();
    if (ids.add(a.id())) {
      return r;
    }
    int k = 2;
    while (!ids.add(a.id() + "-" + k)) {
      k++;
    }
    String id = a.id() + "-" + k;
    List<Diagnostic> notes = new ArrayList<>(r.diagnostics());
    notes.add(Diagnostic.warning(a.source(), 0, "article id '" + a.id()
        + "' is used by an earlier article; this one is '" + id + "'"));
    return Result.of(new Article(id, a.source(), a.text(), a.published(), a.publishedFrom(),
        a.headline(), a.dateline(), a.url(), a.publisher(), a.paragraphs(), a.boilerplate()),
        notes);
  }

  /** The file name without its extensions ({@code .html.gz} too): the article id. */
  static String baseId(Path file) {
    return baseId(file.getFileName().toString());
  }

  private static String baseId(String fileName) {
    String name = fileName;
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean singleArticleName(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && SINGLE_ARTICLE_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /**
   * True for the documentation files a directory's reading passes over (README, LICENSE,
   * COPYING, NOTICE, CHANGELOG, with any extension): for readers that list directories
   * themselves.
   */
  public static boolean documentation(String fileName) {
    String name = fileName.toUpperCase(Locale.ROOT);
    for (String doc : new String[] {"README", "LICENSE", "LICENCE", "COPYING", "NOTICE",
        "CHANGELOG"}) {
      if (name.equals(doc) || name.startsWith(doc + ".")) {
        return true;
      }
    }
    return false;
  }
}
