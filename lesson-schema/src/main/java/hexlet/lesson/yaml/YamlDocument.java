package hexlet.lesson.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A loaded YAML file: its tree, and where each node came from. Positions are keyed by JSON Pointer
 * ({@code /language/name}, {@code /tips/0}), the same paths schema validation reports, so every
 * finding can point at a line and column.
 */
public final class YamlDocument {
  private final JsonNode root;
  private final Map<String, Position> values;
  private final Map<String, Position> keys;

  YamlDocument(JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
    this.root = root;
    this.values = Map.copyOf(values);
    this.keys = Map.copyOf(keys);
  }

  /** The tree; a {@code MissingNode} for an empty document. */
  public JsonNode root() {
    return root;
  }

  /**
   * Where the value at {@code pointer} starts; for a node without a recorded position (inside an
   * expanded alias) the position of its nearest ancestor that has one.
   */
  public Position valuePosition(String pointer) {
    String p = pointer;
    while (true) {
      Position position = values.get(p);
      if (position != null) {
        return position;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of the mapping entry at {@code pointer} is written, else its value. */
  public Position keyPosition(String pointer) {
    Position position = keys.get(pointer);
    return position != null ? position : valuePosition(pointer);
  }

  /** Appends one reference token to a JSON Pointer, escaping as RFC 6901 says. */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
