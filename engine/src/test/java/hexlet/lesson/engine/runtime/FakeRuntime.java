package hexlet.lesson.engine.runtime;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.run.ResultsFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An in-memory {@link ContainerRuntime}. A container "runs" a {@link Program} given by the test: it
 * sees the files that arrived on stdin and answers with output and an exit code, or hangs until it
 * is killed. Every container, image and build is recorded for assertions.
 */
public final class FakeRuntime implements ContainerRuntime {
  /** What a fake container does when started. */
  @FunctionalInterface
  public interface Program {
    Result run(Container container);
  }

  /**
   * How a fake container ends.
   *
   * @param hangs never end on its own: only {@code kill} or {@code remove} ends it
   */
  public record Result(
      int exitCode, boolean oomKilled, String stdout, String stderr, boolean hangs) {
    public static Result exit(int code) {
      return new Result(code, false, "", "", false);
    }

    public static Result hanging() {
      return new Result(137, false, "", "", true);
    }

    public Result withStderr(String text) {
      return new Result(exitCode, oomKilled, stdout, text, hangs);
    }

    public Result withStdout(String text) {
      return new Result(exitCode, oomKilled, text, stderr, hangs);
    }

    public Result oom() {
      return new Result(137, true, stdout, stderr, false);
    }
  }

  /** A fake container and what was put into it. */
  public static final class Container {
    private final String id;
    private final ContainerSpec spec;
    private final Instant created;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean killed;
    private volatile Result result;
    private OutputSink sink;
    private InputStream stdin;

    Container(String id, ContainerSpec spec, Instant created) {
      this.id = id;
      this.spec = spec;
      this.created = created;
    }

    public String id() {
      return id;
    }

    public ContainerSpec spec() {
      return spec;
    }

    /** The files that arrived on stdin, by their path in the archive. */
    public Map<String, byte[]> files() {
      return files;
    }

    public Optional<String> file(String path) {
      return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The run wrapper's nonce, so a program can frame results as the wrapper does. */
    public String nonce() {
      return file("tmp/.hexlet/nonce").orElseThrow();
    }

    /** The key the project's runners sign results with, in hex, as the grader holds it. */
    public String runnerNonce() {
      return HexFormat.of().formatHex(runnerKey());
    }

    /** The key the project's runners sign results with, as the runner reads it. */
    public byte[] runnerKey() {
      return Optional.ofNullable(files.get("tmp/.hexlet/runner-nonce")).orElseThrow().clone();
    }

    /** A result whose stdout carries the wrapper's frame with this results document. */
    public Result results(int exitCode, Optional<String> xml) {
      return new Result(
          exitCode, false, ResultsFrame.encode(nonce(), exitCode, 42L << 20, xml), "", false);
    }

    public boolean killed() {
      return killed;
    }
  }

  private final Map<String, Container> containers = new ConcurrentHashMap<>();
  private final Map<String, ImageInfo> images = new ConcurrentHashMap<>();
  private final List<Container> history = new ArrayList<>();
  private final List<List<String>> builds = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Program program = c -> Result.exit(0);
  private volatile String buildFailure;
  private volatile RuntimeException startFailure;
  private final Semaphore starts = new Semaphore(0);
  private volatile String workingDir = "/course";
  private volatile EngineInfo info =
      new EngineInfo(
          "20.10.24",
          "1.41",
          "linux/amd64",
          Optional.of("/var/lib/docker"),
          Optional.of("1"),
          true,
          true,
          true);
  private final List<String> loads = new ArrayList<>();

  public FakeRuntime program(Program program) {
    this.program = program;
    return this;
  }

  /** Makes the next builds fail with this error after logging a few lines. */
  public FakeRuntime failBuilds(String error) {
    this.buildFailure = error;
    return this;
  }

