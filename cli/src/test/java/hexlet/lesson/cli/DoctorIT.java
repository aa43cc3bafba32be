package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor on this machine's real engine, through the packaged command line. */
@RequiresDocker
class DoctorIT {
  @TempDir Path tmp;

  @Test
  void aBuiltCourseOnAnEngineThatEnforcesLimitsIsReadyToGrade() throws Exception {
    Path course = ExampleCourses.copy("python-basics", tmp.resolve("course"));
    String tag = TestImages.of(new CourseLoader().load(course)).tag();

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
