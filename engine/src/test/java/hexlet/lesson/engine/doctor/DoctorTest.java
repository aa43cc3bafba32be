package hexlet.lesson.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.doctor.Finding.Health;
import hexlet.lesson.engine.image.CourseImages;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.EngineInfo;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
  private static final ImageInfo DEBIAN = new ImageInfo("sha256:debian", "/", Map.of(), Map.of());

  @TempDir Path root;

  /** The engine enforces both limits: the hog is killed for memory, the fork loop stops. */
  private final FakeRuntime runtime =
      new FakeRuntime()
          .addImage(Doctor.FALLBACK_IMAGE, DEBIAN)
          .program(
              c ->
                  script(c).equals(Doctor.MEMORY_SCRIPT)
                      ? FakeRuntime.Result.exit(0).withStdout("hog=137\n").oom()
                      : FakeRuntime.Result.exit(2).withStderr("sh: 1: Cannot fork\n"));

  private OptionalLong free = OptionalLong.of(80L << 30);
  private Runtime.Version java = Runtime.Version.parse("17.0.15");

  private Checkup examine(Optional<Course> course) throws InterruptedException {
    var doctor =
        new Doctor(
            runtime,
            new LiveContainers(runtime),
            ContainerOwner.current(),
            folder -> free,
            java,
            "Debian",
            Path.of("/tmp"));
    return doctor.examine(course);
  }

  private static String script(FakeRuntime.Container c) {
    return c.spec().command().get(2);
  }

  private static Finding finding(Checkup checkup, String check) {
    return checkup.findings().stream()
        .filter(f -> f.check().equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + check + " in " + checkup));
  }

  @Test
  void aMachineThatEnforcesTheLimitsIsHealthyAndLeavesNoContainer() throws Exception {
    Checkup checkup = examine(Optional.empty());

    assertThat(checkup.healthy()).isTrue();
    assertThat(checkup.findings())
        .extracting(Finding::check)
        .containsExactly(
            "java",
            "docker",
            "course image",
            "memory limit",
            "pids limit",
            "docker disk space",
            "temp disk space");
    assertThat(finding(checkup, "docker").detail()).contains("API 1.41");
    assertThat(finding(checkup, "memory limit").health()).isEqualTo(Health.OK);
    assertThat(finding(checkup, "pids limit").health()).isEqualTo(Health.OK);
    assertThat(finding(checkup, "course image").health()).isEqualTo(Health.SKIP);
    assertThat(runtime.history()).hasSize(2);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void theProbesRunLockedWithSmallLimits() throws Exception {
    examine(Optional.empty());

    var memory =
        runtime.history().stream()
            .filter(c -> script(c).equals(Doctor.MEMORY_SCRIPT))
            .findFirst()
            .orElseThrow();
    var pids =
        runtime.history().stream()
            .filter(c -> script(c).equals(Doctor.PIDS_SCRIPT))
            .findFirst()
            .orElseThrow();
    assertThat(memory.spec().sandbox().memoryBytes()).isEqualTo(Doctor.PROBE_MEMORY);
    assertThat(pids.spec().sandbox().pids()).isEqualTo(Doctor.PROBE_PIDS);
    assertThat(memory.spec().user()).isEqualTo("65534:65534");
    assertThat(memory.spec().labels()).containsKey(ContainerOwner.MARK);
  }

  @Test
  void aHogThatIsNotStoppedFailsTheMemoryCheck() throws Exception {
    runtime.program(
        c ->
            script(c).equals(Doctor.MEMORY_SCRIPT)
                ? FakeRuntime.Result.exit(0).withStdout("hog=0\n")
                : FakeRuntime.Result.exit(2));

    Checkup checkup = examine(Optional.empty());

    assertThat(checkup.healthy()).isFalse();
    Finding memory = finding(checkup, "memory limit");
    assertThat(memory.health()).isEqualTo(Health.FAIL);
    assertThat(memory.detail()).contains("was not stopped");
    assertThat(memory.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("cgroup"));
  }

  @Test
  void aForkLoopThatRunsThroughFailsThePidsCheck() throws Exception {
    runtime.program(
        c ->
            script(c).equals(Doctor.MEMORY_SCRIPT)
                ? FakeRuntime.Result.exit(0).withStdout("hog=137\n").oom()
                : FakeRuntime.Result.exit(0).withStdout("forked-all\n"));

    Checkup checkup = examine(Optional.empty());

    assertThat(finding(checkup, "pids limit").health()).isEqualTo(Health.FAIL);
    assertThat(checkup.healthy()).isFalse();
  }

  @Test
  void noSwapLimitIsAWarningOnly() throws Exception {
    runtime.info(
        new EngineInfo(
            "20.10.24",
            "1.41",
            "linux/amd64",
            Optional.of("/var/lib/docker"),
            Optional.of("1"),
            true,
            false,
            true));

    Checkup checkup = examine(Optional.empty());

    assertThat(finding(checkup, "memory limit").health()).isEqualTo(Health.WARN);
    assertThat(checkup.healthy()).isTrue();
  }

  @Test
  void anUnreachableEngineFailsAndSkipsWhatNeedsIt() throws Exception {
    var down = new UnreachableRuntime();
    var doctor =
        new Doctor(
            down,
            new LiveContainers(down),
            ContainerOwner.current(),
            folder -> free,
            java,
            "",
            Path.of("/tmp"));

    Checkup checkup = doctor.examine(Optional.empty());

    assertThat(checkup.healthy()).isFalse();
    assertThat(finding(checkup, "docker").health()).isEqualTo(Health.FAIL);
    assertThat(finding(checkup, "docker").fix())
        .hasValueSatisfying(fix -> assertThat(fix).contains("DOCKER_HOST"));
    assertThat(finding(checkup, "memory limit").health()).isEqualTo(Health.SKIP);
    assertThat(finding(checkup, "temp disk space").health()).isEqualTo(Health.OK);
  }

  @Test
  void anOldEngineFails() throws Exception {
    runtime.info(
        new EngineInfo(
            "1.12.6", "1.24", "linux/amd64", Optional.empty(), Optional.empty(), true, true, true));

    assertThat(finding(examine(Optional.empty()), "docker").health()).isEqualTo(Health.FAIL);
  }

  @Test
  void littleDiskSpaceWarnsAndNoneFails() throws Exception {
    free = OptionalLong.of(3L << 30);
    Checkup low = examine(Optional.empty());
    free = OptionalLong.of(100L << 20);
    Checkup none = examine(Optional.empty());

    assertThat(finding(low, "docker disk space").health()).isEqualTo(Health.WARN);
    assertThat(low.healthy()).isTrue();
    assertThat(finding(none, "temp disk space").health()).isEqualTo(Health.FAIL);
    assertThat(none.healthy()).isFalse();
  }

  @Test
  void aRemoteEngineSkipsItsDiskSpace() throws Exception {
    runtime.info(
        new EngineInfo(
            "20.10.24",
            "1.41",
            "linux/amd64",
            Optional.of("/var/lib/docker"),
            Optional.of("2"),
            true,
            true,
            false));

    assertThat(finding(examine(Optional.empty()), "docker disk space").health())
        .isEqualTo(Health.SKIP);
  }

  @Test
  void aBuiltCourseImageIsUpToDateAndRunsTheProbes() throws Exception {
    Course course = new CourseLoader().load(TestCourses.python(root));
    String tag = new CourseImages(runtime, Clock.systemUTC()).tag(course);
    runtime.addImage(tag, new ImageInfo("sha256:course", "/exercises-python", Map.of(), Map.of()));

    Checkup checkup = examine(Optional.of(course));

    assertThat(finding(checkup, "course image").health()).isEqualTo(Health.OK);
    assertThat(finding(checkup, "course image").detail()).contains(tag);
    assertThat(runtime.history()).allSatisfy(c -> assertThat(c.spec().image()).isEqualTo(tag));
  }

  @Test
  void aCourseChangedSinceItsBuildNeedsABuildAndItsBaseImage() throws Exception {
    Course course = new CourseLoader().load(TestCourses.python(root));
    runtime.removeImage(Doctor.FALLBACK_IMAGE);

    Checkup checkup = examine(Optional.of(course));

    Finding image = finding(checkup, "course image");
    assertThat(image.health()).isEqualTo(Health.FAIL);
    assertThat(image.fix()).contains("hexlet-lesson build " + course.root());
    Finding base = finding(checkup, "base image");
    assertThat(base.health()).isEqualTo(Health.FAIL);
    assertThat(base.detail()).contains("debian:bookworm-slim");
    assertThat(finding(checkup, "memory limit").health()).isEqualTo(Health.SKIP);
  }

  @Test
  void baseImagesAreTheFromLinesWithoutStagesScratchOrArguments() throws Exception {
    Path dockerfile = root.resolve("Dockerfile");
    Files.writeString(
        dockerfile,
        """
        ARG BASE=debian
        FROM maven:3-eclipse-temurin-17 AS build
        RUN mvn package
        from --platform=linux/amd64 debian:bookworm-slim
        FROM build
        FROM ${BASE}
        FROM scratch
        FROM python
        """);

    assertThat(Doctor.baseImages(dockerfile))
        .containsExactly("maven:3-eclipse-temurin-17", "debian:bookworm-slim", "python:latest");
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(Doctor.compareVersions("1.41", "1.25")).isPositive();
    assertThat(Doctor.compareVersions("1.9", "1.25")).isNegative();
    assertThat(Doctor.compareVersions("1.25", "1.25")).isZero();
  }

  @Test
  void theChecklistSaysWhatToFixInTextAndJson() throws Exception {
    free = OptionalLong.of(100L << 20);
    Checkup checkup = examine(Optional.empty());

    String text = CheckupRenderer.text(checkup, false);
    String json = CheckupRenderer.json(checkup);

    assertThat(text)
        .contains("FAIL temp disk space")
        .contains("     fix: free space there")
        .contains("ok   java")
        .endsWith("2 problems to fix before grading.\n");
    assertThat(json).contains("\"status\" : \"fail\"").contains("\"check\" : \"pids limit\"");
    assertThat(List.of(text.split("\n"))).noneMatch(line -> line.contains("\u001b"));
  }
}
