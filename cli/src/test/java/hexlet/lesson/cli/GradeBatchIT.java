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
import hexlet.lesson.engine.runtime.LabelledContainer;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cohort graded through the packaged command line on the real engine: folders, archives and
 * single files, right, wrong and broken; the gradebook checked against the reports it summarises.
 */
@RequiresDocker
class GradeBatchIT {
  private static final String LESSON = "modules/20-conditions/10-sign";
  private static final String RIGHT = "def sign(number):\n    return (number > 0) - (number < 0)\n";
  private static final String NO_ZERO = "def sign(number):\n    return 1 if number > 0 else -1\n";

  @TempDir static Path dir;
  private static Path course;

  @BeforeAll
  static void setUp() {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
  }

  private static Path cohort(Path submissions) throws Exception {
    write(submissions.resolve("alice/solution.py"), "# alice\n" + RIGHT);
    write(submissions.resolve("bob/solution.py"), "# bob\n" + NO_ZERO);
    write(submissions.resolve("carol.py"), "def sign(number)\n    return 0\n");
    zip(submissions.resolve("dave.zip"), "dave/solution.py", "# dave\n" + RIGHT);
    zip(submissions.resolve("eve.zip"), "../../solution.py", RIGHT);
    write(submissions.resolve("frank/solution.py"), "def sign(number):\n    return -1\n");
    Files.createDirectories(submissions.resolve("grace"));
    Files.createSymbolicLink(submissions.resolve("grace/solution.py"), Path.of("/etc/passwd"));
    return submissions;
  }

  @Test
  void everyLearnerGetsAReportAndTheGradebookSaysWhatTheReportsSay() throws Exception {
    Path submissions = cohort(dir.resolve("cohort-1"));
    Path reports = dir.resolve("reports-1");

    var run =
        PackagedCli.run(
            dir,
            "grade-batch",
            course.resolve(LESSON).toString(),
            "--submissions",
            submissions.toString(),
            "--jobs",
            "2",
            "--report-dir",
            reports.toString());

    assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out())
        .contains("7 submissions, 5 graded now, 0 up to date, 2 not graded")
        .contains("  pass          2")
        .contains("  fail          2")
        .contains("  error         1  (compile 1)")
        .contains("eve: eve.zip: entry '../../solution.py'")
        .contains("grace: grace: solution.py is a symbolic link");
    assertThat(run.out())
        .containsPattern("2\\s+50%\\s+test_solution.test_zero")
        .containsPattern("1\\s+25%\\s+test_solution.test_positive");
    assertThat(run.err()).contains("[7/7]");

