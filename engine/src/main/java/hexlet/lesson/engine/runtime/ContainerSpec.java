package hexlet.lesson.engine.runtime;

import java.util.List;
import java.util.Map;

/**
 * How to create one locked container.
 *
 * @param image image id or tag
 * @param command the command, run without the image's entrypoint
 * @param env extra environment variables
 * @param workingDir where the command starts
 * @param user {@code uid:gid} the command runs as
 * @param labels labels on the container, so leftovers can be found
 * @param sandbox the limits and isolation of the container
 */
public record ContainerSpec(
    String image,
    List<String> command,
    Map<String, String> env,
    String workingDir,
    String user,
    Map<String, String> labels,
    Sandbox sandbox) {
  public ContainerSpec {
    command = List.copyOf(command);
    env = Map.copyOf(env);
    labels = Map.copyOf(labels);
  }
}
