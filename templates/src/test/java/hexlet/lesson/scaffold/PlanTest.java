package hexlet.lesson.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTest {
  @Test
  void writesEveryFileWithItsFolders(@TempDir Path root) {
    var plan =
        new Plan(
            root,
            List.of(
                new Plan.PlannedFile("a/b/one.txt", "one\n", "test"),
                new Plan.PlannedFile("two.txt", "two\n", "test")));

    plan.write();

    assertThat(root.resolve("a/b/one.txt")).hasContent("one");
    assertThat(root.resolve("two.txt")).hasContent("two");
  }

  @Test
  void oneExistingFileStopsTheWholePlanBeforeAnythingIsWritten(@TempDir Path root)
      throws Exception {
    Files.writeString(root.resolve("two.txt"), "mine\n");
    var plan =
        new Plan(
            root,
            List.of(
                new Plan.PlannedFile("one.txt", "one\n", "test"),
                new Plan.PlannedFile("two.txt", "two\n", "test")));

    assertThatThrownBy(plan::write)
        .isInstanceOf(ToolException.class)
        .hasMessage(
            root.resolve("two.txt") + ": already exists; hexlet-lesson never overwrites a file");
    assertThat(root.resolve("one.txt")).doesNotExist();
    assertThat(root.resolve("two.txt")).hasContent("mine");
  }
}
