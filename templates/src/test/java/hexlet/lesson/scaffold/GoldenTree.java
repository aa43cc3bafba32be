package hexlet.lesson.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares a generated folder with its expected copy under src/test/resources/golden, whole: the
 * same files, each with the same text. Run the tests with {@code -Dgolden.update=true} to replace
 * the expected copy with what the code generates now (then review the diff before committing).
 */
final class GoldenTree {
  static final Path ROOT = Path.of("src/test/resources/golden");

  private GoldenTree() {}

  static void assertMatches(Path actual, String goldenName) throws IOException {
    Path expected = ROOT.resolve(goldenName);
    if (Boolean.getBoolean("golden.update")) {
      replace(expected, actual);
    }
    Map<String, String> actualFiles = read(actual);
    Map<String, String> expectedFiles = read(expected);
    assertThat(actualFiles.keySet())
        .as("files generated for %s (regenerate with -Dgolden.update=true)", goldenName)
        .containsExactlyElementsOf(expectedFiles.keySet());
    for (var entry : expectedFiles.entrySet()) {
      assertThat(actualFiles.get(entry.getKey()))
          .as("%s/%s", goldenName, entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith(".git/")) {
          files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static void replace(Path expected, Path actual) throws IOException {
    if (Files.exists(expected)) {
      try (Stream<Path> walk = Files.walk(expected)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (var entry : read(actual).entrySet()) {
      Path target = expected.resolve(entry.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, entry.getValue(), StandardCharsets.UTF_8);
    }
  }
}
