package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import hexlet.lesson.engine.runtime.ContainerOwner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smaller CI version of bench/load.sh: a cohort of right, wrong and hostile submissions graded
 * four at a time by the packaged CLI; every learner gets one report with the verdict of its kind,
 * the grader's resident memory stays bounded, and nothing is left.
 */
@RequiresDocker
class LoadIT {
  private static final int SUBMISSIONS = 40;
  private static final long RSS_BOUND_KIB = 400L << 10;
  private static final String LESSON = "10-basics/20-greeting";

  @Test
  void fortySubmissionsFourAtATimeGetFortyRightReportsInBoundedMemory(@TempDir Path dir)
      throws Exception {
    Path course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    Path corpus = Path.of(LoadIT.class.getResource("/hostile/python").toURI());
    Map<String, String> expected = cohort(dir.resolve("cohort"), corpus);
    Path reports = dir.resolve("reports");
    Path tmp = Files.createDirectories(dir.resolve("java-tmp"));

    Process batch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                Path.of("target", "hexlet-lesson.jar").toAbsolutePath().toString(),
                "-q",
                "grade-batch",
                LESSON,
                "--course",
                course.toString(),
                "--submissions",
                dir.resolve("cohort").toString(),
                "--jobs",
                "4",
                "--report-dir",
                reports.toString(),
                "--output-limit",
                "64k")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("batch.out").toFile())
            .start();
    long peakKib = 0;
    while (!batch.waitFor(100, TimeUnit.MILLISECONDS)) {
      peakKib = Math.max(peakKib, residentKib(batch.pid()));
    }

    assertThat(batch.exitValue()).as(Files.readString(dir.resolve("batch.out"))).isZero();
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".json")))
          .hasSize(SUBMISSIONS);
    }
    List<String> wrong = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (var entry : expected.entrySet()) {
      JsonNode report = json.readTree(reports.resolve(entry.getKey() + ".json").toFile());
      String got = report.path("status").asText() + " " + report.path("reason").asText("-");
      if (!got.equals(entry.getValue())) {
        wrong.add(entry.getKey() + ": expected " + entry.getValue() + ", got " + got);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(peakKib).as("the grader's peak resident memory, KiB").isPositive();
    assertThat(peakKib).as("the grader's peak resident memory, KiB").isLessThan(RSS_BOUND_KIB);
    try (DockerRuntime runtime = DockerRuntime.fromEnvironment();
        Stream<Path> left = Files.list(tmp)) {
      assertThat(runtime.containers(ContainerOwner.OWNER))
          .filteredOn(
              c -> ContainerOwner.of(c.labels()).map(o -> o.pid() == batch.pid()).orElse(false))
          .isEmpty();
      assertThat(left).as("temporary files").isEmpty();
    }
  }

  /** Writes the cohort and returns each learner's expected "status reason". */
  private static Map<String, String> cohort(Path dir, Path corpus) throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 1; i <= SUBMISSIONS; i++) {
      String learner = String.format("learner-%02d", i);
      Path file = Files.createDirectories(dir.resolve(learner)).resolve("solution.py");
      switch (i % 10) {
        case 0, 1, 2, 3, 4 -> {
          Files.writeString(
              file, "# " + learner + "\ndef greet(name):\n    return f'Hello, {name}!'\n");
          expected.put(learner, "pass -");
        }
        case 5, 6 -> {
          Files.writeString(file, "# " + learner + "\ndef greet(name):\n    return 'Hello'\n");
          expected.put(learner, "fail -");
        }
        case 7 -> {
          String[][] kinds = {
            {"infinite-loop.py", "error timeout"},
            {"memory-hog.py", "error memory"},
            {"output-flood.py", "error output-limit"},
            {"os-exit-at-import.py", "error tampered"}
          };
          String[] kind = kinds[(i / 10) % kinds.length];
          Files.copy(corpus.resolve(kind[0]), file);
          expected.put(learner, kind[1]);
        }
        case 8 -> {
          Files.copy(
              corpus.resolve(i % 20 == 8 ? "forged-results-file.py" : "patch-runtest.py"), file);
          expected.put(learner, "error tampered");
        }
        default -> {
          Files.writeString(file, "def greet(name)\n    return name\n");
          expected.put(learner, "error compile");
        }
      }
    }
    return expected;
  }

  private static long residentKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process ended between the check and the read.
    }
    return 0;
  }
}
