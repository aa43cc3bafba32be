package hexlet.lesson.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Ulimit;
import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.runtime.Attachment;
import hexlet.lesson.engine.runtime.ContainerExit;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ContainerSpec;
import hexlet.lesson.engine.runtime.EngineInfo;
import hexlet.lesson.engine.runtime.ImageBuild;
import hexlet.lesson.engine.runtime.ImageBuildException;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LabelledContainer;
import hexlet.lesson.engine.runtime.OutputSink;
import hexlet.lesson.engine.runtime.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The {@link ContainerRuntime} over docker-java; the only class that knows docker-java types. */
public final class DockerRuntime implements ContainerRuntime, AutoCloseable {
  private final DockerConnection connection;

  public DockerRuntime(DockerConnection connection) {
    this.connection = connection;
  }

  /**
   * A runtime for the engine named by DOCKER_HOST, or the default socket; connects on first use.
   */
  public static DockerRuntime fromEnvironment() {
    return fromEnvironment(System.getenv(), 8);
  }

  /**
   * @param env the variables to read DOCKER_HOST and its companions from
   * @param maxConnections the most connections open at once
   */
  public static DockerRuntime fromEnvironment(Map<String, String> env, int maxConnections) {
    return new DockerRuntime(new DockerConnection(maxConnections, env));
  }

  /** Asks the engine for its version: fails with a clear message when it cannot be reached. */
  public String engineVersion() {
    return call(() -> client().versionCmd().exec().getVersion());
  }

  @Override
  public Optional<ImageInfo> image(String reference) {
    return call(
        () -> {
          try {
            InspectImageResponse image = client().inspectImageCmd(reference).exec();
            var config = image.getConfig();
            return Optional.of(
                new ImageInfo(
                    image.getId(),
                    config == null ? null : config.getWorkingDir(),
                    config == null ? null : environment(config.getEnv()),
                    config == null ? null : config.getLabels()));
          } catch (NotFoundException e) {
            return Optional.empty();
          }
        });
  }

  @Override
  public ImageInfo build(ImageBuild build, Consumer<String> log) {
    String imageId =
        call(
            () -> {
              var callback =
                  new BuildImageResultCallback() {
                    @Override
                    public void onNext(BuildResponseItem item) {
                      report(item, log);
                      super.onNext(item);
                    }
                  };
              try {
                return client()
                    .buildImageCmd(build.context())
                    .withTags(Set.of(build.tag()))
                    .withLabels(build.labels())
                    .withRemove(true)
                    .withForcerm(true)
                    .withPull(false)
                    .exec(callback)
                    .awaitImageId();
              } catch (DockerClientException e) {
                throw new ImageBuildException(firstLine(e.getMessage()));
              }
            });
    return image(imageId)
        .orElseThrow(() -> new ImageBuildException("the built image " + imageId + " vanished"));
  }

