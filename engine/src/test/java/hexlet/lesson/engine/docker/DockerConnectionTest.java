package hexlet.lesson.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hexlet.lesson.core.ToolException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How DOCKER_HOST is read, without an engine: nothing here connects anywhere. */
class DockerConnectionTest {
  @TempDir Path dockerConfig;

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void anEmptyDockerHostMeansTheDefaultSocketAsDockersOwnClientTakesIt(String value) {
    var connection =
        new DockerConnection(
            1, Map.of("DOCKER_HOST", value, "DOCKER_CONFIG", dockerConfig.toString()));

    assertThat(connection.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"foo://bar", "http://127.0.0.1:2375", "docker.example.com:2375", "tcp://bad host"})
  void aDockerHostThatIsNoEngineAddressIsAnEnvironmentErrorNamingIt(String value) {
    var connection =
        new DockerConnection(
            1, Map.of("DOCKER_HOST", value, "DOCKER_CONFIG", dockerConfig.toString()));

    ToolException e = catchThrowableOfType(() -> connection.get("/_ping"), ToolException.class);

    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ToolException.Kind.ENVIRONMENT);
    assertThat(e.getMessage()).contains("DOCKER_HOST", value, "unix://", "tcp://");
  }

  @Test
  void aWellFormedAddressIsTakenAsItIs() {
    var connection =
        new DockerConnection(
            1,
            Map.of(
                "DOCKER_HOST", "tcp://127.0.0.1:2375", "DOCKER_CONFIG", dockerConfig.toString()));

    assertThat(connection.host()).isEqualTo(URI.create("tcp://127.0.0.1:2375"));
  }
}
