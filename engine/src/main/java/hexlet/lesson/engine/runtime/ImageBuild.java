package hexlet.lesson.engine.runtime;

import java.io.InputStream;
import java.util.Map;

/**
 * What to build: a build context as a tar stream (Dockerfile at its root), the tag to give the
 * image, and labels to put on it.
 */
public record ImageBuild(InputStream context, String tag, Map<String, String> labels) {
  public ImageBuild {
    labels = Map.copyOf(labels);
  }
}
