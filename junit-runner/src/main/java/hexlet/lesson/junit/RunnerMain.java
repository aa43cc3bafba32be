package hexlet.lesson.junit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code java -jar junit-runner.jar}: runs one lesson inside its container and writes the results.
 * See {@link RunnerOptions#USAGE} for the contract and the module's README for the threat model.
 */
public final class RunnerMain {
  private RunnerMain() {}

  public static void main(String[] args) {
    PrintStream log = System.err;
    RunnerOptions options;
    try {
      options = RunnerOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      log.println("junit-runner: " + e.getMessage() + " (see --help)");
      System.exit(ExitStatus.USAGE);
      return;
    }
    if (options.help()) {
      System.out.print(RunnerOptions.USAGE);
      return;
    }
    if (options.warmup()) {
      // A normal exit, not halt: -XX:ArchiveClassesAtExit writes the CDS archive at exit.
      System.exit(Warmup.run(log));
      return;
    }
    // The key is read and its file deleted before any lesson code can run.
    Optional<byte[]> key;
    Path workDir;
    try {
      key = readKey(options.nonceFile());
      workDir =
          options.workDir().isPresent()
              ? options.workDir().get()
              : Files.createTempDirectory("junit-runner-");
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      log.println("junit-runner: " + e.getMessage());
      System.exit(ExitStatus.USAGE);
      return;
    }
    OutputCapture capture = OutputCapture.install();
    OutcomeRecorder recorder = new OutcomeRecorder(capture);
    Path results = options.results().orElseThrow();
    RunGuard guard =
        new RunGuard(
            report -> deliver(report, results, key, capture, log, cleanup(options, workDir)));
    guard.arm(recorder::endedEarly);
    RunReport report;
    try {
      report =
          new LessonRun(
                  options.lessonDir(),
                  options.sourcePath(),
                  options.classPath(),
                  options.mainClass(),
                  workDir.resolve("classes"))
              .run(recorder);
    } catch (Throwable thrown) {
      RunReport failedTest = recorder.escaped(thrown);
      if (failedTest == null) {
        thrown.printStackTrace(log);
        report = RunReport.runError(ExitStatus.INTERNAL, "internal error: " + thrown);
      } else {
        report = failedTest;
      }
    }
    guard.finish(report);
  }

  /** The run's key: the raw bytes of the file, which is deleted. */
  private static Optional<byte[]> readKey(Optional<Path> file) throws IOException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    byte[] key = Files.readAllBytes(file.get());
    Files.delete(file.get());
    if (key.length == 0) {
      throw new IllegalArgumentException("the key file " + file.get() + " is empty");
    }
    return Optional.of(key);
  }

  /** The folder to delete after the run: only one the runner made itself. */
  private static Optional<Path> cleanup(RunnerOptions options, Path workDir) {
    return options.workDir().isPresent() ? Optional.empty() : Optional.of(workDir);
  }

  /** Writes the results and says what happened; returns the exit status. Never throws. */
  private static int deliver(
      RunReport report,
      Path results,
      Optional<byte[]> key,
      OutputCapture capture,
      PrintStream log,
      Optional<Path> cleanup) {
    int status = report.exitCode();
    try {
      ResultsFile.write(results, JunitXml.render(report, key));
    } catch (IOException | RuntimeException e) {
      log.println("junit-runner: cannot write the results to " + results + ": " + e);
      status = ExitStatus.INTERNAL;
    }
    try {
      capture.flush();
      for (TestOutcome test : report.tests()) {
        if (test.status() == TestOutcome.Status.ERROR) {
          log.println(test.details().strip());
        }
      }
      log.println("junit-runner: " + report.summary());
      log.flush();
      cleanup.ifPresent(RunnerMain::deleteTree);
    } catch (RuntimeException e) {
      log.println("junit-runner: " + e);
    }
    return status;
  }

  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Best effort: the folder is on a tmpfs that goes with the container.
    }
  }
}
