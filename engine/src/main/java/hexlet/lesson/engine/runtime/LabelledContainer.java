package hexlet.lesson.engine.runtime;

import java.time.Instant;
import java.util.Map;

/** A container found by its label. */
public record LabelledContainer(
    String id, Map<String, String> labels, Instant created, boolean running) {
  public LabelledContainer {
    labels = Map.copyOf(labels);
  }
}
