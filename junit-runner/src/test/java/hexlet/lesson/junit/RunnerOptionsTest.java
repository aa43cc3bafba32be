package hexlet.lesson.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerOptionsTest {
  @Test
  void defaultsToTheCurrentFolderAndTheResultsVariable() {
    RunnerOptions options = RunnerOptions.parse(new String[0], Map.of("HEXLET_RESULTS", "/r.xml"));

    assertThat(options.lessonDir()).isEqualTo(Path.of("."));
    assertThat(options.results()).contains(Path.of("/r.xml"));
    assertThat(options.workDir()).isEmpty();
    assertThat(options.nonceFile()).isEmpty();
    assertThat(options.mainClass()).isEmpty();
  }

  @Test
  void readsEveryOption() {
    RunnerOptions options =
        RunnerOptions.parse(
            new String[] {
              "--dir", "lesson", "--source-path", "src:shared", "--class-path", "a.jar",
              "--work", "/tmp/w", "--results", "/tmp/r.xml", "--nonce-file", "/tmp/n",
              "--main", "AppTest"
            },
            Map.of("HEXLET_RESULTS", "/ignored.xml"));

    assertThat(options.lessonDir()).isEqualTo(Path.of("lesson"));
    assertThat(options.sourcePath()).containsExactly(Path.of("src"), Path.of("shared"));
    assertThat(options.classPath()).containsExactly(Path.of("a.jar"));
    assertThat(options.workDir()).contains(Path.of("/tmp/w"));
    assertThat(options.results()).contains(Path.of("/tmp/r.xml"));
    assertThat(options.nonceFile()).contains(Path.of("/tmp/n"));
    assertThat(options.mainClass()).contains("AppTest");
  }

  @Test
  void refusesToRunWithoutAResultsFile() {
    assertThatThrownBy(() -> RunnerOptions.parse(new String[0], Map.of()))
        .hasMessageContaining("--results")
        .hasMessageContaining("HEXLET_RESULTS");
  }

  @Test
  void warmupNeedsNoResultsFile() {
    assertThat(RunnerOptions.parse(new String[] {"--warmup"}, Map.of()).warmup()).isTrue();
  }

  @Test
  void reportsUnknownOptionsAndMissingValues() {
    assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--colour"}, Map.of()))
        .hasMessage("unknown option: --colour");
    assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--dir"}, Map.of()))
        .hasMessage("--dir needs a value");
  }
}
