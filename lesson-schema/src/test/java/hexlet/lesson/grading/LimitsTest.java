package hexlet.lesson.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {
  /** A record's generated form, as the cache keys of expected tests were made with. */
  private record Generated(
      Duration wallTime,
      long memoryBytes,
      long pids,
      double cpus,
      long outputBytes,
      long tmpfsBytes) {}

  @Test
  void writtenOutFormIsTheRecordsGeneratedOneSoCachedKeysStillMatch() {
    var limits = new Limits(Duration.ofMillis(2500), 1 << 20, 64, 0.5, 4096, 8 << 20);
    var generated =
        new Generated(
            limits.wallTime(),
            limits.memoryBytes(),
            limits.pids(),
            limits.cpus(),
            limits.outputBytes(),
            limits.tmpfsBytes());

    assertThat(limits.toString())
        .isEqualTo(generated.toString().replaceFirst("^Generated", "Limits"));
  }
}
