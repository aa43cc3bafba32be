package hexlet.lesson.engine.runtime;

/** Receives a container's output as it comes, in chunks, from the runtime's reading thread. */
public interface OutputSink {
  void stdout(byte[] chunk);

  void stderr(byte[] chunk);
}
