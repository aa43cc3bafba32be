package hexlet.lesson.engine.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hexlet.lesson.grading.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The summary of a check in each format: a table for people (text) and CI job summaries (markdown),
 * JSON for tools, JUnit XML with one test case per lesson for CI test tabs.
 */
public final class CheckSummary {
  private static final String[] HEADER = {"lesson", "reference", "starter", "time", "memory"};

  private CheckSummary() {}

  /**
   * @param paint colours a cell: an SGR code ("31" red, "32" green) and the text
   */
  public static String text(CheckResult result, Painter paint) {
    List<String[]> rows = rows(result);
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = pad(row[i], widths[i], i >= 3);
        if (r > 0 && (i == 1 || i == 2)) {
          boolean good = i == 1 ? row[i].equals("pass") : !row[i].equals("pass");
          cell = row[i].equals("-") ? cell : paint.paint(good ? "32" : "31", cell);
        }
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    for (LessonCheck lesson : result.lessons()) {
      for (String problem : lesson.problems()) {
        out.append('\n')
            .append(paint.paint("31", "broken:"))
            .append(' ')
            .append(lesson.lessonId())
            .append(": ")
            .append(problem.strip())
            .append('\n');
      }
    }
    out.append('\n').append(verdictLine(result)).append('\n');
    return out.toString();
  }

