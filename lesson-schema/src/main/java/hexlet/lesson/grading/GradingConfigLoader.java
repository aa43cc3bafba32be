package hexlet.lesson.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code grading:} blocks of spec.yml (course) and lesson.yml (lesson) and merges them.
 * Wrong values are refused with the file named; {@code validate} reports them with positions.
 */
public final class GradingConfigLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public GradingConfig load(Path courseRoot, Path lessonDir) {
    JsonNode course = block(courseRoot.resolve("spec.yml"));
    JsonNode lesson = block(lessonDir.resolve("lesson.yml"));
    Path courseFile = courseRoot.resolve("spec.yml");
    Path lessonFile = lessonDir.resolve("lesson.yml");

    Limits limits =
        Limits.DEFAULTS
            .with(limits(course.path("limits"), courseFile))
            .with(limits(lesson.path("limits"), lessonFile));
    Map<String, Integer> points = new LinkedHashMap<>();
    points.putAll(points(course.path("points"), courseFile));
    points.putAll(points(lesson.path("points"), lessonFile));
    List<String> hidden = strings(lesson.path("hidden_tests"), lessonFile);
    if (hidden.isEmpty()) {
      hidden = strings(course.path("hidden_tests"), courseFile);
    }
    return new GradingConfig(
        text(lesson, "test_command").or(() -> text(course, "test_command")),
        text(lesson, "results").or(() -> text(course, "results")),
        limits,
        points,
        hidden);
  }

  private static JsonNode block(Path file) {
    if (!Files.isRegularFile(file)) {
      return YAML.createObjectNode();
    }
    try {
      JsonNode tree = YAML.readTree(file.toFile());
      JsonNode grading = tree == null ? null : tree.get("grading");
      if (grading == null || grading.isNull()) {
        return YAML.createObjectNode();
      }
      if (!grading.isObject()) {
        throw invalid(file, "grading must be a mapping");
      }
      return grading;
    } catch (IOException e) {
      throw ToolException.invalidInput(
          file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static LimitsOverride limits(JsonNode node, Path file) {
    if (node.isMissingNode() || node.isNull()) {
      return LimitsOverride.NONE;
    }
    if (!node.isObject()) {
      throw invalid(file, "grading.limits must be a mapping");
    }
    return new LimitsOverride(
        value(node, "time", file, Quantity::duration),
        value(node, "memory", file, Quantity::bytes),
        value(node, "pids", file, Long::parseLong),
        value(node, "cpus", file, Double::parseDouble),
        value(node, "output", file, Quantity::bytes),
        value(node, "tmpfs", file, Quantity::bytes));
  }

  private static <T> T value(JsonNode node, String key, Path file, Function<String, T> parse) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw invalid(file, "grading.limits." + key + " must be a single value");
    }
    try {
      return parse.apply(value.asText());
    } catch (IllegalArgumentException e) {
      throw invalid(file, "grading.limits." + key + ": " + e.getMessage());
    }
  }

  private static Map<String, Integer> points(JsonNode node, Path file) {
    Map<String, Integer> points = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return points;
    }
    if (!node.isObject()) {
      throw invalid(file, "grading.points must map test names to whole numbers");
    }
    for (var entry : node.properties()) {
      if (!entry.getValue().canConvertToInt() || entry.getValue().asInt() < 0) {
        throw invalid(file, "grading.points." + entry.getKey() + " must be a whole number >= 0");
      }
      points.put(entry.getKey(), entry.getValue().asInt());
    }
    return points;
  }

  private static List<String> strings(JsonNode node, Path file) {
    List<String> values = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw invalid(file, "grading.hidden_tests must be a list of file names");
    }
    node.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static ToolException invalid(Path file, String message) {
    return ToolException.invalidInput(file + ": " + message);
  }

  /** Exposed for flags such as {@code --time 5s}. */
  public static Duration duration(String text) {
    return Quantity.duration(text);
  }
}
