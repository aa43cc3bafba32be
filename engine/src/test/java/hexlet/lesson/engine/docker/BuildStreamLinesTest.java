package hexlet.lesson.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStreamLinesTest {
  private final List<String> lines = new ArrayList<>();
  private final BuildStreamLines stream = new BuildStreamLines(lines::add);

  @Test
  void aStepTitleAndTheNewlineSentAfterItAreOneLine() {
    stream.accept("Step 1/6 : FROM debian:bookworm-slim");
    stream.accept("\n");
    stream.accept(" ---> a6c0eb5c1140\n");
    stream.flush();

    assertThat(lines).containsExactly("Step 1/6 : FROM debian:bookworm-slim", " ---> a6c0eb5c1140");
  }

  @Test
  void colourCodesAroundTheStandardErrorOfRunAreLeftOut() {
    stream.accept("\u001B[91mE: Unable to locate package no-such-package\n");
    stream.accept("\u001B[0m");
    stream.accept("Removing intermediate container fa836eb1657d\n");
    stream.flush();

    assertThat(lines)
        .containsExactly(
            "E: Unable to locate package no-such-package",
            "Removing intermediate container fa836eb1657d");
  }

  @Test
  void aLineRedrawnWithCarriageReturnsShowsWhatATerminalWouldAndBlankLinesStay() {
    stream.accept("Reading package lists... 0%\rReading package lists... Done\r\n\nline\n");
    stream.accept("\u001B[0m\n");
    stream.accept("no newline at the end");
    stream.flush();

    assertThat(lines)
        .containsExactly("Reading package lists... Done", "", "line", "no newline at the end");
  }
}
