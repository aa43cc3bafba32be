package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor on this machine's real engine, through the packaged command line. */
@RequiresDocker
class DoctorIT {
  private final List<String> builtImages = new ArrayList<>();

  @TempDir Path tmp;

  @AfterEach
  void removeBuiltImages() throws Exception {
    for (String image : builtImages) {
      Process rmi = new ProcessBuilder("docker", "rmi", image).inheritIO().start();
      assertThat(rmi.waitFor()).as("docker rmi " + image).isZero();
    }
  }

  @Test
  void aBuiltCourseOnAnEngineThatEnforcesLimitsIsReadyToGrade() throws Exception {
    Path course = ExampleCourses.copy("python-basics", tmp.resolve("course"));
    var build = PackagedCli.run(tmp, "build", course.toString());
    assertThat(build.exitCode()).as(build.transcript()).isZero();
    String tag = build.out().strip();
    if (build.err().contains("built ")) {
      builtImages.add(tag);
    }

    var doctor = PackagedCli.run(tmp, "doctor", course.toString());

    assertThat(doctor.exitCode()).as(doctor.transcript()).isZero();
    assertThat(doctor.out())
        .contains("ok   docker ")
        .contains("API 1.")
        .contains("ok   course image       built and up to date: " + tag)
        .contains("ok   memory limit")
        .contains("ok   pids limit")
        .contains("Ready to grade");
  }

  @Test
  void aCourseChangedSinceItsBuildNeedsABuildAndExitsFour() throws Exception {
    Path course = ExampleCourses.copy("python-basics", tmp.resolve("course"));
    Files.writeString(course.resolve("Dockerfile"), "\n# changed\n", StandardOpenOption.APPEND);

    var doctor = PackagedCli.run(course, "doctor");

    assertThat(doctor.exitCode()).as(doctor.transcript()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(doctor.out())
        .contains("FAIL course image       not built for the course as it is now")
        .contains("fix: hexlet-lesson build ");
  }
}
