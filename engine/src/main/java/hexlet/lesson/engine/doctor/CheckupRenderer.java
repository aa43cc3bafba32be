package hexlet.lesson.engine.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The doctor's checklist as text for people, or as JSON for tools. */
public final class CheckupRenderer {
  private CheckupRenderer() {}

  /**
   * A line per check: a mark, the check, what was found; a {@code fix:} line under each problem.
   *
   * @param color symbols and ANSI colours (a terminal), or plain words (a pipe, a log)
   */
  public static String text(Checkup checkup, boolean color) {
    int width = checkup.findings().stream().mapToInt(f -> f.check().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (Finding finding : checkup.findings()) {
      out.append(mark(finding.health(), color))
          .append(' ')
          .append(finding.check())
          .append(" ".repeat(width - finding.check().length() + 2))
          .append(finding.detail().strip().replace("\n", " "))
          .append('\n');
      finding
          .fix()
          .ifPresent(
              fix ->
                  out.append(" ".repeat(color ? 2 : 5)).append("fix: ").append(fix).append('\n'));
    }
    long failed = checkup.count(Finding.Health.FAIL);
    long warned = checkup.count(Finding.Health.WARN);
    out.append('\n');
    if (failed == 0) {
      out.append(
          warned == 0
              ? "Ready to grade."
              : "Ready to grade, with " + plural(warned, "warning") + ".");
    } else {
      out.append(plural(failed, "problem"))
          .append(" to fix")
          .append(warned == 0 ? "" : " and " + plural(warned, "warning"))
          .append(" before grading.");
    }
    return out.append('\n').toString();
  }

  /**
   * {@code {"status": "ok"|"fail", "checks": [{"check", "status", "detail", "fix"}]}}; a check's
   * status is {@code ok}, {@code warn}, {@code fail} or {@code skip}.
   */
  public static String json(Checkup checkup) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", checkup.healthy() ? "ok" : "fail");
    List<Map<String, Object>> checks = new ArrayList<>();
    for (Finding finding : checkup.findings()) {
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("check", finding.check());
      check.put("status", finding.health().name().toLowerCase(Locale.ROOT));
      check.put("detail", finding.detail());
      check.put("fix", finding.fix().orElse(null));
      checks.add(check);
    }
    root.put("checks", checks);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String mark(Finding.Health health, boolean color) {
    if (!color) {
      return switch (health) {
        case OK -> "ok  ";
        case WARN -> "warn";
        case FAIL -> "FAIL";
        case SKIP -> "skip";
      };
    }
    return switch (health) {
      case OK -> "\u001b[32m✓\u001b[0m";
      case WARN -> "\u001b[33m!\u001b[0m";
      case FAIL -> "\u001b[31m✗\u001b[0m";
      case SKIP -> "\u001b[2m-\u001b[0m";
    };
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
