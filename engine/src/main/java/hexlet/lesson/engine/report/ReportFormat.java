package hexlet.lesson.engine.report;

/**
 * The formats of one report. Constants are lowercase so that they read as the command line spells
 * them ({@code --format junit}).
 */
public enum ReportFormat {
  /** For people: per-test lines, failure messages indented, verdict and score last. */
  text("txt"),
  /** Exercism's results v3 and our fields, snake_case keys in a fixed order. */
  json("json"),
  /** JUnit XML, for the test tabs of CI systems. */
  junit("xml"),
  /** A table for a CI job summary. */
  markdown("md");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension of this format, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The renderer of this format.
   *
   * @param color whether {@code text} may use ANSI colours and symbols: the caller decides (a
   *     terminal, no {@code NO_COLOR}, no {@code --no-color}); the other formats ignore it
   */
  public ReportRenderer renderer(boolean color) {
    return switch (this) {
      case text -> new TextRenderer(color);
      case json -> new JsonRenderer();
      case junit -> new JUnitXmlRenderer();
      case markdown -> new MarkdownRenderer();
    };
  }
}
