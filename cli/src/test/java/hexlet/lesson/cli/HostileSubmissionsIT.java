package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.cli.HostileLesson.Graded;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Learner submissions written to break out, starve the grader, read what they must not, or forge a
 * pass, each graded through the command line on the real engine. Every one must end in {@code fail}
 * or {@code error} with its own reason, within the time limit plus 2 s, leaving no container,
 * volume or temporary file; and the grader must still grade an honest submission right afterwards.
 *
 * <p>The corpus is in {@code src/test/resources/hostile/python}: each file is a solution of the
 * example course's {@code 10-basics/20-greeting}. Probes print {@code ESCAPED: ...} for anything
 * they manage that the sandbox should forbid, and {@code PROBE-DONE} once they looked everywhere.
 */
@RequiresDocker
class HostileSubmissionsIT extends HostileSuite {
  private static final String LESSON = HostileLesson.LESSON;
  private static final Duration SLACK = Duration.ofSeconds(2);
  private static final Duration DEFAULT_TIME = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HostileLesson target;
  private static Path course;
  private static Path corpus;
  private static Path right;
  private static Path scratch;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    target =
        HostileLesson.prepare(
            dir,
            "python-basics",
            "python",
            "right.py",
            "def greet(name):\n    return f'Hello, {name}!'\n");
    course = target.course();
    corpus = target.corpus();
    right = target.right();
    scratch = Files.createDirectories(dir.resolve("scratch"));
  }

  @Override
  HostileLesson target() {
    return target;
  }

  static Stream<Arguments> submissions() {
    return Stream.of(
        error("fork-bomb.py", "timeout", "--time", "3s", "--pids", "64"),
        timeout("infinite-loop.py"),
        timeout("sleep-forever.py"),
        timeout("disk-fill-forever.py"),
        timeout("ignores-sigterm.py"),
        error("memory-hog.py", "memory", "--memory", "128m"),
        error("output-flood.py", "output-limit", "--output-limit", "64k"),
        error("disk-fill-then-answer.py", "no-results", "--tmpfs", "16m"),
        error("forged-results-file.py", "tampered"),
        error("os-exit-at-import.py", "tampered"),
        error("os-exit-during-test.py", "tampered"),
        error("sys-exit-at-import.py", "compile"),
        fail("sys-exit-during-test.py"),
        fail("exit-zero-at-exit.py"),
        fail("fake-frame-on-stdout.py"),
        fail("proc-wrapper-access.py"),
        fail("conftest-at-runtime.py"),
        fail("patch-plugin-module.py"),
        error("pytest-hook-via-gc.py", "tampered"),
        error("pytest-hook-via-frames.py", "tampered"),
        error("patch-runtest.py", "tampered"),
        error("patch-callinfo.py", "tampered"),
        error("patch-code-object.py", "tampered"),
        error("patch-hook-proxy.py", "tampered"),
        error("swap-test-functions.py", "tampered"),
        error("trace-function.py", "tampered"),
        error("nested-pytest-session.py", "tampered"),
        error("pytest-in-subprocess.py", "tampered"),
        error("memory-scan-forge.py", "tampered"),
        error("config-hook-relay.py", "tampered"),
        error("session-method-on-object.py", "tampered"),
        error("hook-caller-hookexec.py", "tampered"),
        error("hook-relay-caller.py", "tampered"),
        error("item-session-swap.py", "tampered"),
        error("builtins-after-collection.py", "tampered"),
        error("approx-defaults.py", "tampered"),
        fail("privileges.py"),
        fail("surrogates-in-exception.py"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissions")
  void aHostileSubmissionNeverPasses(String name, String status, String reason, List<String> flags)
      throws Exception {
    Path submission = corpus.resolve(name);

    Graded graded = target.judged(submission, flags);

    graded.assertVerdict(status, reason);
    assertThat(graded.report().toString()).doesNotContain("ESCAPED");
    String source = Files.readString(submission);
    if (source.contains("PROBE-DONE")) {
      assertThat(graded.report().toString()).as("the probe ran to its end").contains("PROBE-DONE");
    }
  }

  @Test
  void theNetworkIsUnreachableEvenToListenersOnThisMachine() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
      AtomicInteger accepted = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                while (!listener.isClosed()) {
                  try (Socket ignored = listener.accept()) {
                    accepted.incrementAndGet();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.start();
      List<String> targets = new ArrayList<>();
      for (String address : localAddresses()) {
        targets.add(address + " " + listener.getLocalPort());
      }
      Path submission = Files.createDirectories(scratch.resolve("network"));
      Files.copy(corpus.resolve("network.py"), submission.resolve("solution.py"));
      Files.write(submission.resolve("targets.txt"), targets);

      Graded graded = target.judged(submission, List.of());

      graded.assertVerdict("fail", null);
      assertThat(graded.report().toString()).doesNotContain("ESCAPED").contains("PROBE-DONE");
      assertThat(targets)
          .as("the probe tried 127.0.0.1 and the docker bridge")
          .hasSizeGreaterThan(1);
      listener.close();
      acceptor.join(5_000);
      assertThat(accepted).as("connections that reached the listener").hasValue(0);
    }
  }

  @Test
  void testFilesRewrittenBeforePytestReadsThemAreTampering() throws Exception {
    Path twoFiles = ExampleCourses.copy("python-basics", scratch.resolve("two-test-files"));
    Path lesson = twoFiles.resolve("modules/" + LESSON);
    Files.writeString(
        lesson.resolve("test_more.py"),
        "from solution import greet\n\n\ndef test_greets_grace():\n"
            + "    assert greet('Grace') == 'Hello, Grace!'\n");
    Files.writeString(lesson.resolve("Makefile"), "test:\n\tpython3 -m pytest -q\n");
    var args =
        List.of("grade", LESSON, "--course", twoFiles.toString(), "--format", "json", "--solution");

    var honest =
        CliRunner.run(
            Stream.concat(args.stream(), Stream.of(right.toString())).toArray(String[]::new));
    var hostile =
        CliRunner.run(
            Stream.concat(
                    args.stream(), Stream.of(corpus.resolve("rewrite-later-tests.py").toString()))
                .toArray(String[]::new));

    assertThat(honest.exitCode()).as(honest.out() + honest.err()).isZero();
    JsonNode report = JSON.readTree(hostile.out());
    assertThat(report.path("status").asText()).as(hostile.out()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("tampered");
    assertThat(report.path("message").asText()).contains("test_more.py was changed");
  }

  /**
   * The later test file is replaced only for pytest's eyes: rewritten and put back by the forged
   * module as it is imported, left alone while pytest's bytecode cache for it is written, or
   * shadowed by a module of the learner's in {@code sys.modules}. Each passed a partly wrong
   * solution until the plugin compared the collected test functions with the lesson's files as they
   * were before the learner's code ran.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"restore-later-tests.py", "pycache-later-tests.py", "fake-later-test-module.py"})
  void aLaterTestFileReplacedForPytestOnlyIsTampering(String name) throws Exception {
    Path twoFiles = ExampleCourses.copy("python-basics", scratch.resolve("two-files-" + name));
    Path lesson = twoFiles.resolve("modules/" + LESSON);
    Files.writeString(
        lesson.resolve("test_more.py"),
        "from solution import greet\n\n\ndef test_greets_grace():\n"
            + "    assert greet('Grace') == 'Hello, Grace!'\n");
    Files.writeString(lesson.resolve("Makefile"), "test:\n\tpython3 -m pytest -q\n");

    var hostile =
        CliRunner.run(
            "grade",
            LESSON,
            "--course",
            twoFiles.toString(),
            "--format",
            "json",
            "--solution",
            corpus.resolve(name).toString());

    JsonNode report = JSON.readTree(hostile.out());
    assertThat(report.path("status").asText()).as(hostile.out()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("tampered");
    assertThat(report.path("message").asText())
        .contains("is not the one in the lesson's file test_solution.py");
  }

  /**
   * The guard tells the lesson's own doings from tampering: conftest.py files that implement hooks,
   * one of them in a folder pytest reaches only while collecting, and a test wrapped by a library's
   * decorator, whose code is the library's.
   */
  @Test
  void aLessonsOwnHooksAndDecoratedTestsAreNotTampering() throws Exception {
    Path ownHooks = ExampleCourses.copy("python-basics", scratch.resolve("own-hooks"));
    Path lesson = ownHooks.resolve("modules/" + LESSON);
    Files.writeString(
        lesson.resolve("conftest.py"), "def pytest_collection_modifyitems(items):\n    pass\n");
    Files.createDirectories(lesson.resolve("more"));
    Files.writeString(
        lesson.resolve("more/conftest.py"),
        "import pytest\n\n\n@pytest.hookimpl(hookwrapper=True)\n"
            + "def pytest_runtest_call(item):\n    yield\n");
    Files.writeString(
        lesson.resolve("more/test_more.py"),
        "from unittest.mock import patch\n\nfrom solution import greet\n\n\n"
            + "@patch('builtins.input', return_value='Grace')\n"
            + "def test_greets_whoever_answers(answer):\n"
            + "    assert greet(input()) == 'Hello, Grace!'\n");
    Files.writeString(lesson.resolve("Makefile"), "test:\n\tpython3 -m pytest -q\n");

    var honest =
        CliRunner.run(
            "grade",
            LESSON,
            "--course",
            ownHooks.toString(),
            "--format",
            "json",
            "--solution",
            right.toString());

    assertThat(honest.exitCode()).as(honest.out() + honest.err()).isZero();
    JsonNode report = JSON.readTree(honest.out());
    assertThat(report.path("status").asText()).isEqualTo("pass");
    assertThat(report.toString()).contains("test_greets_whoever_answers");
  }

  @Test
  void noReferenceSolutionIsAnywhereInTheContainer() throws Exception {
    List<String> needles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(course.resolve("modules"))) {
      for (Path reference : files.filter(f -> f.endsWith("solution.py")).toList()) {
        String text = Files.readString(reference);
        needles.add(hex(text));
        int begin = text.indexOf("# BEGIN\n");
        int end = text.indexOf("# END");
        needles.add(hex(text.substring(begin + "# BEGIN\n".length(), end)));
      }
    }
    Path submission = Files.createDirectories(scratch.resolve("hidden-files"));
    Files.copy(corpus.resolve("find-hidden-files.py"), submission.resolve("solution.py"));
    Files.write(submission.resolve("needles.txt"), needles);

    Graded graded = target.judged(submission, List.of());

    graded.assertVerdict("fail", null);
    assertThat(needles).hasSize(6);
    assertThat(graded.report().toString())
        .doesNotContain("ESCAPED")
        .contains("PROBE-DONE")
        .contains("for 6 needles");
  }

  @Test
  void theGradersEnvironmentNeverReachesTheContainer() throws Exception {
    Path tmp = Files.createDirectories(scratch.resolve("secret-tmp"));
    Map<String, String> env =
        Map.of(
            "HEXLET_LESSON_TEST_SECRET", "grader-secret-0d1f",
            "AWS_SECRET_ACCESS_KEY", "grader-secret-0d1f",
            "HEXLET_LESSON_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
    long start = System.nanoTime();

    Process grader =
        packaged(
            env,
            "grade",
            LESSON,
            "--course",
            course.toString(),
            "--solution",
            corpus.resolve("read-secrets.py").toString(),
            "--format",
            "json");
    String out = new String(grader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(grader.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("a fresh JVM included")
        .isLessThanOrEqualTo(DEFAULT_TIME.plus(SLACK));
    assertThat(grader.exitValue()).as(out).isEqualTo(ExitCodes.FINDINGS);
    JsonNode report = JSON.readTree(out);
    assertThat(report.path("status").asText()).isEqualTo("fail");
    assertThat(out).contains("PROBE-DONE").doesNotContain("ESCAPED");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).as("temporary files of the grader").isEmpty();
    }
  }

  /** Submissions refused before any container starts: exit 3, naming the file. */
  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("symlink-inside", "is a symbolic link"),
        Arguments.of("symlink-itself", "is a symbolic link"),
        Arguments.of("fifo-inside", "is not a regular file"),
        Arguments.of("gnumakefile", "GNUmakefile is a makefile"),
        Arguments.of("conftest", "conftest.py is a pytest plugin file"),
        Arguments.of("pytest-ini", "pytest.ini is a configuration file that pytest reads"),
        Arguments.of("pytest-shadow", "pytest.py would replace the test runner's module 'pytest'"),
        Arguments.of("plugin-shadow", "hexlet_results.py would replace the test runner's module"),
        Arguments.of(
            "plugin-bytecode", "hexlet_results.pyc would replace the test runner's module"),
        Arguments.of(
            "stdlib-extension",
            "argparse.cpython-311-x86_64-linux-gnu.so would replace Python's standard module"),
        Arguments.of("huge", "holds more than 16 MiB"),
        Arguments.of("too-many-files", "holds more than 1000 files"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aSubmissionThatCouldReachBeyondItsFolderIsRefusedBeforeAnythingRuns(
      String name, String message) throws Exception {
    Path submission = HostileFiles.make(name, scratch, corpus);
    Instant since = Instant.now();

    var result =
        CliRunner.run(
            "grade", LESSON, "--course", course.toString(), "--solution", submission.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(message).doesNotContain("\tat ", "Exception");
    assertThat(leftovers.containersCreatedSince(since)).as("containers created").isEmpty();
  }

  @Test
  void thousandsOfFilesAndNamesThatAreNotUtf8AreGradedLikeAnyOtherSubmission() throws Exception {
    Path many = HostileFiles.make("hundreds-of-files", scratch, corpus);
    Path odd = HostileFiles.make("non-utf8-name", scratch, corpus);
    Path latin1 = HostileFiles.make("non-utf8-source", scratch, corpus);

    target.judged(many, List.of()).assertVerdict("fail", null);
    target.judged(odd, List.of()).assertVerdict("fail", null);
    target.judged(latin1, List.of()).assertVerdict("error", "compile");
  }

  @Test
  void aBatchWithArchivesThatEscapeTheirFolderGradesTheRestAndRefusesThose() throws Exception {
    Path submissions = HostileFiles.batch(scratch.resolve("batch"), right);
    Path reports = scratch.resolve("batch-reports");

    var result =
        CliRunner.run(
            "grade-batch",
            LESSON,
            "--course",
            course.toString(),
            "--submissions",
            submissions.toString(),
            "--report-dir",
            reports.toString(),
            "--jobs",
            "2");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(status(reports, "honest")).isEqualTo("pass");
    for (String learner : List.of("dotdot", "absolute", "symlink", "conftest")) {
      JsonNode report = JSON.readTree(reports.resolve(learner + ".json").toFile());
      assertThat(report.path("status").asText()).as(learner).isEqualTo("error");
      assertThat(report.path("reason").asText()).as(learner).isEqualTo("submission");
    }
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String status(Path reports, String learner) throws IOException {
    return JSON.readTree(reports.resolve(learner + ".json").toFile()).path("status").asText();
  }

  private static Arguments timeout(String name) {
    return Arguments.of(name, "error", "timeout", List.of("--time", "3s"));
  }

  private static Arguments error(String name, String reason, String... flags) {
    return Arguments.of(name, "error", reason, List.of(flags));
  }

  private static Arguments fail(String name) {
    return Arguments.of(name, "fail", null, List.of());
  }

  /** IPv4 addresses of this machine, loopback and the docker bridge among them. */
  private static List<String> localAddresses() throws IOException {
    List<String> found = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address) {
          found.add(address.getHostAddress());
        }
      }
    }
    return found;
  }

  private static Process packaged(Map<String, String> env, String... args) throws IOException {
    Path jar = Path.of("target", "hexlet-lesson.jar").toAbsolutePath();
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(env.get("HEXLET_LESSON_JAVA_OPTS").split(" ")));
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    return builder.start();
  }

  static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
