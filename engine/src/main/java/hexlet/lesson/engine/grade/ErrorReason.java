package hexlet.lesson.engine.grade;

/** Why a run ended in {@link TestStatus#ERROR}; the JSON spelling is {@link #json()}. */
public enum ErrorReason {
  /** The wall-time limit ran out. */
  TIMEOUT("timeout"),
  /** The memory limit was hit (the kernel's OOM killer ended the run). */
  MEMORY("memory"),
  /** More output than the output limit. */
  OUTPUT_LIMIT("output-limit"),
  /** The submission could not be loaded: a syntax, import or compile error. */
  COMPILE("compile"),
  /** The test command wrote no results where results were expected. */
  NO_RESULTS("no-results"),
  /** The results disagree with the reference run's test set, or were forged. */
  TAMPERED("tampered"),
  /** The test runner itself failed, or exited non-zero after passing every test. */
  RUNNER("runner");

  private final String json;

  ErrorReason(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
