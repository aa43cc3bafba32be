package hexlet.lesson.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import hexlet.lesson.text.TextFileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads YAML into a Jackson tree while keeping the line and column of every key and value.
 *
 * <p>The tree is built from the parser's tokens rather than by {@code readTree}, so that duplicate
 * keys are all reported (with both positions) instead of failing on the first, and so that aliases
 * are expanded under a budget: Jackson would otherwise read {@code *name} as the plain string
 * "name", and a naive expansion of nested aliases grows exponentially (the "billion laughs").
 * Nothing here throws on bad input; every problem comes back with a position.
 */
public final class YamlLoader {
  /** Course files are small mappings; far more nodes than this means an alias bomb. */
  public static final int MAX_NODES = 20_000;

  static final int MAX_DEPTH = 64;

  private final YAMLFactory factory;

  public YamlLoader() {
    LoaderOptions options = new LoaderOptions();
    // The tree builder reports every duplicate with both positions; the parser must not stop at
    // the first one.
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) TextFileReader.DEFAULT_LIMIT + 1);
    factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
  }

  public YamlLoad load(String text) {
    var builder = new TreeBuilder(text);
    try (JsonParser parser = factory.createParser(text)) {
      builder.parser = (YAMLParser) parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        return builder.result(MissingNode.getInstance());
      }
      JsonNode root = builder.value("", 0);
      if (root.isNull() || (root.isTextual() && root.asText().isEmpty())) {
        // "---" with nothing after it, or only a null: an empty document.
        root = MissingNode.getInstance();
      }
      JsonToken next = parser.nextToken();
      if (next != null) {
        builder.problem(
            YamlProblem.Kind.SYNTAX,
            position(parser.currentTokenLocation()),
            "a second YAML document starts here; a course file holds one document");
      }
      return builder.result(root);
    } catch (Abandoned e) {
      return new YamlLoad(null, builder.problems);
    } catch (JsonProcessingException e) {
      builder.problems.add(syntax(e, text));
      return new YamlLoad(null, builder.problems);
    } catch (IOException | RuntimeException e) {
      builder.problems.add(
          new YamlProblem(YamlProblem.Kind.SYNTAX, Position.START, "cannot parse: " + oneLine(e)));
      return new YamlLoad(null, builder.problems);
    }
  }

  /** Builds the tree and the position maps from the parser's tokens. */
  private static final class TreeBuilder {
    final String source;
    YAMLParser parser;
    final List<YamlProblem> problems = new ArrayList<>();
    final Map<String, Position> values = new HashMap<>();
    final Map<String, Position> keys = new HashMap<>();
    final Map<String, Anchored> anchors = new HashMap<>();
    long nodes;

    record Anchored(JsonNode node, long size) {}

    TreeBuilder(String source) {
      this.source = source;
    }

    YamlLoad result(JsonNode root) {
      return new YamlLoad(new YamlDocument(root, values, keys), problems);
    }

    void problem(YamlProblem.Kind kind, Position position, String message) {
      problems.add(new YamlProblem(kind, position, message));
    }

    /** Reads the value whose first token is current, leaving its last token current. */
    JsonNode value(String pointer, int depth) throws IOException {
      Position at = position(parser.currentTokenLocation());
      values.putIfAbsent(pointer, at);
      String anchor = parser.getCurrentAnchor();
      boolean alias = parser.isCurrentAlias();
      long before = nodes;
      JsonNode node;
      if (alias) {
        node = alias(parser.getText(), at);
      } else {
        node =
            switch (parser.currentToken()) {
              case START_OBJECT -> object(pointer, depth);
              case START_ARRAY -> array(pointer, depth);
              default -> scalar();
            };
        count(1, at);
      }
      if (anchor != null && !alias) {
        anchors.put(anchor, new Anchored(node, nodes - before));
      }
      return node;
    }

    private JsonNode object(String pointer, int depth) throws IOException {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        Position keyAt = position(parser.currentTokenLocation());
        String childPointer = YamlDocument.child(pointer, key);
        parser.nextToken();
        if (object.has(key)) {
          problem(
              YamlProblem.Kind.DUPLICATE_KEY,
              keyAt,
              "duplicate key '%s' (first at line %d); the first one is kept"
                  .formatted(key, keys.get(childPointer).line()));
          parser.skipChildren();
          continue;
        }
        keys.put(childPointer, keyAt);
        object.set(key, value(childPointer, depth + 1));
      }
      return object;
    }

    private JsonNode array(String pointer, int depth) throws IOException {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(pointer + "/" + index, depth + 1));
        index++;
      }
      return array;
    }

    /**
     * A scalar as YAML 1.2 reads it, as Hexlet's own tools (js-yaml) do: only {@code true} and
     * {@code false} are booleans ({@code yes}, {@code on} are text), and a key with nothing after
     * it is null, not empty text.
     */
    private JsonNode scalar() throws IOException {
      return switch (parser.currentToken()) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numeric();
        case VALUE_TRUE, VALUE_FALSE -> bool();
        case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
        default -> text();
      };
    }

    private JsonNode bool() throws IOException {
      String text = parser.getText();
      return switch (text) {
        case "true", "True", "TRUE" -> JsonNodeFactory.instance.booleanNode(true);
        case "false", "False", "FALSE" -> JsonNodeFactory.instance.booleanNode(false);
        default -> JsonNodeFactory.instance.textNode(text);
      };
    }

    private JsonNode text() throws IOException {
      String value = parser.getText();
      if (value.isEmpty() && !quotedAt(parser.currentTokenLocation().getCharOffset())) {
        return JsonNodeFactory.instance.nullNode();
      }
      return JsonNodeFactory.instance.textNode(value);
    }

    private boolean quotedAt(long offset) {
      if (offset < 0 || offset >= source.length()) {
        return false;
      }
      char c = source.charAt((int) offset);
      return c == '\'' || c == '"';
    }

    private JsonNode numeric() throws IOException {
      return switch (parser.getNumberType()) {
        case INT -> JsonNodeFactory.instance.numberNode(parser.getIntValue());
        case LONG -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
        case BIG_INTEGER -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
        case BIG_DECIMAL -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
        default -> JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
      };
    }

    /** An alias shares its anchor's node; the size it would have expanded counts to the budget. */
    private JsonNode alias(String name, Position at) throws IOException {
      Anchored anchored = anchors.get(name);
      if (anchored == null) {
        problem(
            YamlProblem.Kind.SYNTAX, at, "alias *%s refers to no anchor &%s".formatted(name, name));
        return JsonNodeFactory.instance.nullNode();
      }
      count(anchored.size(), at);
      return anchored.node();
    }

    private void count(long size, Position at) throws IOException {
      nodes += size;
      if (nodes > MAX_NODES) {
        problem(
            YamlProblem.Kind.TOO_COMPLEX,
            at,
            "more than %d nodes once aliases are expanded (an alias bomb?); refusing to load"
                .formatted(MAX_NODES));
        throw new Abandoned();
      }
    }
  }

  /** Stops reading a document that went over budget; the problem is already recorded. */
  private static final class Abandoned extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static YamlProblem syntax(JsonProcessingException e, String text) {
    if (e.getCause() instanceof ReaderException unreadable) {
      return new YamlProblem(
          YamlProblem.Kind.SYNTAX,
          positionOfIndex(text, unreadable.getPosition()),
          "character U+%04X is not allowed in YAML".formatted(unreadable.getCodePoint()));
    }
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      var mark = marked.getProblemMark();
      return new YamlProblem(
          YamlProblem.Kind.SYNTAX,
          new Position(mark.getLine() + 1, mark.getColumn() + 1),
          describe(marked));
    }
    String message = e.getOriginalMessage();
    YamlProblem.Kind kind =
        message != null && message.contains("nesting depth")
            ? YamlProblem.Kind.TOO_COMPLEX
            : YamlProblem.Kind.SYNTAX;
    if (kind == YamlProblem.Kind.TOO_COMPLEX) {
      message = "nested deeper than %d levels; refusing to load".formatted(MAX_DEPTH);
    }
    JsonLocation location = e.getLocation();
    Position at = location == null ? Position.START : position(location);
    return new YamlProblem(kind, at, firstLine(message));
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab character where YAML expects spaces; indent with spaces only";
    }
    problem = problem.replace("<stream end>", "the end of the file");
    String context = e.getContext();
    if (context != null && e.getContextMark() != null) {
      context += " started at line " + (e.getContextMark().getLine() + 1);
    }
    String text = context == null ? problem : problem + " (" + context + ")";
    return firstLine(text);
  }

  private static Position positionOfIndex(String text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(Math.max(index, 0), text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, text.codePointCount(lineStart, end) + 1);
  }

  static Position position(JsonLocation location) {
    int line = Math.max(1, location.getLineNr());
    int column = Math.max(1, location.getColumnNr());
    return new Position(line, column);
  }

  private static String oneLine(Exception e) {
    return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "not valid YAML";
    }
    return text.strip().lines().findFirst().orElse("not valid YAML");
  }
}
