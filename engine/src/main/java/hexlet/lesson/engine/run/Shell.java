package hexlet.lesson.engine.run;

/** Quoting for the POSIX shell that runs commands inside the container. */
final class Shell {
  private Shell() {}

  /** The text as one single-quoted shell word. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