  public static String markdown(CheckResult result) {
    StringBuilder out = new StringBuilder("### hexlet-lesson check\n\n");
    if (result.lessons().isEmpty()) {
      return out.append("No lesson to check.\n").toString();
    }
    List<String[]> rows = rows(result);
    out.append("| ").append(String.join(" | ", rows.get(0))).append(" |\n");
    out.append("| --- | --- | --- | ---: | ---: |\n");
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r).clone();
      row[1] = (row[1].equals("pass") ? "✅ " : "❌ ") + row[1];
      row[2] = (row[2].equals("pass") ? "❌ " : "✅ ") + row[2];
      out.append("| ").append(String.join(" | ", escapeCells(row))).append(" |\n");
    }
    List<String> problems = new ArrayList<>();
    for (LessonCheck lesson : result.lessons()) {
      lesson
          .problems()
          .forEach(p -> problems.add("- **" + lesson.lessonId() + "**: " + oneLine(p)));
    }
    if (!problems.isEmpty()) {
      out.append("\n").append(String.join("\n", problems)).append("\n");
    }
    out.append("\n").append(verdictLine(result)).append("\n");
    return out.toString();
  }

  public static String json(CheckResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", result.ok() ? "pass" : "fail");
    root.put("lessons_checked", result.lessons().size());
    root.put("lessons_broken", result.broken());
    root.put("duration_ms", result.took().toMillis());
    List<Map<String, Object>> lessons = new ArrayList<>();
    for (LessonCheck lesson : result.lessons()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("lesson", lesson.lessonId());
      l.put("status", lesson.ok() ? "pass" : "fail");
      l.put("problems", lesson.problems());
      l.put("reference", lesson.reference().map(CheckSummary::run).orElse(null));
      l.put("starter", lesson.starter().map(CheckSummary::run).orElse(null));
      lesson
          .setup()
          .ifPresent(
              s -> {
                l.put("time_limit_ms", s.limits().wallTime().toMillis());
                l.put("memory_limit_bytes", s.limits().memoryBytes());
              });
      lessons.add(l);
    }
    root.put("lessons", lessons);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * JUnit XML for a CI test tab: per lesson two test cases, {@code reference passes} and {@code
   * starter does not pass}, named after the lesson (its id as the class name), each failed with the
   * run's verdict when it breaks the rule; a lesson that could not run errs in both.
   */
  public static String junit(CheckResult result) {
    int failures = 0;
    int errors = 0;
    StringBuilder cases = new StringBuilder();
    for (LessonCheck lesson : result.lessons()) {
      Optional<RunSummary> reference = lesson.reference();
      Optional<RunSummary> starter = lesson.starter();
      if (reference.isEmpty()) {
        String problem = String.join("\n", lesson.problems());
        for (String name : List.of(REFERENCE_CASE, STARTER_CASE)) {
          errors++;
          testcase(cases, lesson, name, 0)
              .append(">\n    <error message=\"")
              .append(xml(oneLine(firstProblem(lesson))))
              .append("\">")
              .append(xml(problem))
              .append("</error>\n  </testcase>\n");
        }
        continue;
      }
      RunSummary ref = reference.get();
      if (ref.passed()) {
        testcase(cases, lesson, REFERENCE_CASE, seconds(ref)).append("/>\n");
      } else {
        failures++;
        failure(
            testcase(cases, lesson, REFERENCE_CASE, seconds(ref)),
            "the reference solution does not pass: " + ref.label(),
            ref.verdict().message());
      }
      if (starter.isEmpty()) {
        errors++;
        testcase(cases, lesson, STARTER_CASE, 0)
            .append(">\n    <error message=\"")
            .append(xml(oneLine(firstProblem(lesson))))
            .append("\"/>\n  </testcase>\n");
      } else if (!starter.get().passed()) {
        testcase(cases, lesson, STARTER_CASE, seconds(starter.get())).append("/>\n");
      } else {
        failures++;
        failure(
            testcase(cases, lesson, STARTER_CASE, seconds(starter.get())),
            lesson
                .setup()
                .map(setup -> CourseCheck.starterPasses(setup.exerciseFilename()))
                .orElseGet(() -> firstProblem(lesson)),
            "");
      }
    }
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(
            Locale.ROOT,
            "<testsuite name=\"hexlet-lesson check\" tests=\"%d\" failures=\"%d\" errors=\"%d\""
                + " time=\"%.3f\">%n",
            result.lessons().size() * 2,
            failures,
            errors,
            result.took().toMillis() / 1000.0));
    return out.append(cases).append("</testsuite>\n").toString();
  }

  static final String REFERENCE_CASE = "reference passes";
  static final String STARTER_CASE = "starter does not pass";

  private static StringBuilder testcase(
      StringBuilder out, LessonCheck lesson, String name, double seconds) {
    return out.append(
        String.format(
            Locale.ROOT,
            "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
            xml(lesson.lessonId()),
            xml(name),
            seconds));
  }

  private static void failure(StringBuilder out, String message, String detail) {
    out.append(">\n    <failure message=\"")
        .append(xml(oneLine(message)))
        .append("\">")
        .append(xml(detail))
        .append("</failure>\n  </testcase>\n");
  }

  private static double seconds(RunSummary run) {
    return run.outcome().duration().toMillis() / 1000.0;
  }

  private static String firstProblem(LessonCheck lesson) {
    return lesson.problems().isEmpty() ? "the lesson could not run" : lesson.problems().get(0);
  }

  /** Colours table cells, or leaves them plain. */
  @FunctionalInterface
  public interface Painter {
    String paint(String sgr, String text);

    Painter PLAIN = (sgr, text) -> text;
  }

  private static Map<String, Object> run(RunSummary run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", run.verdict().status().json());
    m.put("reason", run.verdict().reason().map(r -> r.json()).orElse(null));
    m.put("message", run.verdict().message());
    m.put("duration_ms", run.outcome().duration().toMillis());
    OptionalLong peak = run.outcome().peakMemoryBytes();
    m.put("peak_memory_bytes", peak.isPresent() ? peak.getAsLong() : null);
    return m;
  }

  private static List<String[]> rows(CheckResult result) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (LessonCheck lesson : result.lessons()) {
      Optional<Limits> limits = lesson.setup().map(s -> s.limits());
      rows.add(
          new String[] {
            lesson.lessonId(),
            lesson.reference().map(RunSummary::label).orElse("-"),
            lesson.starter().map(RunSummary::label).orElse("-"),
            lesson
                .reference()
                .map(
                    r ->
                        seconds(r.outcome().duration().toMillis())
                            + limits.map(l -> " / " + seconds(l.wallTime().toMillis())).orElse(""))
                .orElse("-"),
            lesson
                .reference()
                .filter(r -> r.outcome().peakMemoryBytes().isPresent())
                .map(
                    r ->
                        mib(r.outcome().peakMemoryBytes().getAsLong())
                            + limits.map(l -> " / " + mib(l.memoryBytes())).orElse(""))
                .orElse("-")
          });
    }
    return rows;
  }

  private static String verdictLine(CheckResult result) {
    int total = result.lessons().size();
    long broken = result.broken();
    return String.format(
        Locale.ROOT,
        "%d %s checked, %d broken, in %s",
        total,
        total == 1 ? "lesson" : "lessons",
        broken,
        seconds(result.took().toMillis()));
  }

  private static String seconds(long millis) {
    return millis < 10_000
        ? String.format(Locale.ROOT, "%.2f s", millis / 1000.0)
        : String.format(Locale.ROOT, "%.0f s", millis / 1000.0);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - text.length()));
    return right ? spaces + text : text + spaces;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  private static String[] escapeCells(String[] row) {
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i].replace("|", "\\|");
    }
    return out;
  }

  private static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
