package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dyad.Diagnostic;
import org.dyad.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory tree with parts that cannot be read: each part is named and skipped, the rest is
 * read (issue 17: one unreadable folder used to drop the whole tree).
 */
class FolderWalkTest {

  @TempDir
  Path dir;

  private Path locked;

  @AfterEach
  void unlock() throws IOException {
    if (locked != null) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private Path article(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "Iran condemned the raid in " + relative + ".\n");
  }

  private static List<String> ids(List<Result<Article>> rs) {
    return rs.stream().filter(r -> !r.isSkipped()).map(r -> r.value().get().id()).toList();
  }

  private static List<String> problems(List<Result<Article>> rs) {
    return rs.stream().filter(Result::isSkipped)
        .map(r -> r.diagnostics().stream().map(Diagnostic::toString).findFirst().orElse(""))
        .toList();
  }

  private List<Result<Article>> read() {
    return ArticleSource.readAll(List.of(dir), ArticleSource.Options.defaults());
  }

  private static boolean symbolicLinks(Path dir) {
    try {
      Files.createSymbolicLink(dir.resolve(".probe"), dir).toFile().delete();
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  @Test
  void anUnreadableFolderIsNamedAndSkippedAndTheRestIsRead() throws IOException {
    article("a/one.txt");
    article("b/two.txt");
    article("c/three.txt");
    locked = dir.resolve("b");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "skipped: running as root (or with a capability"
        + " that reads every folder), so no folder can be made unreadable here");

    List<Result<Article>> rs = read();
    assertEquals(List.of("one", "three"), ids(rs));
    assertEquals(List.of(locked + ": cannot list or read it: permission denied; skipped"),
        problems(rs));
  }

  @Test
  void anUnreadableTopFolderIsNamed() throws IOException {
    article("one.txt");
    locked = dir;
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "skipped: running as root, which reads every folder");

    List<Result<Article>> rs = read();
    assertEquals(List.of(), ids(rs));
    assertEquals(List.of(dir + ": cannot list or read it: permission denied; skipped"),
        problems(rs));
  }

  @Test
  void aSymbolicLinkLoopIsNamedAndEveryFileReadOnce() throws IOException {
    assumeTrue(symbolicLinks(dir), "skipped: this file system has no symbolic links");
    article("a/one.txt");
    article("b/two.txt");
    Path loop = Files.createSymbolicLink(dir.resolve("b/back"), dir);
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir.resolve("b"));

    List<Result<Article>> rs = read();
    assertEquals(List.of("one", "two"), ids(rs));
    List<String> problems = problems(rs);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.contains(loop + ": a symbolic link back to the folder " + dir
        + " above it (a loop); skipped"), problems.toString());
    // "alias" sorts before "b", but a folder is read under its own name before links.
    assertTrue(problems.contains(alias + ": leads to the folder " + dir.resolve("b")
        + ", read once under that name; skipped"), problems.toString());
    assertTrue(rs.stream().filter(r -> !r.isSkipped()).allMatch(r -> r.value().get().source()
        .startsWith(dir.resolve("a") + "/") || r.value().get().source()
        .startsWith(dir.resolve("b") + "/")), "read under their own names");
  }

  @Test
  void aLinkToNothingIsNamed() throws IOException {
    assumeTrue(symbolicLinks(dir), "skipped: this file system has no symbolic links");
    article("one.txt");
    Path broken = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere"));
    List<String> problems = problems(read());
    assertEquals(List.of(broken + ": a symbolic link to nothing (it points to "
        + dir.resolve("nowhere") + "); skipped"), problems);
  }
}
