package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Lesson;
import hexlet.lesson.git.ChangedLessons;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangedSinceOptionTest {
  private static final Lesson HELLO =
      new Lesson(Path.of("/c/modules/10-basics/10-hello-world"), "10-basics", "10-hello-world");
  private static final Lesson SIGN =
      new Lesson(Path.of("/c/modules/20-conditions/10-sign"), "20-conditions", "10-sign");

  @Test
  void namesEachChangedLessonWithItsFiles() {
    Map<Lesson, List<String>> lessons = new LinkedHashMap<>();
    lessons.put(HELLO, List.of("modules/10-basics/10-hello-world/solution.py"));
    lessons.put(
        SIGN,
        List.of(
            "modules/20-conditions/10-sign/Makefile",
            "modules/20-conditions/10-sign/en/README.md",
            "modules/20-conditions/10-sign/solution.py",
            "modules/20-conditions/10-sign/test_solution.py"));
    var selection = new ChangedLessons.Selection("main", "abc1234567", List.of(), lessons);

    assertThat(ChangedSinceOption.describe(selection, 5))
        .containsExactly(
            "changed since main (merge base abc1234567): 2 of 5 lessons",
            "  10-basics/10-hello-world: solution.py",
            "  20-conditions/10-sign: Makefile, en/README.md, solution.py and 1 more");
  }

  @Test
  void aCourseWideChangeNamesTheFiles() {
    var selection =
        new ChangedLessons.Selection(
            "HEAD~1", "abc1234567", List.of("Dockerfile", "spec.yml"), Map.of(HELLO, List.of()));

    assertThat(ChangedSinceOption.describe(selection, 3))
        .containsExactly(
            "changed since HEAD~1 (merge base abc1234567): all 3 lessons, because course-wide"
                + " files changed: Dockerfile, spec.yml");
  }

  @Test
  void nothingChangedSaysSo() {
    var selection = new ChangedLessons.Selection("main", "abc1234567", List.of(), Map.of());

    assertThat(ChangedSinceOption.describe(selection, 3))
        .containsExactly(
            "changed since main (merge base abc1234567): no lesson changed, nothing to check");
  }
}
