package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.docker.RequiresDocker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile suite for JavaScript lessons: submissions of examples/javascript-basics {@code
 * 10-basics/20-greeting} from {@code src/test/resources/hostile/javascript}, graded through the
 * command line on the real engine, with the same promises as {@link HostileSubmissionsIT}. Each one
 * answers wrong and tries to be graded as a pass anyway.
 */
@RequiresDocker
class HostileJavaScriptSubmissionsIT {
  private static final Duration LIMIT = Duration.ofSeconds(12);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HostileLesson target;

  private final Leftovers leftovers = new Leftovers();

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    target =
        HostileLesson.prepare(
            dir,
            "javascript-basics",
            "javascript",
            "right.js",
            "const greet = (name) => `Hello, ${name}!`;\n\nmodule.exports = { greet };\n");
  }

  @BeforeEach
  void noteWhatExists() {
    leftovers.before();
  }

  @AfterEach
  void nothingIsLeftAndTheGraderStillGradesAnHonestSubmission() {
    leftovers.assertNone();
    target.assertHonestPasses();
    leftovers.assertNone();
  }

  static Stream<Arguments> submissions() {
    return Stream.of(
        Arguments.of("v8-forge.js", "error", "runner"),
        Arguments.of("assert-patch.js", "fail", null),
        Arguments.of("exit-zero-at-import.js", "error", "runner"),
        Arguments.of("exit-listener.js", "fail", null),
        Arguments.of("call-the-reporter.js", "fail", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissions")
  void aHostileSubmissionNeverPasses(String name, String status, String reason) throws Exception {
    long start = System.nanoTime();
    var result = target.grade(target.corpus().resolve(name), "--format", "json");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).as("wall time of the whole grade").isLessThanOrEqualTo(LIMIT);
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode report = JSON.readTree(result.out());
    assertThat(report.path("status").asText()).as(report.toPrettyString()).isEqualTo(status);
    if (reason == null) {
      assertThat(report.path("reason").isNull()).as(report.toPrettyString()).isTrue();
    } else {
      assertThat(report.path("reason").asText()).as(report.toPrettyString()).isEqualTo(reason);
    }
  }
}
