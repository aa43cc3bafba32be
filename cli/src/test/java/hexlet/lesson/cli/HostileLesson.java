package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.TestImages;
import hexlet.lesson.grading.Quantity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lesson the hostile suites attack: lesson {@value #LESSON} of a copy of an example course with
 * its image ready, the suite's corpus of submissions, and an honest submission that must pass
 * before the suite and after every hostile one.
 */
record HostileLesson(Path course, Path corpus, Path right) {
  static final String LESSON = "10-basics/20-greeting";
  private static final Duration DEFAULT_TIME = Duration.ofSeconds(10);
  private static final Duration SLACK = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param example the example course, such as {@code python-basics}
   * @param language the corpus folder under {@code src/test/resources/hostile}
   */
  static HostileLesson prepare(
      Path dir, String example, String language, String rightName, String rightText)
      throws Exception {
    Path course = ExampleCourses.copy(example, dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    var lesson =
        new HostileLesson(
            course, corpus(language), Files.writeString(dir.resolve(rightName), rightText));
    lesson.assertHonestPasses();
    return lesson;
  }

  private static Path corpus(String language) throws URISyntaxException {
    return Path.of(HostileLesson.class.getResource("/hostile/" + language).toURI());
  }

  /** {@code grade} of the lesson with this submission and the extra arguments. */
  CliRunner grade(Path submission, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "grade",
                LESSON,
                "--course",
                course.toString(),
                "--solution",
                submission.toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  /**
   * A hostile submission graded with {@code --format json} and the flags: it must end within the
   * run's time limit (the {@code --time} among the flags, else the default 10 s) plus 2 s, with
   * exit 1 and no stack trace.
   */
  Graded judged(Path submission, List<String> flags) throws IOException {
    List<String> args = new ArrayList<>(List.of("--format", "json"));
    args.addAll(flags);
    int time = flags.indexOf("--time");
    Duration limit = time >= 0 ? Quantity.duration(flags.get(time + 1)) : DEFAULT_TIME;
    long start = System.nanoTime();
    var result = grade(submission, args.toArray(String[]::new));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("wall time of the whole grade").isLessThanOrEqualTo(limit.plus(SLACK));
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FINDINGS);
    return new Graded(JSON.readTree(result.out()));
  }

  /** The JSON report of a hostile grade. */
  record Graded(JsonNode report) {
    void assertVerdict(String status, String reason) {
      assertThat(report.path("status").asText()).as(report.toPrettyString()).isEqualTo(status);
      if (reason == null) {
        assertThat(report.path("reason").isNull()).as(report.toPrettyString()).isTrue();
      } else {
        assertThat(report.path("reason").asText()).as(report.toPrettyString()).isEqualTo(reason);
      }
    }
  }

  void assertHonestPasses() {
    var honest = grade(right);
    assertThat(honest.exitCode()).as(honest.out() + honest.err()).isZero();
    assertThat(honest.out()).contains("PASS");
  }
}
