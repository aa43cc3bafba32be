package hexlet.lesson.cli;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
class HostileJavaScriptSubmissionsIT extends HostileSuite {

  private static HostileLesson target;
  private static Path scratch;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    target =
        HostileLesson.prepare(
            dir,
            "javascript-basics",
            "javascript",
            "right.js",
            "const greet = (name) => `Hello, ${name}!`;\n\nmodule.exports = { greet };\n");
    scratch = Files.createDirectories(dir.resolve("scratch"));
  }

  @Override
  HostileLesson target() {
    return target;
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
    target.judged(target.corpus().resolve(name), List.of()).assertVerdict(status, reason);
  }

  /**
   * A lesson whose test file requires a helper with the expected values after the learner's module:
   * a submission that rewrites the helper on disk first is still judged against the helper as the
   * lesson has it.
   */
  @Test
  void aLessonFileRewrittenBeforeATestRequiresItChangesNothing() throws Exception {
    Path course = ExampleCourses.copy("javascript-basics", scratch.resolve("helper"));
    Path lesson = course.resolve("modules/" + HostileLesson.LESSON);
    Files.writeString(
        lesson.resolve("expected.js"), "exports.greeting = (name) => `Hello, ${name}!`;\n");
    Files.writeString(
        lesson.resolve("test.js"),
        """
        const { test } = require('node:test');
        const assert = require('node:assert/strict');
        const { greet } = require('./index.js');
        const { greeting } = require('./expected.js');

        test('greets by name', () => {
          assert.equal(greet('Ada'), greeting('Ada'));
        });
        """);
    TestImages.of(new CourseLoader().load(course));
    var withHelper = new HostileLesson(course, target.corpus(), target.right());
    withHelper.assertHonestPasses();

    withHelper
        .judged(target.corpus().resolve("rewrite-helper.js"), List.of())
        .assertVerdict("fail", null);
  }
}
