package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the files a run needs from the host: the lesson's own files (tests, Makefile, helpers)
 * without its reference solution, and a learner's submission. Symbolic links, devices and other
 * special files are refused, so nothing outside the given folder is read or sent.
 */
public final class FolderFiles {
  /**
   * The most a submission may hold, checked from the file sizes before any content is read: a
   * learner's code is small, and the grader keeps what it sends in memory.
   */
  static final long MAX_SUBMISSION_BYTES = 16L << 20;

  /** The most files a submission may hold. */
  static final int MAX_SUBMISSION_FILES = 1_000;

  /** Folders that tools leave behind and no run needs. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of("__pycache__", ".pytest_cache", ".hexlet-lesson", ".git", "node_modules");

  private FolderFiles() {}

  /** Every file of the lesson folder except the reference solution and tool caches. */
  public static List<SandboxFile> lesson(Path lessonDir, String exerciseFilename) {
    return read(lessonDir, rel -> rel.equals(exerciseFilename), "lesson");
  }

  /**
   * A learner's submission: a single file, which becomes the lesson's exercise file, or a folder
   * whose files keep their paths relative to it.
   */
  public static List<SandboxFile> submission(Path path, String exerciseFilename) {
    if (Files.isSymbolicLink(path)) {
      throw refused(path, "is a symbolic link; a submission holds regular files only");
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      checkSize(path);
      return read(path, rel -> false, "submission");
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      throw Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? refused(path, "is not a regular file")
          : ToolException.invalidInput(path + ": no such file or folder");
    }
    if (sizeOf(path) > MAX_SUBMISSION_BYTES) {
      throw tooLarge(path);
    }
    return List.of(new SandboxFile(exerciseFilename, bytes(path), false));
  }

  /** Refuses a folder with too many files or bytes before any of them is read. */
  private static void checkSize(Path root) {
    long[] filesAndBytes = new long[2];
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return skipped(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              filesAndBytes[0]++;
              filesAndBytes[1] += attrs.size();
              if (filesAndBytes[0] > MAX_SUBMISSION_FILES) {
                throw refused(
                    root,
                    "holds more than " + MAX_SUBMISSION_FILES + " files; a submission is refused");
              }
              if (filesAndBytes[1] > MAX_SUBMISSION_BYTES) {
                throw tooLarge(root);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw ToolException.invalidInput(root + ": cannot read: " + e.getMessage());
    }
  }

  private static boolean skipped(Path root, Path dir) {
    return !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString());
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read: " + e.getMessage());
    }
  }

  private static ToolException tooLarge(Path path) {
    return refused(
        path,
        "holds more than "
            + (MAX_SUBMISSION_BYTES >> 20)
            + " MiB; a submission is refused before it is read");
  }

  private interface Exclusion {
    boolean test(String relativePath);
  }

  private static List<SandboxFile> read(Path root, Exclusion excluded, String what) {
    List<SandboxFile> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return skipped(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = root.relativize(file).toString().replace('\\', '/');
              if (excluded.test(rel)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                throw refused(file, "is a symbolic link; a " + what + " holds regular files only");
              }
              if (!attrs.isRegularFile()) {
                throw refused(file, "is not a regular file");
              }
              files.add(new SandboxFile(rel, bytes(file), Files.isExecutable(file)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw ToolException.invalidInput(root + ": cannot read: " + e.getMessage());
    }
    files.sort(Comparator.comparing(SandboxFile::path));
    return files;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read: " + e.getMessage());
    }
  }

  private static ToolException refused(Path file, String why) {
    return ToolException.invalidInput(file + ": " + why);
  }
}
