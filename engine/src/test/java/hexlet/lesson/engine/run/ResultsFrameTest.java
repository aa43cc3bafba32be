package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResultsFrameTest {
  @Test
  void readsTheFrameTheWrapperWrites() {
    String stdout = "noise\n" + ResultsFrame.encode("n1", 1, 1234, Optional.of("<testsuites/>"));

    var frame = ResultsFrame.parse(bytes(stdout), "n1");

    assertThat(frame.results()).contains("<testsuites/>");
    assertThat(frame.exitCode()).isEqualTo(OptionalInt.of(1));
    assertThat(frame.peakMemoryBytes()).isEqualTo(OptionalLong.of(1234));
  }

  @Test
  void aFrameWithAnotherNonceIsIgnored() {
    String forged = ResultsFrame.encode("guess", 0, 1, Optional.of("<forged/>"));

    assertThat(ResultsFrame.parse(bytes(forged), "n1")).isEqualTo(ResultsFrame.NONE);
  }

  @Test
  void noResultsFileMeansNoResults() {
    var frame = ResultsFrame.parse(bytes(ResultsFrame.encode("n1", 2, 5, Optional.empty())), "n1");

    assertThat(frame.results()).isEmpty();
    assertThat(frame.exitCode()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void aCutOffFrameCountsAsMissing() {
    String cut = "\nn1 results\n<testsuites>";

    assertThat(ResultsFrame.parse(bytes(cut), "n1")).isEqualTo(ResultsFrame.NONE);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
