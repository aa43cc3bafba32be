package hexlet.lesson.engine.grade;

import java.util.Locale;

/** The status of one test or of a whole run, as Exercism's results v3 spells it. */
public enum TestStatus {
  PASS,
  FAIL,
  ERROR;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
