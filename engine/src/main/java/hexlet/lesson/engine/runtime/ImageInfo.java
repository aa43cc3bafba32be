package hexlet.lesson.engine.runtime;

import java.util.Map;

/**
 * An image the engine holds.
 *
 * @param id the content id, such as {@code sha256:...}
 * @param workingDir the image's working directory ({@code WORKDIR}), {@code /} when it sets none
 * @param env the image's environment variables
 */
public record ImageInfo(
    String id, String workingDir, Map<String, String> env, Map<String, String> labels) {
  public ImageInfo {
    workingDir = workingDir == null || workingDir.isBlank() ? "/" : workingDir;
    env = env == null ? Map.of() : Map.copyOf(env);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }
}
