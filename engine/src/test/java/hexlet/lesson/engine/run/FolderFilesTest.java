package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFilesTest {
  @TempDir Path dir;

  @Test
  void theLessonsFilesLeaveOutTheReferenceAndToolCaches() {
    Path lesson = TestCourses.lesson(dir, "10-m/10-l", "ref = 1\n", "def test(): pass\n");
    TestCourses.write(lesson.resolve("__pycache__/x.pyc"), "cache");
    TestCourses.write(lesson.resolve("helpers/data.txt"), "data");

    var files = FolderFiles.lesson(lesson, "solution.py");

    assertThat(files)
        .extracting(SandboxFile::path)
        .contains("test_solution.py", "Makefile", "helpers/data.txt", "en/README.md")
        .doesNotContain("solution.py", "__pycache__/x.pyc");
  }

  @Test
  void aSingleFileBecomesTheExerciseFile() throws Exception {
    Path mine = dir.resolve("my answer.py");
    Files.writeString(mine, "x = 1\n");

    var files = FolderFiles.submission(mine, "solution.py");

    assertThat(files).singleElement().extracting(SandboxFile::path).isEqualTo("solution.py");
    assertThat(new String(files.get(0).content())).isEqualTo("x = 1\n");
  }

  @Test
  void aFolderKeepsItsRelativePaths() {
    TestCourses.write(dir.resolve("sub/solution.py"), "x = 1\n");
    TestCourses.write(dir.resolve("sub/lib/util.py"), "y = 2\n");

    var files = FolderFiles.submission(dir.resolve("sub"), "solution.py");

    assertThat(files).extracting(SandboxFile::path).containsExactly("lib/util.py", "solution.py");
  }

  @Test
  void symbolicLinksAreRefusedBeforeAnythingRuns() throws Exception {
    TestCourses.write(dir.resolve("sub/solution.py"), "x = 1\n");
    TestCourses.write(dir.resolve("outside.txt"), "secret");
    Files.createSymbolicLink(dir.resolve("sub/secrets"), dir.resolve("outside.txt"));

    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("sub"), "solution.py"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("secrets: is a symbolic link");
    Files.createSymbolicLink(dir.resolve("link.py"), dir.resolve("sub/solution.py"));
    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("link.py"), "solution.py"))
        .hasMessageContaining("is a symbolic link");
  }

  @Test
  void aSubmissionTooLargeIsRefusedFromItsSizeAlone() throws Exception {
    Path big = dir.resolve("big.py");
    try (var file =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      file.position(FolderFiles.MAX_SUBMISSION_BYTES).write(java.nio.ByteBuffer.wrap(new byte[1]));
    }
    TestCourses.write(dir.resolve("sub/solution.py"), "x = 1\n");
    Files.move(big, dir.resolve("sub/blob.bin"));
    Files.copy(dir.resolve("sub/blob.bin"), dir.resolve("alone.py"));

    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("sub"), "solution.py"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("holds more than 16 MiB");
    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("alone.py"), "solution.py"))
        .hasMessageContaining("holds more than 16 MiB");
  }

  @Test
  void aSubmissionOfTooManyFilesIsRefused() {
    for (int i = 0; i <= FolderFiles.MAX_SUBMISSION_FILES; i++) {
      TestCourses.write(dir.resolve("sub/m" + i + ".py"), "");
    }

    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("sub"), "solution.py"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("holds more than 1000 files");
  }

  @Test
  void aMissingSubmissionIsInvalidInput() {
    assertThatThrownBy(() -> FolderFiles.submission(dir.resolve("nope.py"), "solution.py"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("no such file or folder");
  }
}
