package hexlet.lesson.validate;

/** How bad a finding is; errors fail validation, warnings only under --strict. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
