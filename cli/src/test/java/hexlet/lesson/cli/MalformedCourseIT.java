package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed course trees, made from the example course one break at a time, fed to validate, check
 * and grade (and a few broken Dockerfiles to build): every call ends, within a bound, with a
 * documented exit code (0 to 4) and a message, and never with a stack trace. Check and grade use
 * the example's image ({@code --image}), so the trees are read and refused without building; only
 * the Dockerfile variants build, and they fail at their first step.
 */
@RequiresDocker
class MalformedCourseIT {
  private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 4);
  private static final long BOUND_SECONDS = 90;
  private static final String LESSON = "10-basics/20-greeting";
  private static final String LESSON_DIR = "modules/" + LESSON;
  private static final ExecutorService CALLS =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "malformed-course-call");
            thread.setDaemon(true);
            return thread;
          });

  private static Path scratch;
  private static Path right;
  private static String image;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    scratch = dir;
    Path example = ExampleCourses.copy("python-basics", dir.resolve("example"));
    image = TestImages.of(new CourseLoader().load(example)).tag();
    right =
        Files.writeString(
            dir.resolve("right.py"), "def greet(name):\n    return f'Hello, {name}!'\n");
  }

  @AfterAll
  static void stop() {
    CALLS.shutdownNow();
  }

  @FunctionalInterface
  interface Break {
    void apply(Path course) throws Exception;
  }

  record Variant(String name, Break change) {}

  @TestFactory
  Stream<DynamicTest> everyMalformedCourseEndsWithAMessageAndADocumentedExitCode() {
    List<Variant> variants = variants();
    assertThat(variants).hasSizeGreaterThanOrEqualTo(50);
    return variants.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> feed(v)));
  }

  @TestFactory
  Stream<DynamicTest> aBrokenDockerfileFailsTheBuildWithAMessage() {
    return Stream.of(
            new Variant("no Dockerfile", c -> Files.delete(c.resolve("Dockerfile"))),
            new Variant("empty Dockerfile", c -> Files.writeString(c.resolve("Dockerfile"), "")),
            new Variant(
                "Dockerfile syntax", c -> Files.writeString(c.resolve("Dockerfile"), "FRM x\n")),
            new Variant(
                "Dockerfile step fails",
                c ->
                    Files.writeString(
                        c.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN exit 3\n")),
            new Variant(
                "Dockerfile of binary junk", c -> Files.write(c.resolve("Dockerfile"), junk(4096))))
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v.name(),
                    () -> {
                      Path course = make(v);
                      Call build = call("build", course.toString());
                      assertThat(build.result().exitCode())
                          .as(build.transcript())
                          .isIn(ExitCodes.INVALID_INPUT, ExitCodes.FINDINGS);
                      assertThat(build.result().err())
                          .containsAnyOf("Dockerfile", "the course image did not build")
                          .doesNotContain("\tat ", "Exception");
                    }));
  }

  private void feed(Variant variant) throws Exception {
    Path course = make(variant);
    Leftovers leftovers = new Leftovers();
    leftovers.before();
    List<Call> calls = new ArrayList<>();
    calls.add(call("validate", course.toString()));
    calls.add(call("check", course.toString(), "--image", image, "--time", "5s", "--jobs", "2"));
    calls.add(
        call(
            "grade",
            LESSON,
            "--course",
            course.toString(),
            "--image",
            image,
            "--solution",
            right.toString(),
            "--time",
            "5s"));
    for (Call c : calls) {
      assertThat(c.result().exitCode()).as(c.transcript()).isIn(DOCUMENTED);
      assertThat(c.result().err()).as(c.transcript()).doesNotContain("\tat ", "Exception");
      if (c.result().exitCode() != ExitCodes.OK) {
        assertThat(c.result().out() + c.result().err()).as(c.transcript()).isNotBlank();
      }
    }
    leftovers.assertNone();
  }

  private static Path make(Variant variant) throws Exception {
    Path course = Files.createTempDirectory(scratch, "course");
    ExampleCourses.copy("python-basics", course);
    variant.change().apply(course);
    return course;
  }

  record Call(String[] args, CliRunner result) {
    String transcript() {
      return String.join(" ", args)
          + "\nexit "
          + result.exitCode()
          + "\n--- stdout\n"
          + result.out()
          + "--- stderr\n"
          + result.err();
    }
  }

  /** Runs the command line in process, failing the test if it does not end within the bound. */
  private static Call call(String... args) throws InterruptedException {
    Future<CliRunner> running = CALLS.submit(() -> CliRunner.run(args));
    try {
      return new Call(args, running.get(BOUND_SECONDS, TimeUnit.SECONDS));
    } catch (TimeoutException e) {
      running.cancel(true);
      return fail(String.join(" ", args) + " did not end in " + BOUND_SECONDS + " s");
    } catch (ExecutionException e) {
      return fail(String.join(" ", args) + " threw " + e.getCause(), e.getCause());
    }
  }

  private static List<Variant> variants() {
    List<Variant> v = new ArrayList<>();
    String spec = "spec.yml";
    String lessonYml = LESSON_DIR + "/lesson.yml";
    // spec.yml: syntax, types, keys, sizes, encodings, special files
    v.add(write(spec, ""));
    v.add(write(spec, "language: [\n"));
    v.add(write(spec, "language: 5\n"));
    v.add(write(spec, "- just\n- a\n- list\n"));
    v.add(write(spec, "language:\n  exercise_filename: [a, b]\n  extension: {x: 1}\n"));
    v.add(replace(spec, "  exercise_filename: solution.py\n", ""));
    v.add(replace(spec, "  exercise_test_filename: test_solution.py\n", ""));
    v.add(replace(spec, "solution.py", "../../etc/passwd"));
    v.add(replace(spec, "solution.py", "/etc/passwd"));
    v.add(replace(spec, "test_solution.py", "../outside.py"));
    v.add(append(spec, "unknown_key: 1\n"));
    v.add(append(spec, "grading:\n  limits:\n    time: lots\n    memory: -1\n"));
    v.add(append(spec, "grading:\n  test_command: ''\n"));
    v.add(append(spec, "grading:\n  results: ../../../../etc/passwd\n"));
    v.add(append(spec, "grading:\n  limits: {time: 0s, memory: 0, pids: 0, cpus: 0}\n"));
    v.add(append(spec, "grading:\n  limits: {pids: 100000000000000000000000000000}\n"));
    v.add(append(spec, "grading:\n  points: {x: -5}\n"));
    v.add(append(spec, "a: &a [x, x, x, x, x, x, x, x, x]\n" + laughs()));
    v.add(write(spec, "a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n"));
    v.add(write(spec, "a:\n" + nestedMaps(500)));
    v.add(new Variant("spec.yml huge", c -> writeHuge(c.resolve(spec), 40L << 20)));
    v.add(new Variant("spec.yml binary", c -> Files.write(c.resolve(spec), junk(65536))));
    v.add(
        new Variant(
            "spec.yml UTF-16",
            c -> Files.write(c.resolve(spec), bytes(c.resolve(spec), StandardCharsets.UTF_16))));
    v.add(
        new Variant(
            "spec.yml Latin-1 with NUL",
            c ->
                Files.write(
                    c.resolve(spec),
                    ("language:\n  name: Pyth\u00f6n\0\n").getBytes(StandardCharsets.ISO_8859_1))));
    v.add(new Variant("spec.yml a folder", c -> replaceWithFolder(c.resolve(spec))));
    v.add(new Variant("spec.yml missing", c -> Files.delete(c.resolve(spec))));
    v.add(new Variant("spec.yml a link to /dev/zero", c -> link(c.resolve(spec), "/dev/zero")));
    v.add(new Variant("spec.yml a pipe", c -> fifo(c.resolve(spec))));
    // lesson.yml
    v.add(write(lessonYml, "grading: [\n"));
    v.add(write(lessonYml, "grading:\n  limits:\n    time: 1e400s\n"));
    v.add(write(lessonYml, "grading:\n  hidden_tests: 5\n"));
    v.add(write(lessonYml, "grading:\n  test_command: 'exit 0'\n"));
    v.add(write(lessonYml, "grading:\n  test_command: 'sleep 1000'\n"));
    v.add(write(lessonYml, "grading:\n  results: /etc/passwd\n"));
    v.add(
        new Variant(
            "lesson.yml a link to /dev/urandom", c -> link(c.resolve(lessonYml), "/dev/urandom")));
    v.add(new Variant("lesson.yml a pipe", c -> fifo(c.resolve(lessonYml))));
    // the lesson's files
    v.add(new Variant("no tests", c -> Files.delete(c.resolve(LESSON_DIR + "/test_solution.py"))));
    v.add(new Variant("no reference", c -> Files.delete(c.resolve(LESSON_DIR + "/solution.py"))));
    v.add(new Variant("no Makefile", c -> Files.delete(c.resolve(LESSON_DIR + "/Makefile"))));
    v.add(write(LESSON_DIR + "/test_solution.py", ""));
    v.add(write(LESSON_DIR + "/test_solution.py", "def test_(:\n"));
    v.add(write(LESSON_DIR + "/solution.py", "def greet(name):\n    # BEGIN\n    return 1\n"));
    v.add(write(LESSON_DIR + "/solution.py", "# END\n# BEGIN\n"));
    v.add(write(LESSON_DIR + "/Makefile", "test:\n\tsleep 1000\n"));
    v.add(write(LESSON_DIR + "/Makefile", "test:\n\ttrue\n"));
    v.add(write(LESSON_DIR + "/Makefile", "test: test\n"));
    v.add(write(LESSON_DIR + "/en/data.yml", "name: [\n"));
    v.add(
        new Variant(
            "reference a folder", c -> replaceWithFolder(c.resolve(LESSON_DIR + "/solution.py"))));
    v.add(
        new Variant(
            "tests a pipe",
            c -> {
              Files.delete(c.resolve(LESSON_DIR + "/test_solution.py"));
              fifo(c.resolve(LESSON_DIR + "/test_solution.py"));
            }));
    v.add(
        new Variant(
            "a link in the lesson", c -> link(c.resolve(LESSON_DIR + "/data.txt"), "/etc/passwd")));
    v.add(
        new Variant(
            "a huge file in the lesson",
            c -> writeHuge(c.resolve(LESSON_DIR + "/big.bin"), 80L << 20)));
    v.add(
        new Variant(
            "folders 200 deep in the lesson",
            c -> {
              Path deep = c.resolve(LESSON_DIR);
              for (int i = 0; i < 200; i++) {
                deep = deep.resolve("d");
              }
              Files.createDirectories(deep);
              Files.writeString(deep.resolve("x.txt"), "x");
            }));
    v.add(
        new Variant("a name that is not UTF-8 in the lesson", c -> rawName(c.resolve(LESSON_DIR))));
    // the tree
    v.add(new Variant("no modules", c -> deleteTree(c.resolve("modules"))));
    v.add(
        new Variant(
            "modules a file",
            c -> {
              deleteTree(c.resolve("modules"));
              Files.writeString(c.resolve("modules"), "x");
            }));
    v.add(
        new Variant(
            "an empty module", c -> Files.createDirectories(c.resolve("modules/30-empty"))));
    v.add(
        new Variant(
            "a lesson folder named badly",
            c ->
                Files.move(
                    c.resolve("modules/10-basics/10-hello-world"),
                    c.resolve("modules/10-basics/Hello World"))));
    v.add(new Variant("the lesson graded is gone", c -> deleteTree(c.resolve(LESSON_DIR))));
    v.add(
        new Variant(
            "a lesson without tests or reference",
            c -> {
              Files.createDirectories(c.resolve("modules/10-basics/30-empty/en"));
              Files.writeString(
                  c.resolve("modules/10-basics/30-empty/en/data.yml"), "name: Empty\n");
            }));
    return v;
  }

  private static Variant write(String file, String text) {
    return new Variant(
        file + " = " + abbreviate(text),
        c -> {
          Files.createDirectories(c.resolve(file).getParent());
          Files.writeString(c.resolve(file), text);
        });
  }

  private static Variant append(String file, String text) {
    return new Variant(
        file + " += " + abbreviate(text),
        c -> Files.writeString(c.resolve(file), Files.readString(c.resolve(file)) + text));
  }

  private static Variant replace(String file, String from, String to) {
    return new Variant(
        file + ": " + abbreviate(from) + " -> " + abbreviate(to),
        c ->
            Files.writeString(
                c.resolve(file), Files.readString(c.resolve(file)).replace(from, to)));
  }

  private static String abbreviate(String text) {
    String one = text.replace("\n", "\\n");
    return one.length() > 40 ? one.substring(0, 40) + "..." : one;
  }

  /** A YAML "billion laughs": aliases that expand to 9^9 items. */
  private static String laughs() {
    StringBuilder yaml = new StringBuilder();
    String previous = "a";
    for (char name = 'b'; name <= 'i'; name++) {
      yaml.append(name).append(": &").append(name).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)));
      yaml.append("]\n");
      previous = String.valueOf(name);
    }
    return yaml.toString();
  }

  private static String nestedMaps(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.toString();
  }

  private static byte[] junk(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(7).nextBytes(bytes);
    return bytes;
  }

  private static byte[] bytes(Path file, java.nio.charset.Charset charset) throws IOException {
    return Files.readString(file).getBytes(charset);
  }

  private static void writeHuge(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    try (var out =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      out.position(size - 1).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
    }
  }

  private static void replaceWithFolder(Path file) throws IOException {
    Files.delete(file);
    Files.createDirectories(file.resolve("inside"));
  }

  private static void link(Path file, String target) throws IOException {
    Files.deleteIfExists(file);
    Files.createSymbolicLink(file, Path.of(target));
  }

  private static void fifo(Path file) throws Exception {
    Files.deleteIfExists(file);
    run("mkfifo", file.toString());
  }

  private static void rawName(Path dir) throws Exception {
    run("sh", "-c", "printf 'x' > \"$1/$(printf 'caf\\351.txt')\"", "sh", dir.toString());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
  }
}
