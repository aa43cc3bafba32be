package hexlet.lesson.yaml;

/** Something that kept a YAML text from loading cleanly, at its position. */
public record YamlProblem(Kind kind, Position position, String message) {
  /** The kind of problem, so the validator can give each its own rule. */
  public enum Kind {
    /** Not well-formed YAML: bad indentation, tabs, unclosed quotes, several documents. */
    SYNTAX,
    /** The same key twice in one mapping; the first value is kept. */
    DUPLICATE_KEY,
    /** Too deep, or too many nodes once aliases are expanded (an "alias bomb"). */
    TOO_COMPLEX
  }
}
