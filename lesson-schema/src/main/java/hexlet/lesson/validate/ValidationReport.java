package hexlet.lesson.validate;

import java.util.List;

/** Every finding of one validation run, sorted, and how many lessons were looked at. */
public record ValidationReport(List<Finding> findings, int lessons) {
  public ValidationReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** Whether the course passes: no errors, and no warnings either when strict. */
  public boolean passes(boolean strict) {
    return errors() == 0 && (!strict || warnings() == 0);
  }

  public String summary() {
    return "%d %s, %d %s in %d %s"
        .formatted(
            errors(),
            errors() == 1 ? "error" : "errors",
            warnings(),
            warnings() == 1 ? "warning" : "warnings",
            lessons,
            lessons == 1 ? "lesson" : "lessons");
  }
}
