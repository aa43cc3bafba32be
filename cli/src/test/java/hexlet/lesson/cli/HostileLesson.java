package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.TestImages;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lesson the hostile suites attack: lesson {@value #LESSON} of a copy of an example course with
 * its image ready, the suite's corpus of submissions, and an honest submission that must pass
 * before the suite and after every hostile one.
 */
record HostileLesson(Path course, Path corpus, Path right) {
  static final String LESSON = "10-basics/20-greeting";

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

  void assertHonestPasses() {
    var honest = grade(right);
    assertThat(honest.exitCode()).as(honest.out() + honest.err()).isZero();
    assertThat(honest.out()).contains("PASS");
  }
}
