package hexlet.lesson.engine.grade;

import java.util.Optional;

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
  RUNNER("runner"),
  /**
   * The submission could not be read, so nothing ran: a broken archive, a link, a path with {@code
   * ..}. Only batch grading records it; a single grade stops with the problem instead.
   */
  SUBMISSION("submission");

  private final String json;

  ErrorReason(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  /** The reason spelled {@code json} in a report, if there is one. */
  public static Optional<ErrorReason> ofJson(String json) {
    for (ErrorReason reason : values()) {
      if (reason.json.equals(json)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
