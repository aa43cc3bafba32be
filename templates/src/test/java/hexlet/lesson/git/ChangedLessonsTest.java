package hexlet.lesson.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.scaffold.Scaffolder;
import hexlet.lesson.templates.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedLessonsTest {
  private static final String HELLO = "modules/10-basics/10-hello-world/";
  private static final String GREETING = "modules/10-basics/20-greeting/";
  private static final String SIGN = "modules/20-conditions/10-sign/";

  @TempDir Path tmp;
  private Path root;

  /** A committed course of two modules and three lessons. */
  @BeforeEach
  void createCourse() throws Exception {
    root = tmp.resolve("course");
    var scaffolder = new Scaffolder();
    scaffolder
        .course(new Scaffolder.CourseRequest(root, Language.PYTHON, List.of("en"), null))
        .write();
    scaffolder.lesson(course(), "Greeting", Optional.empty()).write();
    scaffolder.module(course(), "Conditions").write();
    scaffolder.lesson(course(), "Sign", Optional.empty()).write();
    new FirstCommit().initAndCommit(root, "Start");
  }

  private Course course() {
    return new CourseLoader().load(root);
  }

  private void commit(String message) throws Exception {
    try (Git git = Git.open(root.toFile())) {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      git.commit()
          .setMessage(message)
          .setAuthor("a", "a@example.org")
          .setCommitter("a", "a@example.org")
          .call();
    }
  }

  private void append(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.exists(file) ? Files.readString(file) + text : text);
  }

  private static List<String> ids(ChangedLessons.Selection selection) {
    return selection.selected().stream().map(Lesson::id).toList();
  }

  @Test
  void aCommittedEditSelectsOnlyThatLessonWithTheFileAsReason() throws Exception {
    append(GREETING + "solution.py", "\n# edited\n");
    commit("Edit greeting");

    var selection = new ChangedLessons().since(course(), "HEAD~1");

    assertThat(selection.allLessons()).isFalse();
    assertThat(ids(selection)).containsExactly("10-basics/20-greeting");
    assertThat(selection.lessons().values()).containsExactly(List.of(GREETING + "solution.py"));
  }

  @Test
  void uncommittedAndUntrackedChangesCountToo() throws Exception {
    append(HELLO + "en/README.md", "\nMore theory.\n");
    append(SIGN + "helpers.py", "X = 1\n");

    var selection = new ChangedLessons().since(course(), "HEAD");

    assertThat(ids(selection)).containsExactly("10-basics/10-hello-world", "20-conditions/10-sign");
  }

  @Test
  void aCourseWideFileSelectsEveryLesson() throws Exception {
    append("Dockerfile", "RUN true\n");
    append(HELLO + "solution.py", "\n");
    commit("Image");

    var selection = new ChangedLessons().since(course(), "HEAD~1");

    assertThat(selection.allLessons()).isTrue();
    assertThat(selection.courseWide()).containsExactly("Dockerfile");
    assertThat(ids(selection))
        .containsExactly(
            "10-basics/10-hello-world", "10-basics/20-greeting", "20-conditions/10-sign");
  }

  @Test
  void sharedHelpersAndSpecAreCourseWide() throws Exception {
    append("bin/run-tests", "#!/bin/sh\n");
    append("src/helpers.py", "\n");
    append("spec.yml", "\n");
    append("modules/shared.py", "\n");

    var selection = new ChangedLessons().since(course(), "HEAD");

    assertThat(selection.courseWide())
        .containsExactly("bin/run-tests", "modules/shared.py", "spec.yml", "src/helpers.py");
  }

  @Test
  void descriptionsAndDocsSelectNothing() throws Exception {
    append("README.md", "\nMore.\n");
    append("description.en.yml", "\n");
    append(".github/workflows/check.yml", "\n");
    append("modules/10-basics/description.en.yml", "\n");
    append(".hexlet-lesson/templates/lesson/exercise.mustache", "# BEGIN\n# END\n");

    var selection = new ChangedLessons().since(course(), "HEAD");

    assertThat(selection.allLessons()).isFalse();
    assertThat(selection.selected()).isEmpty();
  }

  @Test
  void aHelperInAModuleFolderSelectsThatModulesLessons() throws Exception {
    append("modules/10-basics/common/strings.py", "\n");

    var selection = new ChangedLessons().since(course(), "HEAD");

    assertThat(ids(selection)).containsExactly("10-basics/10-hello-world", "10-basics/20-greeting");
  }

  @Test
  void aRemovedLessonLeavesNothingToCheck() throws Exception {
    try (Git git = Git.open(root.toFile())) {
      git.rm().addFilepattern(GREETING.substring(0, GREETING.length() - 1)).call();
    }
    commit("Remove greeting");

    var selection = new ChangedLessons().since(course(), "HEAD~1");

    assertThat(selection.allLessons()).isFalse();
    assertThat(selection.selected()).isEmpty();
  }

  @Test
  void onABranchOnlyTheBranchsOwnChangesCountNotWhatMovedOnMain() throws Exception {
    try (Git git = Git.open(root.toFile())) {
      git.branchCreate().setName("feature").call();
      append(SIGN + "solution.py", "\n");
      commit("Main moves on");
      git.checkout().setName("feature").call();
      append(HELLO + "test_solution.py", "\n");
      commit("Feature work");
    }

    var selection = new ChangedLessons().since(course(), "main");

    assertThat(ids(selection)).containsExactly("10-basics/10-hello-world");
  }

  @Test
  void aCourseInASubfolderOfTheRepositoryIsHandled() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    Files.move(root, repo.resolve("course"));
    root = repo.resolve("course");
    org.eclipse.jgit.util.FileUtils.delete(
        root.resolve(".git").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
    append("../Dockerfile.other", "outside the course\n");
    new FirstCommit().initAndCommit(repo, "Monorepo");
    append(GREETING + "solution.py", "\n");
    append("../notes.txt", "outside the course\n");

    var selection = new ChangedLessons().since(course(), "HEAD");

    assertThat(selection.allLessons()).isFalse();
    assertThat(ids(selection)).containsExactly("10-basics/20-greeting");
  }

  @Test
  void anUnknownRefIsInvalidInput() {
    assertThatThrownBy(() -> new ChangedLessons().since(course(), "no-such-branch"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("'no-such-branch' names no commit")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INVALID_INPUT);
  }

  @Test
  void outsideAGitRepositoryItSaysSo(@TempDir Path plain) {
    Path other = plain.resolve("course");
    new Scaffolder()
        .course(new Scaffolder.CourseRequest(other, Language.JAVA, List.of("en"), null))
        .write();

    assertThatThrownBy(() -> new ChangedLessons().since(new CourseLoader().load(other), "HEAD"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("not in a git repository");
  }

  @Test
  void aShallowCloneWithoutTheRefAsksForMoreHistory() throws Exception {
    append(HELLO + "solution.py", "\n");
    commit("Second");
    Path clone = tmp.resolve("clone");
    Git.cloneRepository()
        .setURI(root.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(1)
        .call()
        .close();

    assertThatThrownBy(() -> new ChangedLessons().since(new CourseLoader().load(clone), "HEAD~1"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("shallow clone")
        .hasMessageContaining("git fetch --deepen=1")
        .hasMessageContaining("fetch-depth: 2")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.ENVIRONMENT);
  }

  @Test
  void aShallowCloneSaysHowManyMoreCommitsAnAncestorOfHeadNeeds() throws Exception {
    for (String message : List.of("Second", "Third", "Fourth")) {
      append(HELLO + "solution.py", "\n");
      commit(message);
    }
    Path clone = tmp.resolve("clone");
    Git.cloneRepository()
        .setURI(root.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(2)
        .call()
        .close();

    assertThatThrownBy(() -> new ChangedLessons().since(new CourseLoader().load(clone), "HEAD~3"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("git fetch --deepen=2")
        .hasMessageContaining("fetch-depth: 4");
    assertThatThrownBy(() -> new ChangedLessons().since(new CourseLoader().load(clone), "HEAD^^^"))
        .hasMessageContaining("git fetch --deepen=2");
  }

  @Test
  void aShallowCloneWithoutABranchAsksToFetchIt() throws Exception {
    Path clone = tmp.resolve("clone");
    Git.cloneRepository()
        .setURI(root.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(1)
        .call()
        .close();

    assertThatThrownBy(
            () -> new ChangedLessons().since(new CourseLoader().load(clone), "origin/develop"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("git fetch --unshallow origin develop:refs/remotes/origin/develop")
        .hasMessageContaining("fetch-depth: 0");
  }

  @Test
  void aShallowCloneThatDoesNotReachTheMergeBaseAsksForMoreHistory() throws Exception {
    try (Git git = Git.open(root.toFile())) {
      git.branchCreate().setName("feature").call();
      append(SIGN + "solution.py", "\n");
      commit("Main moves on");
      git.checkout().setName("feature").call();
      append(HELLO + "solution.py", "\n");
      commit("Feature work");
    }
    Path clone = tmp.resolve("clone");
    Git.cloneRepository()
        .setURI(root.toUri().toString())
        .setDirectory(clone.toFile())
        .setCloneAllBranches(true)
        .setBranch("feature")
        .setDepth(1)
        .call()
        .close();

    assertThatThrownBy(
            () -> new ChangedLessons().since(new CourseLoader().load(clone), "origin/main"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("does not reach back")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.ENVIRONMENT);
  }

  @Test
  void aShallowCloneThatReachesTheMergeBaseWorks() throws Exception {
    append(HELLO + "solution.py", "\n");
    commit("Second");
    Path clone = tmp.resolve("clone");
    Git.cloneRepository()
        .setURI(root.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(2)
        .call()
        .close();

    var selection = new ChangedLessons().since(new CourseLoader().load(clone), "HEAD~1");

    assertThat(ids(selection)).containsExactly("10-basics/10-hello-world");
  }
}
