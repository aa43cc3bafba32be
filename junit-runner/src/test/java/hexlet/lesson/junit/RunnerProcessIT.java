package hexlet.lesson.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as {@code java -jar}, as a lesson container does, for what only a separate
 * JVM shows: how it ends when learner code calls System.exit, halts, leaves threads or hooks
 * behind, or forges results; and the CDS warm-up.
 */
class RunnerProcessIT {
  private static final Path JAR =
      Path.of(System.getProperty("runner.jar", "target/junit-runner.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path root;

  private record Run(int exitCode, String stderr, Path results) {
    String xml() throws IOException {
      return Files.exists(results) ? Files.readString(results) : "";
    }
  }

  private Path lesson(Map<String, String> files) throws IOException {
    Path dir = root.resolve("lesson");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    return dir;
  }

  private Run run(List<String> jvmOptions, String... args) throws Exception {
    Path results = root.resolve("out/results.xml");
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().put("HEXLET_RESULTS", results.toString());
    builder.environment().put("JAVA_TOOL_OPTIONS", "");
    Path stdout = root.resolve("stdout.txt");
    Path stderr = root.resolve("stderr.txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the runner did not end within 60 s: " + Files.readString(stderr));
    }
    return new Run(process.exitValue(), Files.readString(stderr), results);
  }

  private Run run(String... args) throws Exception {
    return run(List.of(), args);
  }

  private static final String TEST_ADDS =
      """
      import static org.assertj.core.api.Assertions.assertThat;

      class AppTest {
        @org.junit.jupiter.api.Test
        void adds() {
          assertThat(App.add(2, 3)).isEqualTo(5);
        }
      }
      """;

  private static String app(String body) {
    return """
        import java.nio.file.*;

        class App {
          static int add(int a, int b) {
            try {
              %s
            } catch (Exception e) {
              throw new RuntimeException(e);
            }
          }
        }
        """
        .formatted(body);
  }

  private static final String FORGED =
      "<testsuites><testsuite tests=\\\"1\\\"><testcase classname=\\\"AppTest\\\" name=\\\"adds()\\\"/>"
          + "</testsuite></testsuites>";

  @Test
  void systemExitZeroDuringATestEndsTheRunAsAnErrorNotAPass() throws Exception {
    lesson(Map.of("App.java", app("System.exit(0); return 0;"), "AppTest.java", TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.ENDED_EARLY);
    assertThat(run.xml())
        .contains("<testcase classname=\"AppTest\" name=\"adds()\"")
        .contains("<error type=\"hexlet-lesson:ended-early\"")
        .as("the test named as the report names it")
        .contains("during AppTest.adds()")
        .doesNotContain("<failure");
  }

  @Test
  void systemExitZeroAfterPlantingResultsStillEndsWithTheRealOnes() throws Exception {
    lesson(
        Map.of(
            "App.java",
            app(
                """
                Files.createDirectories(Path.of(System.getenv("HEXLET_RESULTS")).getParent());
                Files.writeString(Path.of(System.getenv("HEXLET_RESULTS")), "%s");
                System.exit(0);
                return 0;"""
                    .formatted(FORGED)),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.ENDED_EARLY);
    assertThat(run.xml()).startsWith("<?xml").contains("hexlet-lesson:ended-early");
  }

  @Test
  void systemExitZeroInTheSolutionOfAMainMethodLessonIsAnError() throws Exception {
    lesson(
        Map.of(
            "App.java",
            """
            class App {
              public static void main(String[] args) {
                System.exit(0);
              }
            }
            """,
            "AppTest.java",
            LessonRunTest.HEXLET_MAIN_TEST));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.ENDED_EARLY);
    assertThat(run.xml())
        .contains("<testcase classname=\"AppTest\" name=\"main\"")
        .contains("<error type=\"hexlet-lesson:ended-early\"");
  }

  @Test
  void aLingeringNonDaemonThreadDoesNotKeepTheRunAlive() throws Exception {
    lesson(
        Map.of(
            "App.java",
            app(
                """
                new Thread(() -> {
                  while (true) {
                    try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }
                  }
                }).start();
                return a - b;"""),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.xml()).contains("<failure type=\"org.opentest4j.AssertionFailedError\"");
  }

  @Test
  void aLearnerShutdownHookNeverRunsSoItCannotRewriteTheResults() throws Exception {
    lesson(
        Map.of(
            "App.java",
            app(
                """
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                  try {
                    Files.writeString(Path.of(System.getenv("HEXLET_RESULTS")), "%s");
                  } catch (Exception e) { }
                }));
                return a - b;"""
                    .formatted(FORGED)),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.xml()).startsWith("<?xml").contains("<failure");
  }

  @Test
  void resultsPrintedOrWrittenByLearnerCodeAreReplacedByTheRealOnes() throws Exception {
    lesson(
        Map.of(
            "App.java",
            app(
                """
                System.out.println("%s");
                Files.createDirectories(Path.of(System.getenv("HEXLET_RESULTS")).getParent());
                Files.writeString(Path.of(System.getenv("HEXLET_RESULTS")), "%s");
                return a - b;"""
                    .formatted(FORGED, FORGED)),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.xml()).startsWith("<?xml").contains("<failure").contains("<system-out>");
  }

  @Test
  void theKeyFileIsGoneBeforeLessonCodeRunsAndTheResultsAreSignedWithIt() throws Exception {
    Path nonce = Files.write(root.resolve("nonce"), new byte[] {0, 7, (byte) 0xff, 42});
    lesson(
        Map.of(
            "App.java",
            app("return Files.exists(Path.of(\"%s\")) ? 0 : a + b;".formatted(nonce)),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson", "--nonce-file", nonce.toString());

    assertThat(run.exitCode()).isEqualTo(ExitStatus.PASSED);
    assertThat(nonce).doesNotExist();
    assertThat(run.xml())
        .containsPattern("<property name=\"hexlet-lesson:signature\" value=\"[0-9a-f]{64}\"/>")
        .contains("name=\"adds()\"");
  }

  @Test
  void forgingThenHaltingLeavesResultsWithoutASignatureForTheHostToReject() throws Exception {
    Path nonce = Files.writeString(root.resolve("nonce"), "n-77aa\n");
    lesson(
        Map.of(
            "App.java",
            app(
                """
                Files.createDirectories(Path.of(System.getenv("HEXLET_RESULTS")).getParent());
                Files.writeString(Path.of(System.getenv("HEXLET_RESULTS")), "%s");
                Runtime.getRuntime().halt(0);
                return 0;"""
                    .formatted(FORGED)),
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson", "--nonce-file", nonce.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.xml()).contains("adds()").doesNotContain("hexlet-lesson:signature");
  }

  @Test
  void compileErrorWritesResultsAndExitsNonZero() throws Exception {
    lesson(
        Map.of(
            "App.java",
            "class App {\n  static int add(int a, int b) {\n    return a + b\n  }\n}\n",
            "AppTest.java",
            TEST_ADDS));

    Run run = run("--dir", "lesson");

    assertThat(run.exitCode()).isEqualTo(ExitStatus.COMPILE);
    assertThat(run.xml())
        .contains(
            "<error type=\"hexlet-lesson:compile\" message=\"App.java:3:17: error: ';' expected\"");
    assertThat(run.stderr()).contains("App.java:3:17: error: ';' expected");
  }

  @Test
  void missingResultsFileIsAUsageError() throws Exception {
    List<String> command = List.of(JAVA.toString(), "-jar", JAR.toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().remove("HEXLET_RESULTS");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor()).isEqualTo(ExitStatus.USAGE);
    assertThat(output).contains("no results file");
  }

  @Test
  void warmupWritesACdsArchiveThatLaterRunsUse() throws Exception {
    Path archive = root.resolve("runner.jsa");
    lesson(Map.of("App.java", app("return a - b;"), "AppTest.java", TEST_ADDS));

    Run warmup = run(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"), "--warmup");
    Run graded = run(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"), "--dir", "lesson");

    assertThat(warmup.exitCode()).isZero();
    assertThat(warmup.stderr()).contains("warm-up done");
    assertThat(archive).isNotEmptyFile();
    assertThat(graded.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(graded.xml()).contains("<failure");
  }
}
