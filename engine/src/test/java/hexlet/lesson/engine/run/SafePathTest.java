package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"../etc/passwd", "a/../../b", "/etc/passwd", "a//b", "a/./b", "", "a\\b", "a\nb"})
  void refusesPathsThatCouldLeaveTheirFolder(String path) {
    assertThatThrownBy(() -> new SandboxFile(path, new byte[0], false))
        .isInstanceOf(ToolException.class)
        .hasMessageStartingWith("refused path")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INVALID_INPUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"solution.py", "src/app/main.py", ".hidden", "a..b"})
  void acceptsPlainRelativePaths(String path) {
    assertThat(SafePath.check(path)).isEqualTo(path);
  }
}
