package hexlet.lesson.engine.doctor;

import hexlet.lesson.engine.runtime.Attachment;
import hexlet.lesson.engine.runtime.ContainerExit;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ContainerSpec;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.engine.runtime.OutputSink;
import hexlet.lesson.engine.runtime.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a short shell script in a container locked like a grading run but with tighter limits, to
 * see whether the engine enforces them. The container is removed in every case.
 */
final class ProbeContainer {
  /** How a probe ended; {@code ended} is false when it outlived its time and was killed. */
  record Run(boolean ended, ContainerExit exit, String stdout, String stderr) {}

  private static final Duration TIME = Duration.ofSeconds(30);

  private final ContainerRuntime runtime;
  private final LiveContainers live;
  private final ContainerOwner owner;

  ProbeContainer(ContainerRuntime runtime, LiveContainers live, ContainerOwner owner) {
    this.runtime = runtime;
    this.live = live;
    this.owner = owner;
  }

  Run run(String image, String script, long memoryBytes, long pids) throws InterruptedException {
    var sandbox =
        new Sandbox(
            memoryBytes,
            pids,
            1_000_000_000L,
            Map.of("/tmp", "rw,size=8m,uid=65534,gid=65534"),
            256,
            8L << 20);
    String id =
        live.create(
            new ContainerSpec(
                image,
                List.of("/bin/sh", "-c", script),
                Map.of(),
                "/tmp",
                "65534:65534",
                owner.labels(),
                sandbox));
    try {
      var output = new Collected();
      boolean ended;
      try (Attachment attachment =
          runtime.attach(id, new ByteArrayInputStream(new byte[0]), output)) {
        runtime.start(id);
        ended = attachment.awaitEnd(TIME);
        if (!ended) {
          runtime.kill(id);
        }
      }
      return new Run(ended, runtime.inspect(id), output.text(false), output.text(true));
    } finally {
      live.remove(id);
    }
  }

  private static final class Collected implements OutputSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Override
    public synchronized void stdout(byte[] chunk) {
      out.writeBytes(chunk);
    }

    @Override
    public synchronized void stderr(byte[] chunk) {
      err.writeBytes(chunk);
    }

    synchronized String text(boolean stderr) {
      return (stderr ? err : out).toString(StandardCharsets.UTF_8);
    }
  }
}
