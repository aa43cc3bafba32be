package hexlet.lesson.engine.runtime;

import java.time.Duration;

/** A live connection to a container's streams. */
public interface Attachment extends AutoCloseable {
  /**
   * Waits until the container's output ends (it exited or was killed).
   *
   * @return false when {@code timeout} passed first
   */
  boolean awaitEnd(Duration timeout) throws InterruptedException;

  @Override
  void close();
}
