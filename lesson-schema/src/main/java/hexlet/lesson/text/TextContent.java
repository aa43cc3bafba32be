package hexlet.lesson.text;

/** The text of a file, or the problem that kept it from being read; exactly one is set. */
public record TextContent(String text, TextProblem problem) {
  public static TextContent of(String text) {
    return new TextContent(text, null);
  }

  public static TextContent refused(TextProblem problem) {
    return new TextContent(null, problem);
  }

  public boolean ok() {
    return problem == null;
  }

  /** Whether the text has nothing but white space. */
  public boolean blank() {
    return ok() && text.isBlank();
  }
}
