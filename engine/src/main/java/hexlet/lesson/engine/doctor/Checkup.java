package hexlet.lesson.engine.doctor;

import java.util.List;

/** The doctor's checklist, in the order the checks ran. */
public record Checkup(List<Finding> findings) {
  public Checkup {
    findings = List.copyOf(findings);
  }

  /** Whether nothing is missing or broken; warnings allowed. */
  public boolean healthy() {
    return findings.stream().noneMatch(f -> f.health() == Finding.Health.FAIL);
  }

  public long count(Finding.Health health) {
    return findings.stream().filter(f -> f.health() == health).count();
  }
}