    List<CSVRecord> rows = gradebook(reports.resolve("gradebook.csv"));
    assertThat(rows)
        .extracting(r -> r.get("learner"))
        .containsExactly("alice", "bob", "carol", "dave", "eve", "frank", "grace");
    for (CSVRecord row : rows) {
      JsonNode report = json(reports.resolve(row.get("learner") + ".json"));
      assertThat(row.get("lesson")).isEqualTo(report.path("lesson").asText());
      assertThat(row.get("status")).isEqualTo(report.path("status").asText());
      assertThat(row.get("reason")).isEqualTo(report.path("reason").asText(""));
      assertThat(row.get("score")).isEqualTo(report.path("score").asText());
      assertThat(row.get("max_score")).isEqualTo(report.path("max_score").asText());
      assertThat(row.get("duration_ms")).isEqualTo(report.path("duration_ms").asText());
      assertThat(row.get("started_at"))
          .isEqualTo(report.path("provenance").path("started_at").asText());
      List<String> failed = new ArrayList<>();
      for (JsonNode test : report.path("tests")) {
        if (!test.path("status").asText().equals("pass")) {
          failed.add(test.path("name").asText());
        }
      }
      assertThat(row.get("failed_tests")).isEqualTo(String.join("; ", failed));
    }
    Map<String, String> status = statuses(rows);
    assertThat(status)
        .containsEntry("alice", "pass")
        .containsEntry("bob", "fail")
        .containsEntry("carol", "error")
        .containsEntry("dave", "pass")
        .containsEntry("eve", "error")
        .containsEntry("frank", "fail");
    assertThat(rows.get(4).get("reason")).isEqualTo("submission");
    assertThat(rows.get(1).get("failed_tests")).isEqualTo("test_solution.test_zero");
  }

  @Test
  void aRerunKeepsUpToDateReportsUnlessForced() throws Exception {
    Path submissions = cohort(dir.resolve("cohort-2"));
    Path reports = dir.resolve("reports-2");
    String[] args = {
      "grade-batch",
      LESSON,
      "--course",
      course.toString(),
      "--submissions",
      submissions.toString(),
      "--report-dir",
      reports.toString(),
      "--format",
      "json"
    };
    var first = PackagedCli.run(dir, args);
    String aliceBefore = Files.readString(reports.resolve("alice.json"));

    write(submissions.resolve("bob/solution.py"), "# bob, fixed\n" + RIGHT);
    var second = PackagedCli.run(dir, args);
    String aliceAfter = Files.readString(reports.resolve("alice.json"));
    var forced = PackagedCli.run(dir, append(args, "--force"));

    assertThat(json(first.out()).path("graded").asInt()).as(first.transcript()).isEqualTo(5);
    JsonNode rerun = json(second.out());
    assertThat(rerun.path("graded").asInt()).as(second.transcript()).isEqualTo(1);
    assertThat(rerun.path("up_to_date").asInt()).isEqualTo(4);
    assertThat(rerun.path("statuses").path("pass").asInt()).isEqualTo(3);
    assertThat(aliceAfter).isEqualTo(aliceBefore);
    assertThat(json(reports.resolve("bob.json")).path("status").asText()).isEqualTo("pass");
    assertThat(json(forced.out()).path("graded").asInt()).isEqualTo(5);
    assertThat(json(forced.out()).path("up_to_date").asInt()).isZero();
  }

  @Test
  void aCohortWhereEverySubmissionIsGradedExitsZeroWhateverTheScores() throws Exception {
    Path submissions = dir.resolve("cohort-3");
    write(submissions.resolve("ann/solution.py"), RIGHT);
    write(submissions.resolve("ben/solution.py"), NO_ZERO);

    var run =
        PackagedCli.run(
            dir,
            "grade-batch",
            course.resolve(LESSON).toString(),
            "--submissions",
            submissions.toString(),
            "--report-dir",
            dir.resolve("reports-3").toString(),
            "--gradebook",
            dir.resolve("cohort-3.csv").toString());

    assertThat(run.exitCode()).as(run.transcript()).isZero();
    assertThat(gradebook(dir.resolve("cohort-3.csv"))).hasSize(2);
  }

  @Test
  void ctrlCInTheMiddleOfABatchLeavesNoContainerAndNoHalfReport() throws Exception {
    Path submissions = dir.resolve("cohort-4");
    for (String learner : List.of("a", "b", "c", "d")) {
      write(
          submissions.resolve(learner + "/solution.py"),
          "# " + learner + "\ndef sign(number):\n    while True:\n        pass\n");
    }
    Path reports = dir.resolve("reports-4");
    Process batch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                PackagedCli.JAR.toString(),
                "grade-batch",
                course.resolve(LESSON).toString(),
                "--submissions",
                submissions.toString(),
                "--report-dir",
                reports.toString(),
                "--jobs",
                "2",
                "--time",
                "60s")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (var runtime = DockerRuntime.fromEnvironment()) {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
      while (containersOf(runtime, batch.pid()).size() < 2) {
        assertThat(batch.isAlive()).as("the batch is still running").isTrue();
        assertThat(Instant.now()).as("two containers appear").isBefore(deadline);
        Thread.onSpinWait();
      }

      new ProcessBuilder("kill", "-INT", Long.toString(batch.pid())).start().waitFor();

      assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(containersOf(runtime, batch.pid())).isEmpty();
    }
    // Stopped before any learner's report was due, the batch may not have made the folder at all.
    if (Files.exists(reports)) {
      try (Stream<Path> files = Files.walk(reports)) {
        assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
      }
    }
  }

  private static List<LabelledContainer> containersOf(DockerRuntime runtime, long pid) {
    return runtime.containers(ContainerOwner.MARK).stream()
        .filter(c -> ContainerOwner.of(c.labels()).map(o -> o.pid() == pid).orElse(false))
        .toList();
  }

  private static String[] append(String[] args, String more) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }

  private static Map<String, String> statuses(List<CSVRecord> rows) {
    Map<String, String> map = new HashMap<>();
    rows.forEach(r -> map.put(r.get("learner"), r.get("status")));
    return map;
  }

  static List<CSVRecord> gradebook(Path csv) throws Exception {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  static JsonNode json(Path file) throws Exception {
    return new ObjectMapper().readTree(file.toFile());
  }

  static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static void zip(Path file, String name, String text) throws Exception {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file);
        var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
