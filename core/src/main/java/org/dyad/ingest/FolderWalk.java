package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.Diagnostic;

/**
 * The files of a directory tree that {@link ArticleSource} reads, and a positioned problem for
 * each part of the tree it cannot: a folder that cannot be listed, a symbolic link that loops
 * back to a folder above it or leads nowhere, a second link to a folder already read, a thing
 * that is not a file (a pipe, a device). One bad part never hides the rest: the walk names it
 * and goes on. Symbolic links to folders are followed, each real folder read once.
 *
 * <p>Hidden files and folders (a name starting with ".") and documentation files are passed
 * over, as {@link ArticleSource} documents.
 */
final class FolderWalk {

  /** One entry of the walk: a file to read, or a part of the tree skipped and why. */
  record Entry(Path path, Diagnostic problem) {}

  private FolderWalk() {}

  /**
   * The tree's files and problems, sorted by path. The walk goes depth first through each
   * folder's entries sorted by name, symbolic links after the rest: a folder is read where the
   * walk first meets it; a later way to the same folder is named and skipped.
   */
  static List<Entry> walk(Path root) {
    List<Entry> out = new ArrayList<>();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (IOException e) {
      out.add(skipped(root, why(e)));
      return out;
    }
    new FolderWalk.Walker(out).folder(root, key(root, attrs), new ArrayDeque<>());
    out.sort(Comparator.comparing(Entry::path));
    return out;
  }

  /** One walk's state: what was found, and the real folders read so far. */
  private record Walker(List<Entry> out, Map<Object, Path> seen) {
    Walker(List<Entry> out) {
      this(out, new HashMap<>());
    }

    void folder(Path dir, Object key, Deque<Object> above) {
      seen.put(key, dir);
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
        list.forEach(children::add);
      } catch (IOException | DirectoryIteratorException e) {
        IOException cause = e instanceof DirectoryIteratorException d ? d.getCause()
            : (IOException) e;
        out.add(skipped(dir, children.isEmpty() ? why(cause) : "the folder could not be"
            + " listed to its end (" + Readers.describe(cause) + "); the rest of it is"
            + " skipped"));
      }
      // Real entries before symbolic links, so that a folder is read under its own name
      // when a link to it sits beside it.
      children.sort(Comparator.comparing((Path p) -> Files.isSymbolicLink(p))
          .thenComparing(p -> p.getFileName().toString()));
      above.push(key);
      for (Path child : children) {
        entry(child, above);
      }
      above.pop();
    }

    private void entry(Path p, Deque<Object> above) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        return;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        out.add(skipped(p, Files.isSymbolicLink(p) ? "a symbolic link to nothing ("
            + target(p) + "); skipped" : why(e)));
        return;
      }
      if (attrs.isDirectory()) {
        Object key = key(p, attrs);
        if (above.contains(key)) {
          out.add(skipped(p, "a symbolic link back to the folder " + seen.get(key)
              + " above it (a loop); skipped"));
        } else if (seen.containsKey(key)) {
          out.add(skipped(p, "leads to the folder " + seen.get(key) + ", read once under"
              + " that name; skipped"));
        } else {
          folder(p, key, above);
        }
      } else if (ArticleSource.documentation(name)) {
        return;
      } else if (attrs.isRegularFile()) {
        out.add(new Entry(p, null));
      } else {
        out.add(skipped(p, "not a regular file (a pipe, socket or device); skipped"));
      }
    }
  }

  /** What tells a real folder apart however it is reached: its file key, else its real path. */
  private static Object key(Path dir, BasicFileAttributes attrs) {
    if (attrs.fileKey() != null) {
      return attrs.fileKey();
    }
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "cannot list or read it: permission denied; skipped";
    }
    if (e instanceof NoSuchFileException) {
      return "gone while the folder was read; skipped";
    }
    return "cannot list or read it: " + Readers.describe(e) + "; skipped";
  }

  private static Entry skipped(Path path, String message) {
    return new Entry(path, Diagnostic.error(path.toString(), 0, message));
  }

  private static String target(Path link) {
    try {
      return "it points to " + Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException e) {
      return "its target cannot be read";
    }
  }
}
