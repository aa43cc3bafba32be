package hexlet.lesson.engine.run;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/**
 * A container's stdin that holds its bytes back until {@link #open}: the container, made and
 * started already, waits reading it, so its run begins at that moment and not at its start. {@link
 * #close} before that ends the stream empty, and frees the engine client's thread that copies it.
 */
final class GatedStdin extends InputStream {
  private final byte[] bytes;
  private final CountDownLatch gate = new CountDownLatch(1);
  private volatile boolean closed;
  private int position;

  GatedStdin(byte[] bytes) {
    this.bytes = bytes;
  }

  void open() {
    gate.countDown();
  }

  @Override
  public void close() {
    closed = true;
    gate.countDown();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length) {
    if (!passed()) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    if (position >= bytes.length) {
      return -1;
    }
    int count = Math.min(length, bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, count);
    position += count;
    return count;
  }

  private boolean passed() {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !closed;
  }
}
