package hexlet.lesson.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/golden} holds a course and the exact findings
 * expected for it, compared whole. Rerun with {@code -Dgolden.update=true} to rewrite the expected
 * files after an intended change, and review the diff.
 */
class GoldenFindingsTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs
          .filter(d -> Files.isDirectory(d.resolve("course")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findingsMatchTheGoldenFile(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    ValidationReport report = new CourseValidator().validate(dir.resolve("course"));
    StringBuilder actual = new StringBuilder();
    report.findings().forEach(f -> actual.append(f).append('\n'));
    actual.append(report.summary()).append('\n');

    Path expectedFile = dir.resolve("expected.txt");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).exists();
    assertThat(actual.toString()).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
