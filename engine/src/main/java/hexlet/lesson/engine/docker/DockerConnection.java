package hexlet.lesson.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The client for one Docker engine, made on first use: DOCKER_HOST (and DOCKER_TLS_VERIFY,
 * DOCKER_CERT_PATH, DOCKER_CONTEXT) or the default socket; the API version is left to the engine;
 * at most {@code maxConnections} connections at once. Failures to reach the engine become one clear
 * {@link ToolException} of kind ENVIRONMENT.
 */
public final class DockerConnection implements AutoCloseable {
  private static final List<String> SETTINGS =
      List.of(
          DefaultDockerClientConfig.DOCKER_HOST,
          DefaultDockerClientConfig.DOCKER_TLS_VERIFY,
          DefaultDockerClientConfig.DOCKER_CERT_PATH,
          DefaultDockerClientConfig.DOCKER_CONFIG,
          DefaultDockerClientConfig.DOCKER_CONTEXT);

  private final int maxConnections;
  private final Map<String, String> env;
  private volatile DockerClientConfig config;
  private volatile DockerClient client;

  /**
   * @param env where DOCKER_HOST and its companions are read; the process environment in the
   *     command line, a chosen one in tests
   */
  public DockerConnection(int maxConnections, Map<String, String> env) {
    this.maxConnections = maxConnections;
    this.env = Map.copyOf(env);
  }

  synchronized DockerClient client() {
    if (client == null) {
      DockerClientConfig cfg = config();
      URI host = cfg.getDockerHost();
      boolean local = "unix".equals(host.getScheme()) || "npipe".equals(host.getScheme());
      var http =
          new ZerodepDockerHttpClient.Builder()
              .dockerHost(host)
              .sslConfig(local ? new UnusedTls() : cfg.getSSLConfig())
              .maxConnections(maxConnections)
              .connectionTimeout(Duration.ofSeconds(10))
              .build();
      client = DockerClientImpl.getInstance(cfg, http);
    }
    return client;
  }

  private DockerClientConfig config() {
    if (config == null) {
      var builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
      for (String key : SETTINGS) {
        String value = env.get(key);
        if (value != null && !value.isBlank()) {
          switch (key) {
            case DefaultDockerClientConfig.DOCKER_HOST -> builder.withDockerHost(value);
            case DefaultDockerClientConfig.DOCKER_TLS_VERIFY ->
                builder.withDockerTlsVerify(value.equals("1") || value.equalsIgnoreCase("true"));
            case DefaultDockerClientConfig.DOCKER_CERT_PATH -> builder.withDockerCertPath(value);
            case DefaultDockerClientConfig.DOCKER_CONFIG -> builder.withDockerConfig(value);
            default -> builder.withDockerContext(value);
          }
        }
      }
      config = builder.build();
    }
    return config;
  }

  URI host() {
    try {
      return config().getDockerHost();
    } catch (RuntimeException e) {
      return URI.create("unix:///var/run/docker.sock");
    }
  }

  <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (DockerException e) {
      throw e;
    } catch (RuntimeException e) {
      if (isConnectionFailure(e)) {
        throw unreachable(host(), e);
      }
      throw e;
    }
  }

  private static boolean isConnectionFailure(Throwable e) {
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
