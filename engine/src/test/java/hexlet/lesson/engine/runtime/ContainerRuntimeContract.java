package hexlet.lesson.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ContainerRuntime} must do, run against the fake and the Docker engine alike.
 * The containers run {@link #ECHO} or {@link #SLEEP}; the fake plays those programs.
 */
public abstract class ContainerRuntimeContract {
  /** Unpacks stdin, prints a file from it, writes to stderr, exits 3. */
  protected static final String ECHO =
      "tar -xf - -C / && cat /tmp/in/hello.txt && echo oops >&2 && exit 3";

  protected static final String SLEEP = "tar -xf - -C / && sleep 600";

  private static final Map<String, String> TEST_LABEL = Map.of("hexlet-lesson.test", "contract");

  private final List<String> created = new java.util.ArrayList<>();

  protected abstract ContainerRuntime runtime();

  /** An image that has /bin/sh, tar, cat and sleep. */
  protected abstract String image();

  @AfterEach
  void removeContainers() {
    created.forEach(runtime()::remove);
  }

  @Test
  void filesGoInOnStdinAndOutputAndExitCodeComeBack() throws Exception {
    String id = create(ECHO);
    var output = new Collected();

    try (Attachment attachment = runtime().attach(id, tar("in/hello.txt", "hello\n"), output)) {
      runtime().start(id);

      assertThat(attachment.awaitEnd(Duration.ofSeconds(30))).isTrue();
    }
    assertThat(output.stdout()).isEqualTo("hello\n");
    assertThat(output.stderr()).isEqualTo("oops\n");
    assertThat(runtime().inspect(id)).isEqualTo(new ContainerExit(3, false));
  }

  @Test
  void killEndsAContainerThatWouldRunOn() throws Exception {
    String id = create(SLEEP);

    try (Attachment attachment = runtime().attach(id, tar("in/x", ""), new Collected())) {
      runtime().start(id);
      assertThat(attachment.awaitEnd(Duration.ofMillis(300))).isFalse();

      runtime().kill(id);

      assertThat(attachment.awaitEnd(Duration.ofSeconds(30))).isTrue();
    }
    assertThat(runtime().inspect(id).exitCode()).isEqualTo(137);
  }

  @Test
  void labelledContainersAreListedUntilRemoved() {
    String id = create(ECHO);

    assertThat(runtime().containers("hexlet-lesson.test"))
        .anySatisfy(
            c -> {
              assertThat(c.id()).startsWith(id);
              assertThat(c.labels()).containsAllEntriesOf(TEST_LABEL);
              assertThat(c.running()).isFalse();
            });

    runtime().remove(id);

    assertThat(runtime().containers("hexlet-lesson.test")).noneMatch(c -> c.id().startsWith(id));
  }

  @Test
  void anInterruptedThreadCanStillRemoveItsContainer() {
    String id = create(ECHO);

    Thread.currentThread().interrupt();
    try {
      runtime().remove(id);
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }

    assertThat(runtime().containers("hexlet-lesson.test")).noneMatch(c -> c.id().startsWith(id));
  }

  @Test
  void removingAContainerTwiceIsHarmless() {
    String id = create(ECHO);
    runtime().remove(id);

    runtime().remove(id);

    assertThat(runtime().containers("hexlet-lesson.test")).noneMatch(c -> c.id().startsWith(id));
  }

  @Test
  void anImageThatDoesNotExistIsEmpty() {
    assertThat(runtime().image("hexlet-lesson-test/no-such-image:none")).isEmpty();
    assertThat(runtime().image(image())).isPresent();
  }

  @Test
  void aSavedImageLoadsBackWithItsIdAndTag(@TempDir Path dir) throws Exception {
    String id = runtime().image(image()).orElseThrow().id();
    Path archive = dir.resolve("image.tar");
    try (OutputStream out = Files.newOutputStream(archive)) {
      runtime().saveImage(image(), out);
    }

    try (InputStream in = Files.newInputStream(archive)) {
      runtime().loadImage(in);
    }

    assertThat(Files.size(archive)).isPositive();
    assertThat(runtime().image(image())).map(ImageInfo::id).contains(id);
  }

  @Test
  void savingAnImageThatDoesNotExistIsAnEnvironmentProblem() {
    assertThatThrownBy(
            () ->
                runtime()
                    .saveImage(
                        "hexlet-lesson-test/no-such-image:none", new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            ToolException.class,
            e -> assertThat(e.kind()).isEqualTo(ToolException.Kind.ENVIRONMENT));
  }

  @Test
  void theEngineTellsItsVersions() {
    EngineInfo info = runtime().info();

    assertThat(info.apiVersion()).matches("\\d+\\.\\d+");
    assertThat(info.serverVersion()).isNotBlank();
  }

  private String create(String script) {
    Map<String, String> labels = new HashMap<>(ContainerOwner.current().labels());
    labels.putAll(TEST_LABEL);
    var sandbox =
        new Sandbox(
            64L << 20,
            32,
            500_000_000L,
            Map.of("/tmp", "rw,size=8m,uid=65534,gid=65534"),
            256,
            8L << 20);
    String id =
        runtime()
            .create(
                new ContainerSpec(
                    image(),
                    List.of("/bin/sh", "-c", script),
                    Map.of(),
                    "/tmp",
                    "65534:65534",
                    labels,
                    sandbox));
    created.add(id);
    return id;
  }

  /**
   * Runs a shell script in a locked container of the image and returns its stdout; the container is
   * removed after.
   */
  public static String runScript(ContainerRuntime runtime, String image, String script)
      throws Exception {
    var sandbox =
        new Sandbox(256L << 20, 64, 1_000_000_000L, Map.of("/tmp", "rw,size=8m"), 256, 8L << 20);
    String id =
        runtime.create(
            new ContainerSpec(
                image,
                List.of("/bin/sh", "-c", "tar -xf - -C / && " + script),
                Map.of(),
                "/",
                "65534:65534",
                ContainerOwner.current().labels(),
                sandbox));
    try {
      var output = new Collected();
      try (Attachment attachment = runtime.attach(id, tar("in/none", ""), output)) {
        runtime.start(id);
        assertThat(attachment.awaitEnd(Duration.ofSeconds(60))).isTrue();
      }
      return output.stdout();
    } finally {
      runtime.remove(id);
    }
  }

  private static ByteArrayInputStream tar(String path, String content) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var tar = new TarArchiveOutputStream(bytes, 10_240)) {
      byte[] data = content.getBytes(StandardCharsets.UTF_8);
      var entry = new TarArchiveEntry("tmp/" + path);
      entry.setSize(data.length);
      tar.putArchiveEntry(entry);
      tar.write(data);
      tar.closeArchiveEntry();
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  /** Collects output as text. */
  static final class Collected implements OutputSink {
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

    synchronized String stdout() {
      return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }
}
