package hexlet.lesson.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Listing the folders of a course that the rules look into. */
final class Folders {
  private Folders() {}

  /**
   * The sub-folders of {@code dir} sorted by name, leaving out hidden ones and tool caches such as
   * {@code __pycache__}, which no author writes by hand.
   */
  static List<Path> children(Path dir) {
    return entries(dir).stream()
        .filter(Files::isDirectory)
        .filter(p -> !ignored(p.getFileName().toString()))
        .sorted()
        .toList();
  }

  /**
   * Every entry of {@code dir}, files and folders alike; none when it cannot be listed, which the
   * walk over the whole tree reports as an unreadable folder.
   */
  static List<Path> entries(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static boolean ignored(String name) {
    return name.startsWith(".") || name.startsWith("__") || name.equals("node_modules");
  }
}
