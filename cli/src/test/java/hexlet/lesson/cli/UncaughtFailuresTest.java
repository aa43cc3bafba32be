package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UncaughtFailuresTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anEngineStreamClosedUnderItsThreadIsExpectedAndQuiet() {
    new UncaughtFailures(err, false)
        .uncaughtException(
            new Thread("docker-java-httpclient5-hijacking-stream-1"),
            new RuntimeException(new ClosedChannelException()));

    assertThat(printed()).isEmpty();
  }

  @Test
  void anyOtherFailureIsOneLineWithoutATrace() {
    new UncaughtFailures(err, false)
        .uncaughtException(
            new Thread("hexlet-lesson-check-1"), new IllegalStateException("broken"));

    assertThat(printed())
        .contains("internal error:", "broken", "hexlet-lesson-check-1", "--verbose")
        .doesNotContain("\tat ");
    assertThat(printed().lines()).hasSize(1);
  }

  @Test
  void anEngineThreadsOtherFailureIsNotHidden() {
    new UncaughtFailures(err, false)
        .uncaughtException(
            new Thread("docker-java-stream-2"), new IllegalStateException("not I/O"));

    assertThat(printed()).contains("internal error:", "not I/O");
  }

  @Test
  void verboseAddsTheTrace() {
    new UncaughtFailures(err, true)
        .uncaughtException(new Thread("worker"), new IllegalStateException("broken"));

    assertThat(printed()).contains("internal error:", "\tat ");
  }
}
