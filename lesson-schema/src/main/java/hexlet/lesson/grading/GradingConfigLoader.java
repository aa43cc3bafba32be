package hexlet.lesson.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import hexlet.lesson.core.ToolException;
import hexlet.lesson.text.TextContent;
import hexlet.lesson.text.TextFileReader;
import hexlet.lesson.yaml.Position;
import hexlet.lesson.yaml.YamlDocument;
import hexlet.lesson.yaml.YamlLoad;
import hexlet.lesson.yaml.YamlLoader;
import hexlet.lesson.yaml.YamlProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code grading:} blocks of spec.yml (course) and lesson.yml (lesson) and merges them.
 * Files are read as validate reads them (size-capped, the first of duplicate keys kept), and a
 * wrong value is refused with its file, line and column.
 */
public final class GradingConfigLoader {
  private static final String GRADING = "/grading";

  public GradingConfig load(Path courseRoot, Path lessonDir) {
    Block course = block(courseRoot.resolve("spec.yml"));
    Block lesson = block(lessonDir.resolve("lesson.yml"));

    Limits limits = Limits.DEFAULTS.with(course.limits()).with(lesson.limits());
    Map<String, Integer> points = new LinkedHashMap<>(course.points());
    points.putAll(lesson.points());
    List<String> hidden = lesson.strings("hidden_tests");
    if (hidden.isEmpty()) {
      hidden = course.strings("hidden_tests");
    }
    return new GradingConfig(
        lesson.text("test_command").or(() -> course.text("test_command")),
        lesson.text("results").or(() -> course.text("results")),
        limits,
        points,
        hidden);
  }

  private static Block block(Path file) {
    if (!Files.exists(file)) {
      return new Block(file, null, MissingNode.getInstance());
    }
    TextContent content = new TextFileReader().read(file);
    if (!content.ok()) {
      var problem = content.problem();
      throw invalid(file, new Position(problem.line(), problem.column()), problem.message());
    }
    YamlLoad load = new YamlLoader().load(content.text());
    for (YamlProblem problem : load.problems()) {
      // A duplicate key keeps its first value, as validate reports it; anything else is unusable.
      if (problem.kind() != YamlProblem.Kind.DUPLICATE_KEY) {
        throw invalid(file, problem.position(), problem.message());
      }
    }
    YamlDocument document = load.document();
    JsonNode grading = document.root().path("grading");
    var block = new Block(file, document, grading);
    if (!grading.isMissingNode() && !grading.isNull() && !grading.isObject()) {
      throw block.invalid(GRADING, "grading must be a mapping");
    }
    return block;
  }

  private static ToolException invalid(Path file, Position at, String message) {
    String where = at.line() > 0 ? file + ":" + at.line() + ":" + at.column() : file.toString();
    return ToolException.invalidInput(where + ": " + message);
  }

  /** One file's grading block, with what is needed to point at a wrong value. */
  private record Block(Path file, YamlDocument document, JsonNode node) {
    ToolException invalid(String pointer, String message) {
      Position at = document == null ? Position.WHOLE_FILE : document.valuePosition(pointer);
      return GradingConfigLoader.invalid(file, at, message);
    }

    LimitsOverride limits() {
      JsonNode limits = node.path("limits");
      if (limits.isMissingNode() || limits.isNull()) {
        return LimitsOverride.NONE;
      }
      if (!limits.isObject()) {
        throw invalid(GRADING + "/limits", "grading.limits must be a mapping");
      }
      return new LimitsOverride(
          value(limits, "time", Quantity::duration),
          value(limits, "memory", Quantity::bytes),
          value(limits, "pids", Long::parseLong),
          value(limits, "cpus", Double::parseDouble),
          value(limits, "output", Quantity::bytes),
          value(limits, "tmpfs", Quantity::bytes));
    }

    private <T> T value(JsonNode limits, String key, Function<String, T> parse) {
      JsonNode value = limits.get(key);
      if (value == null || value.isNull()) {
        return null;
      }
      String pointer = GRADING + "/limits/" + key;
      if (!value.isValueNode()) {
        throw invalid(pointer, "grading.limits." + key + " must be a single value");
      }
      try {
        return parse.apply(value.asText());
      } catch (IllegalArgumentException e) {
        throw invalid(pointer, "grading.limits." + key + ": " + e.getMessage());
      }
    }

    Map<String, Integer> points() {
      Map<String, Integer> points = new LinkedHashMap<>();
      JsonNode map = node.path("points");
      if (map.isMissingNode() || map.isNull()) {
        return points;
      }
      if (!map.isObject()) {
        throw invalid(GRADING + "/points", "grading.points must map test names to whole numbers");
      }
      for (var entry : map.properties()) {
        if (!entry.getValue().canConvertToInt() || entry.getValue().asInt() < 0) {
          throw invalid(
              YamlDocument.child(GRADING + "/points", entry.getKey()),
              "grading.points." + entry.getKey() + " must be a whole number >= 0");
        }
        points.put(entry.getKey(), entry.getValue().asInt());
      }
      return points;
    }

    List<String> strings(String key) {
      List<String> values = new ArrayList<>();
      JsonNode list = node.path(key);
      if (list.isMissingNode() || list.isNull()) {
        return values;
      }
      if (!list.isArray()) {
        throw invalid(GRADING + "/" + key, "grading." + key + " must be a list of file names");
      }
      list.forEach(v -> values.add(v.asText()));
      return values;
    }

    Optional<String> text(String key) {
      JsonNode value = node.get(key);
      return value != null && value.isValueNode() && !value.asText().isBlank()
          ? Optional.of(value.asText())
          : Optional.empty();
    }
  }
}