  private static void report(BuildResponseItem item, Consumer<String> log) {
    if (item.getStream() != null) {
      item.getStream().lines().forEach(log);
    } else if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
      log.accept(item.getErrorDetail().getMessage());
    } else if (item.getStatus() != null) {
      log.accept(item.getStatus());
    }
  }

  @Override
  public String create(ContainerSpec spec) {
    Sandbox sandbox = spec.sandbox();
    HostConfig host =
        HostConfig.newHostConfig()
            .withNetworkMode("none")
            .withMemory(sandbox.memoryBytes())
            .withMemorySwap(sandbox.memoryBytes())
            .withPidsLimit(sandbox.pids())
            .withNanoCPUs(sandbox.nanoCpus())
            .withReadonlyRootfs(true)
            .withTmpFs(sandbox.tmpfs())
            .withCapDrop(Capability.ALL)
            .withSecurityOpts(List.of("no-new-privileges"))
            .withUlimits(
                List.of(
                    new Ulimit("nofile", sandbox.openFiles(), sandbox.openFiles()),
                    new Ulimit("fsize", sandbox.fileSizeBytes(), sandbox.fileSizeBytes()),
                    new Ulimit("core", 0L, 0L)))
            .withLogConfig(new LogConfig(LogConfig.LoggingType.NONE));
    return call(
        () ->
            client()
                .createContainerCmd(spec.image())
                .withEntrypoint(spec.command())
                .withEnv(
                    spec.env().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList())
                .withWorkingDir(spec.workingDir())
                .withUser(spec.user())
                .withLabels(spec.labels())
                .withNetworkDisabled(true)
                .withTty(false)
                .withStdinOpen(true)
                .withStdInOnce(true)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withHostConfig(host)
                .exec()
                .getId());
  }

  @Override
  public Attachment attach(String containerId, InputStream stdin, OutputSink output) {
    var callback = new StreamCallback(output);
    call(
        () ->
            client()
                .attachContainerCmd(containerId)
                .withStdIn(stdin)
                .withStdOut(true)
                .withStdErr(true)
                .withFollowStream(true)
                .withLogs(false)
                .exec(callback));
    try {
      if (!callback.awaitStarted(30, TimeUnit.SECONDS)) {
        callback.close();
        throw DockerConnection.unreachable(connection.host(), null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.close();
      throw new IllegalStateException("interrupted while attaching to a container", e);
    }
    callback.rethrowFailure();
    return callback;
  }

  @Override
  public void start(String containerId) {
    call(
        () -> {
          client().startContainerCmd(containerId).exec();
          return null;
        });
  }

  @Override
  public ContainerExit inspect(String containerId) {
    return call(
        () -> {
          InspectContainerResponse.ContainerState state =
              client().inspectContainerCmd(containerId).exec().getState();
          Long exit = state.getExitCodeLong();
          return new ContainerExit(
              exit == null ? -1 : exit.intValue(), Boolean.TRUE.equals(state.getOOMKilled()));
        });
  }

  @Override
  public void kill(String containerId) {
    call(
        () -> {
          try {
            client().killContainerCmd(containerId).exec();
          } catch (NotFoundException | ConflictException e) {
            // Already stopped or gone: nothing left to kill.
          }
          return null;
        });
  }

  @Override
  public void remove(String containerId) {
    call(
        () -> {
          try {
            client().removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
          } catch (NotFoundException | ConflictException e) {
            // Gone already, or its removal is under way.
          }
          return null;
        });
  }

  @Override
  public List<LabelledContainer> containers(String labelKey) {
    return call(
        () ->
            client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(labelKey))
                .exec()
                .stream()
                .map(DockerRuntime::labelled)
                .toList());
  }

  @Override
  public void saveImage(String reference, OutputStream out) {
    call(
        () -> {
          try (InputStream in = client().saveImageCmd(reference).exec()) {
            in.transferTo(out);
          } catch (NotFoundException e) {
            throw new ToolException(
                ToolException.Kind.ENVIRONMENT,
                "image " + reference + " not found: build it first");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        });
  }

  @Override
  public void loadImage(InputStream archive) {
    call(
        () -> {
          try {
            client().loadImageCmd(archive).exec();
          } catch (DockerException e) {
            throw ToolException.invalidInput(
                "the Docker engine refused the image archive: " + firstLine(e.getMessage()));
          }
          return null;
        });
  }

  @Override
  public EngineInfo info() {
    return call(
        () -> {
          var version = client().versionCmd().exec();
          var info = client().infoCmd().exec();
          String scheme = connection.host().getScheme();
          return new EngineInfo(
              Objects.toString(version.getVersion(), "unknown"),
              Objects.toString(version.getApiVersion(), "unknown"),
              version.getOperatingSystem() + "/" + version.getArch(),
              Optional.ofNullable(info.getDockerRootDir()),
              Optional.ofNullable(info.getCGroupVersion()),
              Boolean.TRUE.equals(info.getMemoryLimit()),
              Boolean.TRUE.equals(info.getSwapLimit()),
              "unix".equals(scheme) || "npipe".equals(scheme));
        });
  }

  /** Volumes carrying the label; the engine creates none, and tests check that it stays so. */
  public List<String> volumes(String labelKey) {
    return call(
        () -> {
          var volumes =
              client().listVolumesCmd().withFilter("label", List.of(labelKey)).exec().getVolumes();
          return volumes == null
              ? List.<String>of()
              : volumes.stream().map(v -> v.getName()).toList();
        });
  }

  /** Removes an image by tag or id; one that does not exist or is in use is left. */
  public void removeImage(String reference) {
    call(
        () -> {
          try {
            client().removeImageCmd(reference).exec();
          } catch (NotFoundException | ConflictException e) {
            // Already gone, or still used by a container.
          }
          return null;
        });
  }

  private static Map<String, String> environment(String[] env) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    if (env != null) {
      for (String entry : env) {
        int eq = entry.indexOf('=');
        if (eq > 0) {
          map.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
      }
    }
    return map;
  }

  private static LabelledContainer labelled(Container c) {
    Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
    long created = c.getCreated() == null ? 0 : c.getCreated();
    return new LabelledContainer(
        c.getId(), labels, Instant.ofEpochSecond(created), "running".equals(c.getState()));
  }

  private DockerClient client() {
    return connection.client();
  }

  private <T> T call(Supplier<T> action) {
    return connection.call(action);
  }

  @Override
  public void close() {
    connection.close();
  }

  private static String firstLine(String message) {
    return message == null ? "the build failed" : message.lines().findFirst().orElse(message);
  }

  /** Routes a container's output frames to the sink and records how the stream ended. */
  private static final class StreamCallback extends ResultCallback.Adapter<Frame>
      implements Attachment {
    private final OutputSink output;
    private volatile Throwable failure;

    StreamCallback(OutputSink output) {
      this.output = output;
    }

    @Override
    public void onNext(Frame frame) {
      switch (frame.getStreamType()) {
        case STDOUT, RAW -> output.stdout(frame.getPayload());
        case STDERR -> output.stderr(frame.getPayload());
        default -> {}
      }
    }

    @Override
    public void onError(Throwable throwable) {
      failure = throwable;
      super.onError(throwable);
    }

    void rethrowFailure() {
      if (failure != null) {
        throw new IllegalStateException("attaching to the container failed: " + failure, failure);
      }
    }

    @Override
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
      return awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      try {
        super.close();
      } catch (java.io.IOException e) {
        // Closing a finished stream: nothing to do about it.
      }
    }
  }
}
