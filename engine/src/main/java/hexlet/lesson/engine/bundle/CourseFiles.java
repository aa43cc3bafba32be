package hexlet.lesson.engine.bundle;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.engine.image.CourseCache;
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
 * The files of a course that go into a bundle: everything under the course root except its git
 * history, the tool's cache, caches test runners leave behind and, unless asked for, each lesson's
 * reference solution. A symbolic link to a file inside the course goes in as that file; one that
 * points outside the course or nowhere stops the packaging, since the bundle would not be the
 * course.
 */
final class CourseFiles {
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(".git", CourseCache.DIR_NAME, "__pycache__", ".pytest_cache", "node_modules");

  /** A file to bundle, by its path relative to the course root. */
  record File(String path, Path source, boolean executable) {}

  private CourseFiles() {}

  static List<File> of(Course course, boolean withSolutions) {
    Path root = course.root().toAbsolutePath().normalize();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw ToolException.invalidInput(root + ": cannot read the course: " + e.getMessage());
    }
    Set<Path> solutions = withSolutions ? Set.of() : course.referenceSolutions();
    List<File> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skipped =
                  !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString());
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (solutions.contains(file.toAbsolutePath().normalize())) {
                return FileVisitResult.CONTINUE;
              }
              String rel = root.relativize(file).toString().replace('\\', '/');
              Path source = file;
              if (attrs.isSymbolicLink()) {
                source = linkTarget(file, realRoot);
              } else if (!attrs.isRegularFile()) {
                throw ToolException.invalidInput(
                    file + ": not a regular file; a course bundle holds regular files only");
              }
              String problem = BundlePaths.problem(BundleManifest.COURSE + rel);
              if (problem != null) {
                throw ToolException.invalidInput(file + ": cannot be bundled: " + problem);
              }
              files.add(new File(rel, source, Files.isExecutable(source)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw ToolException.invalidInput(root + ": cannot read the course: " + e.getMessage());
    }
    files.sort(Comparator.comparing(File::path));
    return files;
  }

  private static Path linkTarget(Path link, Path realRoot) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      throw ToolException.invalidInput(link + ": a symbolic link to nothing; remove or fix it");
    }
    if (!target.startsWith(realRoot) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw ToolException.invalidInput(
          link + ": a symbolic link to " + target + ", outside the course or not a file");
    }
    return target;
  }
}
