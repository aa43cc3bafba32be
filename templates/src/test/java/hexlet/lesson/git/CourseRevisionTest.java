package hexlet.lesson.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseRevisionTest {
  @TempDir Path dir;

  @Test
  void aCommittedCourseIsAtItsHeadAndClean() throws Exception {
    Files.writeString(dir.resolve("spec.yml"), "language: {}\n");
    var first = new FirstCommit().initAndCommit(dir, "Start");

    assertThat(new CourseRevision().of(dir))
        .contains(new CourseRevision.Revision(first.commitId(), false));
  }

  @Test
  void onlyChangesInsideTheCourseFolderMakeItDirty() throws Exception {
    Path course = Files.createDirectories(dir.resolve("courses/python"));
    Files.writeString(course.resolve("spec.yml"), "language: {}\n");
    Files.writeString(dir.resolve("README.md"), "# Courses\n");
    new FirstCommit().initAndCommit(dir, "Start");

    Files.writeString(dir.resolve("README.md"), "# Courses, changed\n");
    boolean cleanWithOutsideChange = new CourseRevision().of(course).orElseThrow().dirty();
    Files.writeString(course.resolve("new.txt"), "new\n");
    boolean dirtyWithNewFile = new CourseRevision().of(course).orElseThrow().dirty();

    assertThat(cleanWithOutsideChange).isFalse();
    assertThat(dirtyWithNewFile).isTrue();
  }

  @Test
  void aFolderOutsideGitHasNoRevision() {
    assertThat(new CourseRevision().of(dir)).isEmpty();
  }
}
