package hexlet.lesson.validate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules over every file of the course tree: symbolic links must stay inside the course (the course
 * is copied into images and archives, where an outside target is missing or leaks the author's
 * files), and very large files are flagged.
 */
final class TreeRules {
  static final long LARGE_FILE = 10L << 20;

  private final CourseFiles files;

  TreeRules(CourseFiles files) {
    this.files = files;
  }

  List<Finding> check(Path root) {
    List<Finding> out = new ArrayList<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      return out;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skip = !dir.equals(root) && Folders.ignored(dir.getFileName().toString());
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink()) {
                checkLink(file, realRoot, out);
              } else if (attrs.isRegularFile() && attrs.size() > LARGE_FILE) {
                out.add(
                    Rule.LARGE_FILE.at(
                        files.path(file),
                        0,
                        0,
                        "%d MiB; large files bloat the course image, keep them elsewhere"
                            .formatted(attrs.size() >> 20)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              out.add(
                  Rule.UNREADABLE.at(files.path(file), 0, 0, "cannot be read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      out.add(Rule.UNREADABLE.at(".", 0, 0, "cannot walk the course: " + e.getMessage()));
    }
    return out;
  }

  private void checkLink(Path link, Path realRoot, List<Finding> out) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    if (!Files.exists(link)) {
      out.add(
          Rule.SYMLINK.at(
              files.path(link),
              0,
              0,
              "symbolic link to '%s', which does not exist".formatted(target)));
      return;
    }
    try {
      if (!link.toRealPath().startsWith(realRoot)) {
        out.add(
            Rule.SYMLINK.at(
                files.path(link),
                0,
                0,
                "symbolic link to '%s', outside the course; copy the file in instead"
                    .formatted(target)));
      }
    } catch (IOException e) {
      out.add(
          Rule.SYMLINK.at(
              files.path(link), 0, 0, "symbolic link that cannot be followed: " + e.getMessage()));
    }
  }
}
