package hexlet.lesson.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
  private static final String ID = "sha256:" + "ab".repeat(32);
  private static final String TAG = "hexlet-lesson-test/python:0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir Path tmp;
  private final FakeRuntime runtime = new FakeRuntime();
  private Course course;
  private Path temp;

  @BeforeEach
  void setUp() throws Exception {
    course = new CourseLoader().load(TestCourses.python(tmp.resolve("course")));
    Path script = course.root().resolve("bin/setup.sh");
    TestCourses.write(script, "#!/bin/sh\necho ready\n");
    script.toFile().setExecutable(true);
    TestCourses.write(course.root().resolve(".git/HEAD"), "ref: refs/heads/main\n");
    TestCourses.write(course.root().resolve(".hexlet-lesson/build.log"), "old\n");
    runtime.addImage(TAG, new ImageInfo(ID, "/exercises-python", Map.of(), Map.of()));
    temp = Files.createDirectories(tmp.resolve("temp"));
  }

  private BundleWriter.Written write(Path output, boolean withSolutions) {
    var source =
        new BundleWriter.Source(
            course,
            TAG,
            ID,
            Optional.of("c0ffee" + "0".repeat(34)),
            false,
            withSolutions,
            Map.of(
                "10-basics/10-hello",
                List.of("test_solution.test_hello_is_text", "test_solution.test_hello")));
    return new BundleWriter(runtime, Clock.fixed(NOW, ZoneOffset.UTC), "1.2.3")
        .write(source, output, line -> {});
  }

  private OpenedBundle open(Path bundle) {
    return new BundleReader(temp).open(bundle, manifest -> true);
  }

  @Test
  void theCourseWithoutSolutionsTheImageAndTheManifestGoIntoOneFile() throws Exception {
    var written = write(tmp.resolve("out/course.tar"), false);

    List<String> names =
        TarEntries.read(written.bundle()).stream().map(TarEntries.Item::name).toList();
    assertThat(names.get(0)).isEqualTo("manifest.json");
    assertThat(names.get(names.size() - 1)).isEqualTo("image.tar");
    assertThat(names)
        .contains(
            "course/spec.yml",
            "course/Dockerfile",
            "course/modules/10-basics/10-hello/test_solution.py",
            "course/bin/setup.sh")
        .doesNotContain("course/modules/10-basics/10-hello/solution.py")
        .noneMatch(n -> n.startsWith("course/.git/") || n.startsWith("course/.hexlet-lesson/"));
    assertThat(written.size()).isEqualTo(Files.size(written.bundle()));
    assertThat(written.sha256()).matches("[0-9a-f]{64}");
    assertThat(tmp.resolve("out")).isDirectoryNotContaining(p -> !p.equals(written.bundle()));
  }

  @Test
  void anOpenedBundleHasTheManifestAndTheCourseAsPackaged() throws Exception {
    write(tmp.resolve("course.tar"), false);

    try (OpenedBundle bundle = open(tmp.resolve("course.tar"))) {
      BundleManifest manifest = bundle.manifest();
      assertThat(manifest.imageId()).isEqualTo(ID);
      assertThat(manifest.imageTag()).isEqualTo(TAG);
      assertThat(manifest.toolVersion()).isEqualTo("1.2.3");
      assertThat(manifest.createdAt()).isEqualTo(NOW);
      assertThat(manifest.courseCommit())
          .hasValueSatisfying(c -> assertThat(c).startsWith("c0ffee"));
      assertThat(manifest.withSolutions()).isFalse();
      assertThat(manifest.expectedTests())
          .containsEntry(
              "10-basics/10-hello",
              List.of("test_solution.test_hello", "test_solution.test_hello_is_text"));
      Path lesson = bundle.courseRoot().resolve("modules/10-basics/10-hello");
      assertThat(lesson.resolve("test_solution.py"))
          .hasSameTextualContentAs(
              course.root().resolve("modules/10-basics/10-hello/test_solution.py"));
      assertThat(lesson.resolve("solution.py")).doesNotExist();
      assertThat(Files.isExecutable(bundle.courseRoot().resolve("bin/setup.sh"))).isTrue();
      assertThat(Files.isExecutable(bundle.courseRoot().resolve("spec.yml"))).isFalse();
      assertThat(new CourseLoader().load(bundle.courseRoot()).lessons()).hasSize(1);
    }
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void withSolutionsTheReferenceSolutionsComeToo() throws Exception {
    write(tmp.resolve("course.tar.gz"), true);

    try (OpenedBundle bundle = open(tmp.resolve("course.tar.gz"))) {
      assertThat(bundle.manifest().withSolutions()).isTrue();
      assertThat(bundle.courseRoot().resolve("modules/10-basics/10-hello/solution.py")).exists();
    }
  }

  @Test
  void aGzipNameWritesACompressedBundle() throws Exception {
    var written = write(tmp.resolve("course.tgz"), false);

    byte[] head = Arrays.copyOf(Files.readAllBytes(written.bundle()), 2);
    assertThat(head).containsExactly(0x1f, 0x8b);
    try (OpenedBundle bundle = open(written.bundle())) {
      assertThat(bundle.manifest().entry("course/spec.yml")).isPresent();
    }
  }

  @Test
  void theImageIsLoadedOnlyWhenTheEngineLacksIt() throws Exception {
    write(tmp.resolve("course.tar"), false);

    try (OpenedBundle bundle = open(tmp.resolve("course.tar"))) {
      assertThat(bundle.image(runtime, line -> {}).id()).isEqualTo(ID);
      assertThat(runtime.loads()).isEmpty();

      runtime.removeImage(TAG);
      List<String> progress = new ArrayList<>();
      ImageInfo loaded = bundle.image(runtime, progress::add);

      assertThat(loaded.id()).isEqualTo(ID);
      assertThat(loaded.workingDir()).isEqualTo("/exercises-python");
      assertThat(runtime.loads()).containsExactly(ID);
      assertThat(runtime.image(TAG)).isPresent();
      assertThat(progress).singleElement().asString().contains("loading the course image");
    }
  }

  @Test
  void aBundleWrittenIntoItsCourseIsRefused() {
    assertThatThrownBy(() -> write(course.root().resolve("course.tar"), false))
        .isInstanceOfSatisfying(
            ToolException.class, e -> assertThat(e.kind()).isEqualTo(ToolException.Kind.USAGE))
        .hasMessageContaining("outside the course");
  }

  @Test
  void aChangedFileIsRefusedByName() throws Exception {
    String message =
        refusal(
            items ->
                items.stream()
                    .map(
                        i ->
                            i.name().endsWith("test_solution.py")
                                ? i.withContent(
                                    "def test_hello(): pass\n".getBytes(StandardCharsets.UTF_8))
                                : i)
                    .toList());

    assertThat(message)
        .contains("refused")
        .contains("entry course/modules/10-basics/10-hello/test_solution.py has");
  }

  @Test
  void aChangedFileOfTheSameSizeFailsItsChecksum() throws Exception {
    String message =
        refusal(
            items ->
                items.stream()
                    .map(
                        i -> {
                          if (!i.name().equals("course/spec.yml")) {
                            return i;
                          }
                          byte[] bytes = i.content().clone();
                          bytes[0] = (byte) (bytes[0] == 'x' ? 'y' : 'x');
                          return i.withContent(bytes);
                        })
                    .toList());

    assertThat(message).contains("checksum of course/spec.yml does not match the manifest");
  }

  @Test
  void anExtraEntryAndAMissingOneAreBothNamed() throws Exception {
    String message =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.removeIf(i -> i.name().equals("course/Dockerfile"));
              changed.add(1, TarEntries.Item.file("course/evil.py", new byte[] {'1'}));
              return changed;
            });

    assertThat(message)
        .contains("unexpected entry course/evil.py (not in the manifest)")
        .contains("entry course/Dockerfile is in the manifest but missing from the bundle");
  }

  @Test
  void aPathOutOfTheFolderIsRefused() throws Exception {
    String message =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.add(1, TarEntries.Item.file("course/../../escape.sh", new byte[] {'1'}));
              return changed;
            });

    assertThat(message).contains("entry 'course/../../escape.sh': '..' is not allowed");
    assertThat(tmp.resolve("escape.sh")).doesNotExist();
  }

  @Test
  void anAbsolutePathIsRefused() throws Exception {
    String message =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.add(1, TarEntries.Item.file("/tmp/escape.sh", new byte[] {'1'}));
              return changed;
            });

    assertThat(message).contains("'/tmp/escape.sh'");
  }

  @Test
  void linksAndDevicesAreRefused() throws Exception {
    String link =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.add(
                  1, TarEntries.Item.of("course/passwd", TarConstants.LF_SYMLINK, "/etc/passwd"));
              return changed;
            });
    String device =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.add(1, TarEntries.Item.of("course/null", TarConstants.LF_CHR, ""));
              return changed;
            });

    assertThat(link).contains("entry 'course/passwd' is a symbolic link");
    assertThat(device).contains("entry 'course/null' is a device");
  }

  @Test
  void theManifestMustComeFirst() throws Exception {
    String message =
        refusal(
            items -> {
              List<TarEntries.Item> changed = new ArrayList<>(items);
              changed.add(changed.remove(0));
              return changed;
            });

    assertThat(message).contains("the first entry must be manifest.json");
  }

  @Test
  void aFileThatIsNotABundleIsRefused() throws Exception {
    Path junk = tmp.resolve("junk.tar");
    Files.writeString(junk, "not a tar at all");

    assertThatThrownBy(() -> open(junk))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("junk.tar: refused");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void aCompressedBundleCutShortIsCalledDamagedWithWhatToCompare() throws Exception {
    Path bundle = write(tmp.resolve("course.tar.gz"), false).bundle();
    byte[] whole = Files.readAllBytes(bundle);
    Files.write(bundle, Arrays.copyOf(whole, whole.length - 20));

    assertThatThrownBy(() -> open(bundle))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("course.tar.gz: refused")
        .hasMessageContaining("damaged")
        .hasMessageContaining("SHA-256");
    assertThat(temp).isEmptyDirectory();
  }

  /** Writes a bundle, changes it, opens it and returns why it was refused. */
  private String refusal(UnaryOperator<List<TarEntries.Item>> change) throws Exception {
    Path bundle = write(tmp.resolve("course.tar"), false).bundle();
    TarEntries.write(bundle, change.apply(TarEntries.read(bundle)));
    try {
      open(bundle).close();
    } catch (ToolException e) {
      assertThat(e.kind()).isEqualTo(ToolException.Kind.INVALID_INPUT);
      try (Stream<Path> left = Files.list(temp)) {
        assertThat(left).as("temporary folders left").isEmpty();
      }
      return e.getMessage();
    }
    throw new AssertionError("the changed bundle was accepted");
  }
}
