package hexlet.lesson.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import hexlet.lesson.engine.grade.TestResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report as JSON: Exercism's results v3 plus our fields, with snake_case keys in a fixed order
 * so that reports diff well. Absent values are {@code null}, as are empty messages and outputs.
 */
final class JsonRenderer implements ReportRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String render(Report report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(prettyPrinter());
      write(report, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    var indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static void write(Report report, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("version", report.version());
    json.writeStringField("lesson", report.lesson());
    json.writeStringField("status", report.status().json());
    json.writeStringField("reason", report.reason().map(r -> r.json()).orElse(null));
    json.writeStringField("message", orNull(report.message()));
    json.writeNumberField("score", report.score());
    json.writeNumberField("max_score", report.maxScore());
    json.writeNumberField("duration_ms", report.durationMs());
    json.writeFieldName("peak_memory_bytes");
    if (report.peakMemoryBytes().isPresent()) {
      json.writeNumber(report.peakMemoryBytes().getAsLong());
    } else {
      json.writeNull();
    }
    var limits = report.limits();
    json.writeObjectFieldStart("limits");
    json.writeNumberField("time_ms", limits.wallTime().toMillis());
    json.writeNumberField("memory_bytes", limits.memoryBytes());
    json.writeNumberField("pids", limits.pids());
    json.writeNumberField("cpus", limits.cpus());
    json.writeNumberField("output_bytes", limits.outputBytes());
    json.writeEndObject();
    var provenance = report.provenance();
    json.writeObjectFieldStart("provenance");
    json.writeStringField("course_commit", provenance.courseCommit().orElse(null));
    json.writeStringField("image_id", provenance.imageId());
    json.writeStringField("tool_version", provenance.toolVersion());
    json.writeStringField("started_at", provenance.startedAt().toString());
    json.writeEndObject();
    json.writeArrayFieldStart("tests");
    for (TestResult test : report.tests()) {
      json.writeStartObject();
      json.writeStringField("name", test.name());
      json.writeStringField("status", test.status().json());
      json.writeStringField("message", orNull(test.message()));
      json.writeStringField("output", orNull(test.output()));
      json.writeNumberField("duration_ms", test.durationMs());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
