package hexlet.lesson.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient;
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
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@link ContainerRuntime} over the Docker Engine API, through docker-java's transport; the
 * only class that speaks to the engine.
 */
public final class DockerRuntime implements ContainerRuntime, AutoCloseable {
  private final DockerConnection engine;

  public DockerRuntime(DockerConnection engine) {
    this.engine = engine;
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
    return engine.get("/version").path("Version").asText();
  }

  @Override
  public Optional<ImageInfo> image(String reference) {
    JsonNode image;
    try {
      image = engine.get("/images/" + encode(reference) + "/json");
    } catch (DockerApiException e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
    JsonNode config = image.path("Config");
    return Optional.of(
        new ImageInfo(
            image.path("Id").asText(),
            config.path("WorkingDir").asText(""),
            environment(config.path("Env")),
            strings(config.path("Labels"))));
  }

  @Override
  public ImageInfo build(ImageBuild build, Consumer<String> log) {
    String path =
        "/build?rm=1&forcerm=1&t="
            + encode(build.tag())
            + "&labels="
            + encode(object(build.labels()).toString());
    var request =
        DockerConnection.request("POST", path)
            .putHeader("Content-Type", "application/x-tar")
            .body(build.context())
            .build();
    String error = null;
    var stream = new BuildStreamLines(log);
    try (DockerHttpClient.Response response = engine.send(request);
        var messages =
            DockerConnection.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (messages.hasNextValue()) {
        JsonNode message = (JsonNode) messages.nextValue();
        if (message.hasNonNull("stream")) {
          stream.accept(message.get("stream").asText());
        } else if (message.hasNonNull("status")) {
          stream.flush();
          log.accept(message.get("status").asText());
        }
        if (message.hasNonNull("error")) {
          stream.flush();
          error = message.path("errorDetail").path("message").asText(message.get("error").asText());
          log.accept(error);
        }
      }
      stream.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DockerApiException e) {
      throw new ImageBuildException(e.getMessage());
    }
    if (error != null) {
      throw new ImageBuildException(error.strip());
    }
    return image(build.tag())
        .orElseThrow(
            () -> new ImageBuildException("the built image " + build.tag() + " is missing"));
  }

  @Override
  public String create(ContainerSpec spec) {
    Sandbox sandbox = spec.sandbox();
    ObjectNode host = DockerConnection.JSON.createObjectNode();
    host.put("NetworkMode", "none");
    host.put("Memory", sandbox.memoryBytes());
    host.put("MemorySwap", sandbox.memoryBytes());
    host.put("PidsLimit", sandbox.pids());
    host.put("NanoCpus", sandbox.nanoCpus());
    host.put("ReadonlyRootfs", true);
    host.set("Tmpfs", object(sandbox.tmpfs()));
    host.putArray("CapDrop").add("ALL");
    host.putArray("SecurityOpt").add("no-new-privileges");
    ArrayNode ulimits = host.putArray("Ulimits");
    ulimits
        .addObject()
        .put("Name", "nofile")
        .put("Soft", sandbox.openFiles())
        .put("Hard", sandbox.openFiles());
    ulimits
        .addObject()
        .put("Name", "fsize")
        .put("Soft", sandbox.fileSizeBytes())
        .put("Hard", sandbox.fileSizeBytes());
    ulimits.addObject().put("Name", "core").put("Soft", 0).put("Hard", 0);
    host.putObject("LogConfig").put("Type", "none");
    sandbox.ociRuntime().ifPresent(runtime -> host.put("Runtime", runtime));

    ObjectNode body = DockerConnection.JSON.createObjectNode();
    body.put("Image", spec.image());
    ArrayNode entrypoint = body.putArray("Entrypoint");
    spec.command().forEach(entrypoint::add);
    body.putArray("Cmd");
    ArrayNode env = body.putArray("Env");
    spec.env().forEach((k, v) -> env.add(k + "=" + v));
    body.put("WorkingDir", spec.workingDir());
    body.put("User", spec.user());
    body.set("Labels", object(spec.labels()));
    body.put("NetworkDisabled", true);
    body.put("Tty", false);
    body.put("OpenStdin", true);
    body.put("StdinOnce", true);
    body.put("AttachStdin", true);
    body.put("AttachStdout", true);
    body.put("AttachStderr", true);
    body.set("HostConfig", host);
    return engine.post("/containers/create", body).path("Id").asText();
  }

  @Override
  public Attachment attach(String containerId, InputStream stdin, OutputSink output) {
    var request =
        DockerConnection.request(
                "POST",
                "/containers/" + containerId + "/attach?stream=1&stdin=1&stdout=1&stderr=1&logs=0")
            .hijackedInput(stdin)
            .build();
    DockerHttpClient.Response response = engine.send(request);
    return new StreamReader(response, output);
  }

  @Override
  public void start(String containerId) {
    engine.post("/containers/" + containerId + "/start");
  }

  @Override
  public ContainerExit inspect(String containerId) {
    JsonNode state = engine.get("/containers/" + containerId + "/json").path("State");
    return new ContainerExit(state.path("ExitCode").asInt(-1), state.path("OOMKilled").asBoolean());
  }

  @Override
  public void kill(String containerId) {
    try {
      // Killed processes still need CPU time to exit, and the container's quota throttles them:
      // hundreds of them (a fork bomb) on one CPU took seconds to go. Lifting the quota first
      // ends them at once.
      ObjectNode unthrottled = DockerConnection.JSON.createObjectNode();
      unthrottled.put("NanoCpus", Runtime.getRuntime().availableProcessors() * 1_000_000_000L);
      engine.post("/containers/" + containerId + "/update", unthrottled);
    } catch (DockerApiException e) {
      // Stopped or gone already: the kill below says what is left to do.
    }
    try {
      engine.post("/containers/" + containerId + "/kill");
    } catch (DockerApiException e) {
      if (!e.notFound() && !e.conflict()) {
        throw e;
      }
    }
  }

  @Override
  public void remove(String containerId) {
    try {
      engine.delete("/containers/" + containerId + "?force=1&v=1");
    } catch (DockerApiException e) {
      // Gone already, or its removal is under way.
      if (!e.notFound() && !e.conflict()) {
        throw e;
      }
    }
  }

  @Override
  public List<LabelledContainer> containers(String labelKey) {
    String filter = "{\"label\":[\"" + labelKey.replace("\"", "") + "\"]}";
    JsonNode list = engine.get("/containers/json?all=1&filters=" + encode(filter));
    List<LabelledContainer> containers = new ArrayList<>();
    for (JsonNode c : list) {
      containers.add(
          new LabelledContainer(
              c.path("Id").asText(),
              strings(c.path("Labels")),
              Instant.ofEpochSecond(c.path("Created").asLong()),
              "running".equals(c.path("State").asText())));
    }
    return containers;
  }

  @Override
  public void saveImage(String reference, OutputStream out) {
    try (DockerHttpClient.Response response =
            engine.send(
                DockerConnection.request("GET", "/images/" + encode(reference) + "/get").build());
        InputStream in = response.getBody()) {
      in.transferTo(out);
    } catch (DockerApiException e) {
      if (e.notFound()) {
        throw new ToolException(
            ToolException.Kind.ENVIRONMENT, "image " + reference + " not found: build it first");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void loadImage(InputStream archive) {
    var request =
        DockerConnection.request("POST", "/images/load?quiet=1")
            .putHeader("Content-Type", "application/x-tar")
            .body(archive)
            .build();
    String error = null;
    try (DockerHttpClient.Response response = engine.send(request);
        var messages =
            DockerConnection.JSON.readerFor(JsonNode.class).readValues(response.getBody())) {
      while (messages.hasNextValue()) {
        JsonNode message = (JsonNode) messages.nextValue();
        if (message.hasNonNull("error")) {
          error = message.path("errorDetail").path("message").asText(message.get("error").asText());
        }
      }
    } catch (DockerApiException e) {
      error = e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (error != null) {
      throw ToolException.invalidInput(
          "the Docker engine refused the image archive: "
              + error.lines().findFirst().orElse(error));
    }
  }

  @Override
  public EngineInfo info() {
    JsonNode version = engine.get("/version");
    JsonNode info = engine.get("/info");
    String scheme = engine.host().getScheme();
    return new EngineInfo(
        version.path("Version").asText("unknown"),
        version.path("ApiVersion").asText("unknown"),
        version.path("Os").asText() + "/" + version.path("Arch").asText(),
        Optional.ofNullable(info.path("DockerRootDir").textValue()),
        Optional.ofNullable(info.path("CgroupVersion").textValue()),
        info.path("MemoryLimit").asBoolean(),
        info.path("SwapLimit").asBoolean(),
        "unix".equals(scheme) || "npipe".equals(scheme));
  }

  @Override
  public Set<String> ociRuntimes() {
    Set<String> names = new TreeSet<>();
    engine.get("/info").path("Runtimes").fieldNames().forEachRemaining(names::add);
    return Set.copyOf(names);
  }

  /** Volumes carrying the label; the engine creates none, and tests check that it stays so. */
  public List<String> volumes(String labelKey) {
    String filter = "{\"label\":[\"" + labelKey.replace("\"", "") + "\"]}";
    JsonNode volumes = engine.get("/volumes?filters=" + encode(filter)).path("Volumes");
    List<String> names = new ArrayList<>();
    volumes.forEach(v -> names.add(v.path("Name").asText()));
    return names;
  }

  /** Removes an image by tag or id; one that does not exist or is in use is left. */
  public void removeImage(String reference) {
    try {
      engine.delete("/images/" + encode(reference));
    } catch (DockerApiException e) {
      if (!e.notFound() && !e.conflict()) {
        throw e;
      }
    }
  }

  @Override
  public void close() {
    engine.close();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * A JSON object of strings, built by hand: Jackson's {@code valueToTree} would first build its
   * serializers for maps, which every grade's first container paid for.
   */
  private static ObjectNode object(Map<String, String> strings) {
    ObjectNode object = DockerConnection.JSON.createObjectNode();
    strings.forEach(object::put);
    return object;
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static Map<String, String> environment(JsonNode list) {
    Map<String, String> map = new LinkedHashMap<>();
    for (JsonNode entry : list) {
      String text = entry.asText();
      int eq = text.indexOf('=');
      if (eq > 0) {
        map.put(text.substring(0, eq), text.substring(eq + 1));
      }
    }
    return map;
  }

  /**
   * Reads a container's multiplexed output stream (an 8-byte header per frame: the stream, three
   * zero bytes, the payload's length) on its own thread until the container's output ends.
   */
  private static final class StreamReader implements Attachment {
    private final DockerHttpClient.Response response;
    private final CountDownLatch ended = new CountDownLatch(1);

    StreamReader(DockerHttpClient.Response response, OutputSink output) {
      this.response = response;
      Thread reader = new Thread(() -> read(response, output), "hexlet-lesson-container-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void read(DockerHttpClient.Response response, OutputSink output) {
      try (DataInputStream in = new DataInputStream(response.getBody())) {
        byte[] header = new byte[8];
        while (true) {
          try {
            in.readFully(header);
          } catch (EOFException e) {
            return;
          }
          int length =
              ((header[4] & 0xff) << 24)
                  | ((header[5] & 0xff) << 16)
                  | ((header[6] & 0xff) << 8)
                  | (header[7] & 0xff);
          byte[] payload = new byte[length];
          in.readFully(payload);
          if (header[0] == 2) {
            output.stderr(payload);
          } else {
            output.stdout(payload);
          }
        }
      } catch (IOException | RuntimeException e) {
        // The stream was closed under the reader (kill, remove, shutdown): the output ends here.
      } finally {
        ended.countDown();
      }
    }

    @Override
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
      return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
      response.close();
    }
  }
}
