package hexlet.lesson.junit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Routes {@code System.out} and {@code System.err} to the running test's buffers while still
 * passing everything through to the original streams, so the host's output limit still sees a
 * flood. Tests run one at a time; output from any thread lands in the test running at that moment.
 */
final class OutputCapture implements AutoCloseable {
  /** Kept per stream and test; enough for any message a learner needs to read. */
  static final int LIMIT_BYTES = 64 * 1024;

  private final PrintStream originalOut;
  private final PrintStream originalErr;
  private volatile Sink current;

  private OutputCapture(PrintStream originalOut, PrintStream originalErr) {
    this.originalOut = originalOut;
    this.originalErr = originalErr;
  }

  /** Replaces System.out and System.err until {@link #close()}. */
  static OutputCapture install() {
    OutputCapture capture = new OutputCapture(System.out, System.err);
    System.setOut(capture.routing(capture.originalOut, true));
    System.setErr(capture.routing(capture.originalErr, false));
    return capture;
  }

  /** Starts collecting into fresh buffers; what was being collected before is dropped. */
  void start() {
    current = new Sink();
  }

  /** Stops collecting and returns what was printed since {@link #start()}. */
  Captured stop() {
    Sink sink = current;
    current = null;
    return sink == null ? Captured.NONE : new Captured(sink.out.text(), sink.err.text());
  }

  /** What has been printed so far, without stopping; for a run that ends early. */
  Captured peek() {
    Sink sink = current;
    return sink == null ? Captured.NONE : new Captured(sink.out.text(), sink.err.text());
  }

  void flush() {
    originalOut.flush();
    originalErr.flush();
  }

  @Override
  public void close() {
    flush();
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private PrintStream routing(PrintStream original, boolean stdout) {
    OutputStream router =
        new OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            Sink sink = current;
            if (sink != null) {
              (stdout ? sink.out : sink.err).write(bytes, offset, length);
            }
          }

          @Override
          public void flush() {
            original.flush();
          }
        };
    return new PrintStream(router, true, StandardCharsets.UTF_8);
  }

  record Captured(String stdout, String stderr) {
    static final Captured NONE = new Captured("", "");
  }

  private static final class Sink {
    final Bounded out = new Bounded();
    final Bounded err = new Bounded();
  }

  /** Keeps the first {@link #LIMIT_BYTES} bytes and counts the rest. */
  private static final class Bounded {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long dropped;

    synchronized void write(byte[] data, int offset, int length) {
      int room = Math.max(0, LIMIT_BYTES - bytes.size());
      int kept = Math.min(room, length);
      bytes.write(data, offset, kept);
      dropped += length - kept;
    }

    synchronized String text() {
      String text = bytes.toString(StandardCharsets.UTF_8);
      return dropped == 0 ? text : text + "\n[" + dropped + " more bytes not kept]\n";
    }
  }
}
