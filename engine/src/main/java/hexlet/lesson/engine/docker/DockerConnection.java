package hexlet.lesson.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One Docker engine, reached through docker-java's zerodep transport and spoken to in the engine's
 * JSON as trees: DOCKER_HOST or the default socket (docker-java's configuration, with TLS and
 * contexts, when DOCKER_TLS_VERIFY, DOCKER_CONTEXT or a current context in the Docker config ask
 * for it); no API version pinned, so the engine's own is used; at most {@code maxConnections}
 * connections at once; made on first use. Working on JSON trees instead of docker-java's command
 * objects spares every start of the command line the reflection over hundreds of model classes.
 * Failures to reach the engine become one clear {@link ToolException} of kind ENVIRONMENT.
 */
public final class DockerConnection implements AutoCloseable {
  private static final ExecutorService EXCHANGES =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "hexlet-lesson-engine-request");
            thread.setDaemon(true);
            return thread;
          });

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
  private static final List<String> SCHEMES = List.of("unix", "tcp", "npipe");
  private static final List<String> CONFIG_SETTINGS =
      List.of(
          DefaultDockerClientConfig.DOCKER_TLS_VERIFY,
          DefaultDockerClientConfig.DOCKER_CERT_PATH,
          DefaultDockerClientConfig.DOCKER_CONTEXT);

  private final int maxConnections;
  private final Map<String, String> env;
  private URI host;
  private DockerHttpClient client;

  /**
   * @param env where DOCKER_HOST and its companions are read; the process environment in the
   *     command line, a chosen one in tests
   */
  public DockerConnection(int maxConnections, Map<String, String> env) {
    this.maxConnections = maxConnections;
    this.env = Map.copyOf(env);
  }

  /**
   * Loads the transport's classes by building a client that is closed before it ever connects, so
   * that a thread started early takes that cost off the first request's path.
   */
  public static void warmUp() {
    try (var unused =
        new ZerodepDockerHttpClient.Builder()
            .dockerHost(URI.create(DEFAULT_HOST))
            .sslConfig(new UnusedTls())
            .build()) {
      DockerConnection.request("GET", "/_ping").build();
    } catch (IOException e) {
      // Nothing was connected; the real client reports real failures.
    }
  }

  private synchronized DockerHttpClient client() {
    if (client == null) {
      SSLConfig tls;
      if (needsDockerConfig()) {
        var config = dockerConfig();
        host = config.getDockerHost();
        tls = config.getSSLConfig();
      } else {
        host = address();
        tls = null;
      }
      boolean local = "unix".equals(host.getScheme()) || "npipe".equals(host.getScheme());
      client =
          new ZerodepDockerHttpClient.Builder()
              .dockerHost(host)
              .sslConfig(local ? new UnusedTls() : tls)
              .maxConnections(maxConnections)
              .connectionTimeout(Duration.ofSeconds(10))
              .build();
    }
    return client;
  }

  private boolean needsDockerConfig() {
    for (String key : CONFIG_SETTINGS) {
      String value = env.get(key);
      if (value != null && !value.isBlank()) {
        return true;
      }
    }
    if (configuredHost() != null) {
      return false;
    }
    String home = System.getProperty("user.home");
    Path config =
        Path.of(env.getOrDefault("DOCKER_CONFIG", home + "/.docker")).resolve("config.json");
    try {
      return Files.isRegularFile(config) && Files.readString(config).contains("currentContext");
    } catch (IOException e) {
      return false;
    }
  }

  private DefaultDockerClientConfig dockerConfig() {
    var builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
    String value;
    if ((value = configuredHost()) != null) {
      builder.withDockerHost(address().toString());
    }
    if ((value = env.get(DefaultDockerClientConfig.DOCKER_TLS_VERIFY)) != null) {
      builder.withDockerTlsVerify(value.equals("1") || value.equalsIgnoreCase("true"));
    }
    if ((value = env.get(DefaultDockerClientConfig.DOCKER_CERT_PATH)) != null) {
      builder.withDockerCertPath(value);
    }
    if ((value = env.get(DefaultDockerClientConfig.DOCKER_CONFIG)) != null) {
      builder.withDockerConfig(value);
    }
    if ((value = env.get(DefaultDockerClientConfig.DOCKER_CONTEXT)) != null) {
      builder.withDockerContext(value);
    }
    return builder.build();
  }

  synchronized URI host() {
    return host != null ? host : address();
  }

  /** DOCKER_HOST when it says something; set but empty means the default, as for docker itself. */
  private String configuredHost() {
    String value = env.get("DOCKER_HOST");
    return value == null || value.isBlank() ? null : value.strip();
  }

  private URI address() {
    String value = configuredHost();
    if (value == null) {
      return URI.create(DEFAULT_HOST);
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() != null && SCHEMES.contains(uri.getScheme())) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Said below, in the same words as a scheme the transport does not speak.
    }
    throw ToolException.environment(
        "DOCKER_HOST="
            + value
            + " is not the address of a Docker engine: use unix:///var/run/docker.sock,"
            + " tcp://HOST:PORT or npipe:////./pipe/docker_engine, or unset it for the default.",
        null);
  }

  /** A GET answered with JSON. */
  JsonNode get(String path) {
    return whole(request("GET", path).build());
  }

  /** A POST of a JSON body, answered with JSON (or nothing). */
  JsonNode post(String path, JsonNode body) {
    return whole(request("POST", path).bodyBytes(bytes(body)).build());
  }

  /** A POST without body whose answer is not needed. */
  void post(String path) {
    whole(request("POST", path).build());
  }

  void delete(String path) {
    whole(request("DELETE", path).build());
  }

  /**
   * Sends a request and reads its whole answer on a thread of its own, never the caller's: the
   * transport gives up on an interrupted thread, and a container the engine had just created, or
   * was about to remove, would be lost to a check stopped halfway or to Ctrl-C.
   */
  private JsonNode whole(DockerHttpClient.Request request) {
    Future<JsonNode> exchange = EXCHANGES.submit(() -> json(send(request)));
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return exchange.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException failure) {
            throw failure;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Sends a request and returns the open response; statuses of 400 and above are thrown. */
  DockerHttpClient.Response send(DockerHttpClient.Request request) {
    DockerHttpClient.Response response;
    try {
      response = client().execute(request);
    } catch (RuntimeException e) {
      if (isConnectionFailure(e)) {
        throw unreachable(host(), e);
      }
      throw e;
    }
    int status = response.getStatusCode();
    if (status >= 400) {
      String message;
      try (response) {
        message = errorMessage(response.getBody());
      }
      throw new DockerApiException(status, message);
    }
    return response;
  }

  static DockerHttpClient.Request.Builder request(String method, String path) {
    return DockerHttpClient.Request.builder()
        .method(method)
        .path(path)
        .putHeader("Content-Type", "application/json");
  }

  private static JsonNode json(DockerHttpClient.Response response) {
    try (response;
        InputStream body = response.getBody()) {
      byte[] bytes = body.readAllBytes();
      return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String errorMessage(InputStream body) {
    try {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (text.startsWith("{")) {
        JsonNode node = JSON.readTree(text);
        if (node.hasNonNull("message")) {
          return node.get("message").asText();
        }
      }
      return text;
    } catch (IOException e) {
      return "no details";
    }
  }

  static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  static ToolException unreachable(URI host, Throwable cause) {
    String why = cause == null ? "no answer" : rootMessage(cause);
    return ToolException.environment(
        "cannot reach the Docker engine at "
            + host
            + " ("
            + why
            + "): start Docker (`sudo systemctl start docker`, or Docker Desktop) or set"
            + " DOCKER_HOST to a running engine.",
        cause);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      try {
        client.close();
      } catch (IOException e) {
        // Closing idle connections: nothing to report.
      }
      client = null;
    }
  }
}
