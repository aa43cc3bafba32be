package hexlet.lesson.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.run.SandboxFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsTest {
  @TempDir Path dir;

  private static List<String> paths(List<SandboxFile> files) {
    return files.stream().map(SandboxFile::path).toList();
  }

  private static String text(List<SandboxFile> files, String path) {
    return files.stream()
        .filter(f -> f.path().equals(path))
        .map(f -> new String(f.content(), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow();
  }

  private List<SandboxFile> read(String name) {
    Submission submission =
        Submissions.in(dir).stream()
            .filter(s -> s.source().getFileName().toString().equals(name))
            .findFirst()
            .orElseThrow();
    return SubmissionReader.read(submission, "solution.py");
  }

  private String refusal(String name) {
    try {
      read(name);
    } catch (ToolException e) {
      assertThat(e.kind()).isEqualTo(ToolException.Kind.INVALID_INPUT);
      return e.getMessage();
    }
    throw new AssertionError(name + " was accepted");
  }

  @Test
  void eachFolderArchiveOrFileIsALearnerNamedWithoutItsExtension() throws Exception {
    Files.createDirectories(dir.resolve("alice"));
    Files.writeString(dir.resolve("alice/solution.py"), "x = 1\n");
    Archives.zip(dir.resolve("bob.zip"), "solution.py", "x = 2\n");
    Archives.tarGz(dir.resolve("carol.tar.gz"), "solution.py", "x = 3\n");
    Archives.tarGz(dir.resolve("dan.tgz"), "solution.py", "x = 4\n");
    Files.writeString(dir.resolve("erin.py"), "x = 5\n");
    Files.writeString(dir.resolve(".DS_Store"), "junk");

    var submissions = Submissions.in(dir);

    assertThat(submissions)
        .extracting(Submission::learner)
        .containsExactly("alice", "bob", "carol", "dan", "erin");
    assertThat(submissions).allSatisfy(s -> assertThat(s.problem()).isEmpty());
    assertThat(text(read("erin.py"), "solution.py")).isEqualTo("x = 5\n");
    assertThat(text(read("carol.tar.gz"), "solution.py")).isEqualTo("x = 3\n");
  }

  @Test
  void aSolutionGivenToGradeAsAnArchiveIsReadAsItsFiles() throws Exception {
    Path zip = Archives.zip(dir.resolve("dennis.zip"), "dennis/solution.py", "x = 1\n");
    Path tarGz = Archives.tarGz(dir.resolve("ken.tar.gz"), "solution.py", "x = 2\n");
    Files.writeString(dir.resolve("answer.py"), "x = 3\n");

    assertThat(text(SubmissionReader.solution(zip, "solution.py"), "solution.py"))
        .isEqualTo("x = 1\n");
    assertThat(text(SubmissionReader.solution(tarGz, "solution.py"), "solution.py"))
        .isEqualTo("x = 2\n");
    assertThat(paths(SubmissionReader.solution(dir.resolve("answer.py"), "solution.py")))
        .containsExactly("solution.py");
  }

  @Test
  void aSolutionArchiveThatLeavesItsFolderIsRefusedWithItsName() throws Exception {
    Path zip = Archives.zip(dir.resolve("mallory.zip"), "../solution.py", "x = 1\n");

    assertThatThrownBy(() -> SubmissionReader.solution(zip, "solution.py"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("mallory.zip: entry '../solution.py'");
  }

  @Test
  void theBatchsOwnReportsAndGradebookInTheFolderAreNoLearners() throws Exception {
    Files.createDirectories(dir.resolve("alice"));
    Files.writeString(dir.resolve("alice/solution.py"), "x = 1\n");
    Files.createDirectories(dir.resolve("reports/.hexlet-batch"));
    Files.writeString(dir.resolve("reports/alice.json"), "{}");
    Files.writeString(dir.resolve("grades.csv"), "learner\n");

    var submissions =
        Submissions.in(dir, List.of(dir.resolve("reports"), dir.resolve("grades.csv")));

    assertThat(submissions).extracting(Submission::learner).containsExactly("alice");
  }

  @Test
  void reportsInsideALearnersFolderAreRefusedBeforeAnythingIsGraded() throws Exception {
    Files.createDirectories(dir.resolve("alice"));
    Files.writeString(dir.resolve("alice/solution.py"), "x = 1\n");

    assertThatThrownBy(() -> Submissions.in(dir, List.of(dir.resolve("alice/reports"))))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("alice")
        .hasMessageContaining("outside")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.USAGE);
  }

  @Test
  void twoSubmissionsOfOneLearnerAreBothNamedAndNeitherRead() throws Exception {
    Files.createDirectories(dir.resolve("alice"));
    Archives.zip(dir.resolve("alice.zip"), "solution.py", "x = 2\n");

    var submissions = Submissions.in(dir);

    assertThat(submissions).hasSize(1);
    assertThat(submissions.get(0).problem())
        .hasValueSatisfying(p -> assertThat(p).contains("alice", "alice.zip", "keep one"));
    assertThatThrownBy(() -> SubmissionReader.read(submissions.get(0), "solution.py"))
        .hasMessageContaining("has 2 submissions");
  }

  @Test
  void aLinkInTheFolderOfSubmissionsIsNotFollowed() throws Exception {
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(dir.resolve("mallory"), dir.resolve("elsewhere"));

    assertThat(Submissions.in(dir))
        .filteredOn(s -> s.learner().equals("mallory"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.problem())
                    .hasValueSatisfying(p -> assertThat(p).contains("symbolic link")));
  }

  @Test
  void anArchiveOfOneTopFolderIsReadFromInsideItWithoutArchiverLitter() throws Exception {
    Archives.zip(
        dir.resolve("bob.zip"),
        "bob/solution.py",
        "x = 2\n",
        "bob/helpers/util.py",
        "y = 1\n",
        "__MACOSX/bob/._solution.py",
        "junk",
        "bob/__pycache__/solution.cpython-311.pyc",
        "junk");
    Archives.tarGz(dir.resolve("carol.tar.gz"), "./solution.py", "x = 3\n");

    assertThat(paths(read("bob.zip"))).containsExactly("helpers/util.py", "solution.py");
    assertThat(paths(read("carol.tar.gz"))).containsExactly("solution.py");
  }

  @Test
  void pathsOutOfTheLessonAreRefused() throws Exception {
    Archives.zip(dir.resolve("zipslip.zip"), "../../evil.py", "x");
    Archives.tarGz(dir.resolve("absolute.tar.gz"), "/etc/cron.d/evil", "x");
    Archives.zip(dir.resolve("backslash.zip"), "..\\evil.py", "x");

    assertThat(refusal("zipslip.zip"))
        .isEqualTo("zipslip.zip: entry '../../evil.py': '..' is not allowed");
    assertThat(refusal("absolute.tar.gz")).contains("absolute paths are not allowed");
    assertThat(refusal("backslash.zip")).contains("backslash.zip: entry '../evil.py'");
  }

  @Test
  void linksAndDevicesAreRefused() throws Exception {
    Archives.zip(dir.resolve("ziplink.zip"), "solution.py", "x", "@secret", "/etc/shadow");
    Archives.tarGz(dir.resolve("tarlink.tar.gz"), "@solution.py", "/etc/passwd");
    Archives.tarGz(dir.resolve("device.tar.gz"), "!null", "");
    Files.createDirectories(dir.resolve("folderlink"));
    Files.createSymbolicLink(dir.resolve("folderlink/solution.py"), Path.of("/etc/passwd"));

    assertThat(refusal("ziplink.zip")).contains("entry 'secret' is a symbolic link");
    assertThat(refusal("tarlink.tar.gz")).contains("entry 'solution.py' is a link");
    assertThat(refusal("device.tar.gz")).contains("entry 'null' is a device");
    assertThat(refusal("folderlink")).contains("solution.py is a symbolic link");
  }

  @Test
  void brokenEmptyAndHugeArchivesAreRefused() throws Exception {
    Files.writeString(dir.resolve("broken.zip"), "PK not really");
    Archives.zip(dir.resolve("empty.zip"));
    byte[] big = new byte[(int) SubmissionReader.MAX_BYTES + 1];
    try (var zip = new ZipArchiveOutputStream(dir.resolve("bomb.zip"))) {
      zip.putArchiveEntry(new ZipArchiveEntry("solution.py"));
      zip.write(big);
      zip.closeArchiveEntry();
    }

    assertThat(refusal("broken.zip")).startsWith("broken.zip: cannot be read");
    assertThat(refusal("empty.zip")).isEqualTo("empty.zip: holds no files");
    assertThat(refusal("bomb.zip")).contains("more than 16 MiB unpacked");
  }

  @Test
  void theSameFilesHashTheSameInAFolderAndInAnArchive() throws Exception {
    Files.createDirectories(dir.resolve("alice/lib"));
    Files.writeString(dir.resolve("alice/solution.py"), "x = 1\n");
    Files.writeString(dir.resolve("alice/lib/util.py"), "y = 1\n");
    Archives.zip(
        dir.resolve("bob.zip"), "bob/lib/util.py", "y = 1\n", "bob/solution.py", "x = 1\n");
    Archives.zip(dir.resolve("carol.zip"), "solution.py", "x = 2\n", "lib/util.py", "y = 1\n");

    String alice = SubmissionHash.of(read("alice"));

    assertThat(SubmissionHash.of(read("bob.zip"))).isEqualTo(alice);
    assertThat(SubmissionHash.of(read("carol.zip"))).isNotEqualTo(alice);
  }

  @Test
  void aMissingFolderOfSubmissionsIsInvalidInput() {
    assertThatThrownBy(() -> Submissions.in(dir.resolve("nope")))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("no such folder of submissions");
  }
}
