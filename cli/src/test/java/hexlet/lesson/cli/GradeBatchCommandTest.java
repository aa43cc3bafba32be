package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeBatchCommandTest {
  private static final String LESSON = "../examples/python-basics/modules/20-conditions/10-sign";

  @TempDir Path dir;

  @Test
  void aMissingFolderOfSubmissionsExitsThree() {
    var result =
        CliRunner.run("grade-batch", LESSON, "--submissions", dir.resolve("nope").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("no such folder of submissions");
  }

  @Test
  void anEmptyFolderOfSubmissionsExitsThree() {
    var result = CliRunner.run("grade-batch", LESSON, "--submissions", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("no submissions");
  }

  @Test
  void reportsInsideALearnersFolderAreAUsageErrorBeforeAnythingRuns() throws Exception {
    Files.createDirectories(dir.resolve("alice"));
    Files.writeString(dir.resolve("alice/solution.py"), "x = 1\n");

    var result =
        CliRunner.run(
            "grade-batch",
            LESSON,
            "--submissions",
            dir.toString(),
            "--report-dir",
            dir.resolve("alice/reports").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("lies in the submission of alice");
    assertThat(dir.resolve("alice/reports")).doesNotExist();
  }

  @Test
  void aLessonIdWithNoCourseHereNamesBothWaysToGiveOne() throws Exception {
    Files.createDirectories(dir.resolve("submissions/alice"));
    Files.writeString(dir.resolve("submissions/alice/solution.py"), "x = 1\n");

    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")),
            "grade-batch",
            "20-conditions/10-sign",
            "--submissions",
            dir.resolve("submissions").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("'20-conditions/10-sign' is not a lesson folder")
        .contains("--course DIR")
        .contains("--bundle BUNDLE");
  }

  @Test
  void aBundleWithAnImageIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("alice"));

    var result =
        CliRunner.run(
            "grade-batch",
            "20-conditions/10-sign",
            "--bundle",
            "course.tar",
            "--image",
            "x:1",
            "--submissions",
            dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--bundle brings its own course and image");
  }

  @Test
  void anUnreachableEngineExitsFourBeforeGradingAnything() throws Exception {
    Files.createDirectories(dir.resolve("submissions/alice"));
    Files.writeString(dir.resolve("submissions/alice/solution.py"), "x = 1\n");

    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")),
            "grade-batch",
            LESSON,
            "--submissions",
            dir.resolve("submissions").toString(),
            "--report-dir",
            dir.resolve("reports").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(result.err()).contains("cannot reach the Docker engine");
    assertThat(dir.resolve("reports")).doesNotExist();
  }

  @Test
  void aMissingBundleExitsThreeBeforeDockerIsAsked() throws Exception {
    Files.createDirectories(dir.resolve("submissions/alice"));

    var result =
        CliRunner.run(
            "grade",
            "--bundle",
            dir.resolve("missing.tar").toString(),
            "20-conditions/10-sign",
            "--solution",
            dir.resolve("submissions/alice").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("missing.tar: no such bundle file");
  }
}
