package hexlet.lesson.engine.run;

import hexlet.lesson.engine.runtime.OutputSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects a run's output within limits. The test command's output (the container's stderr) is kept
 * up to the run's output limit; the results channel (stdout) up to a larger fixed limit. The first
 * byte past either calls {@code overflow} once, which stops the container.
 */
final class CappedOutput implements OutputSink {
  /** The most a results document may take on stdout. */
  static final int RESULTS_LIMIT = 16 << 20;

  private final long outputLimit;
  private final Runnable overflow;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private long stderrSeen;
  private boolean capped;

  CappedOutput(long outputLimit, Runnable overflow) {
    this.outputLimit = outputLimit;
    this.overflow = overflow;
  }

  @Override
  public synchronized void stdout(byte[] chunk) {
    int room = RESULTS_LIMIT - stdout.size();
    stdout.write(chunk, 0, Math.min(room, chunk.length));
    if (chunk.length > room) {
      cap();
    }
  }

  @Override
  public synchronized void stderr(byte[] chunk) {
    long room = Math.max(0, outputLimit - stderrSeen);
    stderrSeen += chunk.length;
    stderr.write(chunk, 0, (int) Math.min(room, chunk.length));
    if (stderrSeen > outputLimit) {
      cap();
    }
  }

  private void cap() {
    if (!capped) {
      capped = true;
      overflow.run();
    }
  }

  synchronized boolean capped() {
    return capped;
  }

  synchronized byte[] stdoutBytes() {
    return stdout.toByteArray();
  }

  /** The test command's output as text; a character cut by the limit becomes U+FFFD. */
  synchronized String text() {
    return stderr.toString(StandardCharsets.UTF_8);
  }
}
