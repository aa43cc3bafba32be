package hexlet.lesson.schema;

/**
 * One way a YAML document breaks its schema.
 *
 * @param pointer JSON Pointer of the offending node: the unknown key itself for {@link
 *     Kind#UNKNOWN_KEY}, the mapping that lacks a key for {@link Kind#MISSING_KEY}
 * @param message what is wrong and how to fix it, for people
 */
public record SchemaViolation(Kind kind, String pointer, String message) {
  /** The kinds, each reported under its own rule. */
  public enum Kind {
    UNKNOWN_KEY,
    MISSING_KEY,
    WRONG_TYPE,
    INVALID_VALUE
  }
}