  /** Waits until {@code count} more containers have been started; false when the time ran out. */
  public boolean awaitStarts(int count, Duration timeout) throws InterruptedException {
    return starts.tryAcquire(count, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Makes the engine refuse to start containers from now on, with this exception. */
  public FakeRuntime failStarts(RuntimeException failure) {
    this.startFailure = failure;
    return this;
  }

  public FakeRuntime workingDir(String dir) {
    this.workingDir = dir;
    return this;
  }

  public FakeRuntime addImage(String tag, ImageInfo image) {
    images.put(tag, image);
    images.put(image.id(), image);
    return this;
  }

  public FakeRuntime info(EngineInfo info) {
    this.info = info;
    return this;
  }

  /** Forgets an image, as {@code docker rmi} would. */
  public FakeRuntime removeImage(String reference) {
    ImageInfo image = images.remove(reference);
    if (image != null) {
      images.values().removeIf(i -> i.id().equals(image.id()));
    }
    return this;
  }

  /** The image ids loaded, in order. */
  public synchronized List<String> loads() {
    return List.copyOf(loads);
  }

  /** Containers that exist now (created and not removed). */
  public List<Container> existing() {
    return List.copyOf(containers.values());
  }

  /** Every container ever created, in order. */
  public synchronized List<Container> history() {
    return List.copyOf(history);
  }

  /** The paths in each build context sent, in order. */
  public synchronized List<List<String>> builds() {
    return List.copyOf(builds);
  }

  @Override
  public Optional<ImageInfo> image(String reference) {
    return Optional.ofNullable(images.get(reference));
  }

  @Override
  public ImageInfo build(ImageBuild build, Consumer<String> log) {
    List<String> paths = new ArrayList<>();
    readTar(build.context(), (path, bytes) -> paths.add(path));
    synchronized (this) {
      builds.add(paths);
    }
    log.accept("Step 1/2 : FROM debian:bookworm-slim");
    if (buildFailure != null) {
      log.accept("Step 2/2 : RUN false");
      log.accept(buildFailure);
      throw new ImageBuildException(buildFailure);
    }
    var image =
        new ImageInfo("sha256:fake" + ids.incrementAndGet(), workingDir, Map.of(), build.labels());
    addImage(build.tag(), image);
    return image;
  }

  @Override
  public String create(ContainerSpec spec) {
    String id = "fake-" + ids.incrementAndGet();
    var container = new Container(id, spec, Instant.now());
    containers.put(id, container);
    synchronized (this) {
      history.add(container);
    }
    return id;
  }

  @Override
  public Attachment attach(String containerId, InputStream stdin, OutputSink output) {
    Container c = existing(containerId);
    c.stdin = stdin;
    c.sink = output;
    return new Attachment() {
      @Override
      public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return c.ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Runs the container's program on a thread of its own once its files have arrived on stdin, as
   * the run wrapper in a real container waits for them.
   */
  @Override
  public void start(String containerId) {
    Container c = existing(containerId);
    if (startFailure != null) {
      throw startFailure;
    }
    c.running = true;
    starts.release();
    Thread thread = new Thread(() -> runProgram(c), "fake-container-" + containerId);
    thread.setDaemon(true);
    thread.start();
  }

  private void runProgram(Container c) {
    if (c.stdin != null) {
      readTar(c.stdin, c.files::put);
    }
    if (!c.running) {
      return;
    }
    Result result;
    try {
      result = program.run(c);
    } catch (RuntimeException e) {
      result = Result.exit(125).withStderr(e.toString());
    }
    c.result = result;
    if (c.sink != null) {
      if (!result.stderr().isEmpty()) {
        c.sink.stderr(result.stderr().getBytes(StandardCharsets.UTF_8));
      }
      if (!result.stdout().isEmpty()) {
        c.sink.stdout(result.stdout().getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!result.hangs()) {
      c.running = false;
      c.ended.countDown();
    }
  }

  @Override
  public ContainerExit inspect(String containerId) {
    Container c = existing(containerId);
    if (c.killed) {
      return new ContainerExit(137, false);
    }
    return new ContainerExit(c.result.exitCode(), c.result.oomKilled());
  }

  @Override
  public void kill(String containerId) {
    Container c = containers.get(containerId);
    if (c != null && c.running) {
      c.killed = true;
      c.running = false;
      c.ended.countDown();
    }
  }

  @Override
  public void remove(String containerId) {
    Container c = containers.remove(containerId);
    if (c != null) {
      c.running = false;
      c.ended.countDown();
    }
  }

  @Override
  public List<LabelledContainer> containers(String labelKey) {
    return containers.values().stream()
        .filter(c -> c.spec.labels().containsKey(labelKey))
        .map(c -> new LabelledContainer(c.id, c.spec.labels(), c.created, c.running))
        .toList();
  }

  /** Writes a small stand-in for {@code docker save}: the image's id, tag and working folder. */
  @Override
  public void saveImage(String reference, OutputStream out) {
    ImageInfo image =
        image(reference)
            .orElseThrow(
                () ->
                    new ToolException(
                        ToolException.Kind.ENVIRONMENT, "image " + reference + " not found"));
    String text = image.id() + "\n" + reference + "\n" + image.workingDir() + "\n";
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void loadImage(InputStream archive) {
    String[] lines;
    try {
      lines = new String(archive.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.length != 3 || !lines[0].startsWith("sha256:")) {
      throw ToolException.invalidInput("not an image archive");
    }
    addImage(lines[1], new ImageInfo(lines[0], lines[2], Map.of(), Map.of()));
    synchronized (this) {
      loads.add(lines[0]);
    }
  }

  @Override
  public Set<String> ociRuntimes() {
    return Set.of("runc");
  }

  @Override
  public EngineInfo info() {
    return info;
  }

  private Container existing(String id) {
    Container c = containers.get(id);
    if (c == null) {
      throw new IllegalStateException("no such container: " + id);
    }
    return c;
  }

  private interface EntrySink {
    void accept(String path, byte[] content);
  }

  private static void readTar(InputStream in, EntrySink sink) {
    try (var tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        if (e.isFile()) {
          sink.accept(e.getName(), tar.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
