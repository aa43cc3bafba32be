package hexlet.lesson.engine.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the repository's example courses, so tests never write into the source tree. */
public final class ExampleCourses {
  private ExampleCourses() {}

  /** The repository's examples folder, found from the module's working directory. */
  public static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples/python-basics"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
  }

  /** Copies {@code examples/<name>} into {@code target} and returns the copy. */
  public static Path copy(String name, Path target) {
    Path source = examples().resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path rel = source.relativize(file);
        if (rel.startsWith(".hexlet-lesson")) {
          continue;
        }
        Path to = target.resolve(rel.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
