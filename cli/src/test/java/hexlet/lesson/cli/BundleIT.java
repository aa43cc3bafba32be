package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.git.FirstCommit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a company admin does, through the packaged command line and the real engine: package a
 * course, carry the bundle to a clean folder, remove the image, grade from the bundle.
 */
@RequiresDocker
class BundleIT {
  /** A repository of its own, so removing the image here touches no other test's image. */
  private static final String REPOSITORY = "hexlet-lesson-test/bundle-it";

  private static final String LESSON = "20-conditions/10-sign";
  private static final String RIGHT = "def sign(number):\n    return (number > 0) - (number < 0)\n";

  @TempDir static Path dir;
  private static Path bundle;
  private static String commit;
  private static String tag;

  @BeforeAll
  static void packageTheCourse() throws Exception {
    Path course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    Path spec = course.resolve("spec.yml");
    Files.writeString(
        spec, Files.readString(spec).replaceAll("docker_image: .*", "docker_image: " + REPOSITORY));
    commit = new FirstCommit().initAndCommit(course, "Course").commitId();

    var packaged = PackagedCli.run(dir, "package", course.toString(), "-o", "out/course.tar.gz");

    assertThat(packaged.exitCode()).as(packaged.transcript()).isZero();
    assertThat(packaged.out())
        .contains("course  course at " + commit.substring(0, 10) + ", 3 lessons")
        .contains("reference solutions left out")
        .contains("image   " + REPOSITORY + ":");
    tag =
        packaged
            .out()
            .lines()
            .filter(l -> l.startsWith("image"))
            .findFirst()
            .orElseThrow()
            .split("\\s+")[1];
    bundle = dir.resolve("out/course.tar.gz");
  }

  @AfterAll
  static void removeTheImage() throws Exception {
    docker("rmi", tag);
  }

  @Test
  void aCohortIsGradedFromTheBundleOnAMachineWithoutTheCourseOrItsImage() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path carried = Files.copy(bundle, site.resolve("course.tar.gz"));
    Path cohort = site.resolve("cohort");
    GradeBatchIT.write(cohort.resolve("ann/solution.py"), "# ann\n" + RIGHT);
    GradeBatchIT.write(cohort.resolve("ben.py"), "def sign(number):\n    return 1\n");
    Path right = cohort.resolve("ann/solution.py");
    assertThat(docker("rmi", tag)).as("the image is removed before grading").isZero();
    long leftBefore = bundleFolders();

    var single =
        PackagedCli.run(
            site, "grade", "--bundle", "course.tar.gz", LESSON, "--solution", right.toString());
    var batch =
        PackagedCli.run(
            site,
            "grade-batch",
            "--bundle",
            carried.getFileName().toString(),
            LESSON,
            "--submissions",
            "cohort",
            "--report-dir",
            "reports");

    assertThat(single.exitCode()).as(single.transcript()).isZero();
    assertThat(single.err()).contains("loading the course image " + tag + " from the bundle");
    assertThat(single.out()).contains("PASS  test_solution.test_zero");
    assertThat(docker("image", "inspect", tag)).as("the image was loaded").isZero();
    assertThat(batch.exitCode()).as(batch.transcript()).isZero();
    assertThat(batch.err()).doesNotContain("loading the course image");
    var rows = GradeBatchIT.gradebook(site.resolve("reports/gradebook.csv"));
    assertThat(rows)
        .extracting(r -> r.get("learner") + " " + r.get("status"))
        .containsExactly("ann pass", "ben fail");
    JsonNode ann = GradeBatchIT.json(site.resolve("reports/ann.json"));
    assertThat(ann.path("provenance").path("course_commit").asText()).isEqualTo(commit);
    assertThat(bundleFolders()).as("temporary folders of opened bundles").isEqualTo(leftBefore);
  }

  @Test
  void theBundleHoldsTheManifestFirstTheCourseWithoutSolutionsAndTheImage() throws Exception {
    Map<String, byte[]> entries = read(bundle);

    List<String> names = new ArrayList<>(entries.keySet());
    assertThat(names.get(0)).isEqualTo("manifest.json");
    assertThat(names).contains("image.tar", "course/spec.yml", "course/Dockerfile");
    assertThat(names).noneMatch(n -> n.endsWith("/solution.py"));
    assertThat(names).noneMatch(n -> n.startsWith("course/.git/"));
    JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertThat(manifest.path("course").path("commit").asText()).isEqualTo(commit);
    assertThat(manifest.path("course").path("with_solutions").asBoolean()).isFalse();
    assertThat(manifest.path("image").path("tag").asText()).isEqualTo(tag);
    assertThat(manifest.path("image").path("id").asText()).startsWith("sha256:");
    assertThat(manifest.path("tool_version").asText()).isNotBlank();
    assertThat(manifest.path("entries")).hasSize(entries.size() - 1);
    assertThat(manifest.path("lessons")).hasSize(3);
  }

  @Test
  void withSolutionsTheReferenceSolutionsComeAlong() throws Exception {
    var packaged =
        PackagedCli.run(
            dir, "package", "course", "-o", "out/with-solutions.tar", "--with-solutions");

    assertThat(packaged.exitCode()).as(packaged.transcript()).isZero();
    assertThat(read(dir.resolve("out/with-solutions.tar")).keySet())
        .contains("course/modules/20-conditions/10-sign/solution.py");
  }

  @Test
  void aTamperedBundleIsRefusedWithExitThreeNamingTheEntry() throws Exception {
    Map<String, byte[]> entries = read(bundle);
    entries.put(
        "course/modules/20-conditions/10-sign/test_solution.py",
        "def test_nothing():\n    pass\n".getBytes(StandardCharsets.UTF_8));
    Path tampered = dir.resolve("tampered.tar");
    write(tampered, entries);

    var run =
        PackagedCli.run(
            dir,
            "grade",
            "--bundle",
            tampered.toString(),
            LESSON,
            "--solution",
            dir.resolve("course/modules/20-conditions/10-sign/solution.py").toString());

    assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err())
        .contains("refused")
        .contains("course/modules/20-conditions/10-sign/test_solution.py")
        .doesNotContain("Exception");
  }

  private static Map<String, byte[]> read(Path bundle) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(bundle);
        InputStream in = bundle.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        var tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        entries.put(e.getName(), tar.readAllBytes());
      }
    }
    return entries;
  }

  private static void write(Path file, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        var tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (var entry : entries.entrySet()) {
        var header = new TarArchiveEntry(entry.getKey());
        header.setSize(entry.getValue().length);
        tar.putArchiveEntry(header);
        tar.write(entry.getValue());
        tar.closeArchiveEntry();
      }
    }
  }

  private static long bundleFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("hexlet-lesson-bundle-"))
          .count();
    }
  }

  private static int docker(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return process.waitFor();
  }
}
