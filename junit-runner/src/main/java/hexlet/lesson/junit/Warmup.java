package hexlet.lesson.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the built-in sample lessons through every path a real run takes (compile, JUnit tests, a
 * main-method test, a compile error, results rendering), so that an image build can record the
 * loaded classes in a CDS archive: {@code java -XX:ArchiveClassesAtExit=runner.jsa -jar
 * junit-runner.jar --warmup}. Checks the outcomes too, so a broken runner fails the image build.
 */
final class Warmup {
  private static final Map<String, List<String>> LESSONS =
      Map.of(
          "junit", List.of("App.java", "AppTest.java"),
          "main", List.of("App.java", "AppTest.java"),
          "broken", List.of("App.java"));

  private static final Map<String, Integer> EXPECTED =
      Map.of(
          "junit", ExitStatus.FAILED,
          "main", ExitStatus.PASSED,
          "broken", ExitStatus.COMPILE);

  private Warmup() {}

  static int run(PrintStream log) {
    Path root = null;
    try {
      root = Files.createTempDirectory("junit-runner-warmup-");
      for (String lesson : List.of("junit", "main", "broken")) {
        RunReport report = runLesson(root, lesson);
        ResultsFile.write(
            root.resolve(lesson + ".xml"), JunitXml.render(report, Optional.of(new byte[] {1})));
        if (report.exitCode() != EXPECTED.get(lesson)) {
          log.println("junit-runner: warm-up lesson " + lesson + ": " + report.summary());
          return ExitStatus.INTERNAL;
        }
      }
      log.println("junit-runner: warm-up done");
      return ExitStatus.PASSED;
    } catch (IOException | RuntimeException e) {
      log.println("junit-runner: warm-up failed: " + e);
      return ExitStatus.INTERNAL;
    } finally {
      if (root != null) {
        RunnerMain.deleteTree(root);
      }
    }
  }

  private static RunReport runLesson(Path root, String lesson) throws IOException {
    Path dir = Files.createDirectories(root.resolve(lesson));
    for (String file : LESSONS.get(lesson)) {
      try (InputStream in = Warmup.class.getResourceAsStream("/warmup/" + lesson + "/" + file)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing resource " + file));
        }
        Files.copy(in, dir.resolve(file));
      }
    }
    try (OutputCapture capture = OutputCapture.install()) {
      OutcomeRecorder recorder = new OutcomeRecorder(capture);
      return new LessonRun(
              dir, List.of(), List.of(), Optional.empty(), root.resolve(lesson + "-classes"))
          .run(recorder);
    }
  }
}
