package hexlet.lesson.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.grading.Limits;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a report back from its JSON form, as {@code --format json} wrote it: for a gradebook made
 * from reports already on disk. The tmpfs size, which the JSON form does not carry, is the default.
 */
public final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportJson() {}

  /**
   * @throws IllegalArgumentException when the text is not a report
   */
  public static Report parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (root == null || root.path("version").asInt() != Report.VERSION) {
      throw new IllegalArgumentException("not a report of version " + Report.VERSION);
    }
    JsonNode limits = root.path("limits");
    JsonNode provenance = root.path("provenance");
    List<TestResult> tests = new ArrayList<>();
    for (JsonNode test : root.path("tests")) {
      tests.add(
          new TestResult(
              required(test, "name"),
              status(required(test, "status")),
              test.path("message").asText(""),
              test.path("output").asText(""),
              test.path("duration_ms").asLong()));
    }
    JsonNode peak = root.path("peak_memory_bytes");
    JsonNode commit = provenance.path("course_commit");
    return new Report(
        Report.VERSION,
        required(root, "lesson"),
        status(required(root, "status")),
        root.path("reason").isTextual()
            ? ErrorReason.ofJson(root.path("reason").asText())
            : Optional.empty(),
        root.path("message").asText(""),
        root.path("score").asInt(),
        root.path("max_score").asInt(),
        root.path("duration_ms").asLong(),
        peak.isNumber() ? OptionalLong.of(peak.asLong()) : OptionalLong.empty(),
        new Limits(
            Duration.ofMillis(limits.path("time_ms").asLong()),
            limits.path("memory_bytes").asLong(),
            limits.path("pids").asLong(),
            limits.path("cpus").asDouble(),
            limits.path("output_bytes").asLong(),
            Limits.DEFAULTS.tmpfsBytes()),
        new Provenance(
            commit.isTextual() ? Optional.of(commit.asText()) : Optional.empty(),
            provenance.path("image_id").asText(""),
            provenance.path("tool_version").asText(""),
            Instant.parse(required(provenance, "started_at"))),
        tests);
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' is missing");
    }
    return value.asText();
  }

  private static TestStatus status(String text) {
    try {
      return TestStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + text + "'", e);
    }
  }
}
